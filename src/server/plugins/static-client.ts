import fastifyStatic from '@fastify/static';
import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';

/**
 * The console's content security policy: no inline script, previews only as `srcdoc` frames (about:),
 * images from anywhere over http(s) because email bodies reference remote logos.
 */
export const CONSOLE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: https: http:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "frame-src 'self' about:",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "object-src 'none'",
].join('; ');

/**
 * Serves the built console (hashed assets cached for a year) with an index.html fallback for client routes. The
 * build writes `.br` and `.gz` beside each text asset (scripts/precompress.mjs); they go out as they are to a
 * client that accepts them, each with its own ETag, and `Vary: Accept-Encoding` on every answer that has them.
 */
export async function registerStaticClient(app: FastifyInstance, clientDir: string | undefined) {
  const index = clientDir ? path.join(clientDir, 'index.html') : undefined;
  if (!clientDir || !index || !fs.existsSync(index)) return false;
  const root = path.resolve(clientDir);
  const withVariants = filesWithVariants(root);
  await app.register(fastifyStatic, {
    root,
    wildcard: false,
    index: false,
    preCompressed: true,
    // The variants are found beside their file; they need no routes of their own.
    globIgnore: VARIANT_SUFFIXES.map((suffix) => `**/*${suffix}`),
    // Our setHeaders decides caching (hashed assets a year, the rest no-cache); the plugin's default would override it.
    cacheControl: false,
    setHeaders(res, file) {
      res.setHeader('Content-Security-Policy', CONSOLE_CSP);
      const hashed = file.includes(`${path.sep}assets${path.sep}`);
      res.setHeader('Cache-Control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
      // `file` is the variant actually sent (x.js.br) or the file itself; both answers vary with Accept-Encoding.
      if (withVariants.has(file) || withVariants.has(file.replace(VARIANT_SUFFIX, '')))
        res.setHeader('Vary', 'Accept-Encoding');
    },
  });
  app.get('/*', { config: {} }, async (request, reply) => {
    const url = request.url.split('?')[0];
    if (url.startsWith('/api/') || path.extname(url) !== '') {
      return reply.callNotFound();
    }
    // Through @fastify/static like any file: compressed variant, ETag, CSP and no-cache from setHeaders.
    return reply.sendFile('index.html');
  });
  return true;
}

const VARIANT_SUFFIXES = ['.br', '.gz'];
const VARIANT_SUFFIX = /\.(?:br|gz)$/;

/** Absolute paths of the files under `dir` that have a `.br` or `.gz` twin. */
function filesWithVariants(dir: string, found = new Set<string>()): Set<string> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) filesWithVariants(full, found);
    else if (VARIANT_SUFFIX.test(entry.name) && fs.existsSync(full.replace(VARIANT_SUFFIX, '')))
      found.add(full.replace(VARIANT_SUFFIX, ''));
  }
  return found;
}
