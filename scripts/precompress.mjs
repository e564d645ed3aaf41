// Brotli and gzip copies of the built console's text assets (`x.js` → `x.js.br`, `x.js.gz`), written once at
// build time so the server sends them as they are (@fastify/static's `preCompressed`) instead of compressing
// on every request. Used by the Vite plugin in vite.config.ts.
import fs from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

/** Text (and font) files worth compressing; source maps are not served to users, images are compressed already. */
export const PRECOMPRESSED = /\.(?:js|mjs|css|html|svg|json|txt|xml|ttf|wasm)$/;

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

async function filesUnder(dir) {
  const out = [];
  for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
    // Vite's manifest lives in .vite/: build metadata, never served.
    if (entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await filesUnder(full)));
    else if (PRECOMPRESSED.test(entry.name)) out.push(full);
  }
  return out;
}

/**
 * Writes `.br` (quality 11: the build pays once) and `.gz` (level 9) beside every compressible file under `dir`,
 * each only when it is smaller than the file itself. Returns the byte totals.
 */
export async function precompressDir(dir) {
  const totals = { files: 0, raw: 0, br: 0, gz: 0 };
  // zlib's async calls run on libuv's thread pool, so the files compress in parallel.
  await Promise.all(
    (await filesUnder(dir)).map(async (file) => {
      const raw = await fs.readFile(file);
      const [br, gz] = await Promise.all([
        brotli(raw, {
          params: {
            [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
            [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
            [zlib.constants.BROTLI_PARAM_MODE]: file.endsWith('.ttf')
              ? zlib.constants.BROTLI_MODE_FONT
              : zlib.constants.BROTLI_MODE_TEXT,
          },
        }),
        gzip(raw, { level: 9 }),
      ]);
      totals.files++;
      totals.raw += raw.length;
      for (const [ext, bytes] of [
        ['br', br],
        ['gz', gz],
      ]) {
        if (bytes.length >= raw.length) continue;
        await fs.writeFile(`${file}.${ext}`, bytes);
        totals[ext] += bytes.length;
      }
    }),
  );
  return totals;
}
