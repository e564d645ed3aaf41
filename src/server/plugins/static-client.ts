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

/** Serves the built console (hashed assets cached for a year) with an index.html fallback for client routes. */
export async function registerStaticClient(app: FastifyInstance, clientDir: string | undefined) {
  const index = clientDir ? path.join(clientDir, 'index.html') : undefined;
  if (!clientDir || !index || !fs.existsSync(index)) return false;
  await app.register(fastifyStatic, {
    root: clientDir,
    wildcard: false,
    index: false,
    // Our setHeaders decides caching (hashed assets a year, the rest no-cache); the plugin's default would override it.
    cacheControl: false,
    setHeaders(res, file) {
      res.setHeader('Content-Security-Policy', CONSOLE_CSP);
      const hashed = file.includes(`${path.sep}assets${path.sep}`);
      res.setHeader('Cache-Control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  const html = fs.readFileSync(index, 'utf8');
  app.get('/*', { config: {} }, async (request, reply) => {
    const url = request.url.split('?')[0];
    if (url.startsWith('/api/') || path.extname(url) !== '') {
      return reply.callNotFound();
    }
    return reply
      .header('Content-Security-Policy', CONSOLE_CSP)
      .header('Cache-Control', 'no-cache')
      .type('text/html; charset=utf-8')
      .send(html);
  });
  return true;
}
