import path from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { precompressDir } from './scripts/precompress.mjs';

/** After the build: `.br` and `.gz` beside every text asset, which the server sends as they are. */
function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'mailroom-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    async closeBundle(error) {
      if (error) return;
      const started = Date.now();
      const totals = await precompressDir(outDir);
      const kb = (n: number) => `${(n / 1024).toFixed(0)} kB`;
      this.info(
        `precompressed ${totals.files} files (${kb(totals.raw)}): ${kb(totals.br)} brotli, ${kb(totals.gz)} gzip, in ${Date.now() - started} ms`,
      );
    },
  };
}

export default defineConfig({
  plugins: [react(), tailwindcss(), precompress()],
  // The manifest lets scripts/check-bundle-size.mjs walk each route's chunk graph.
  build: { outDir: 'dist/client', emptyOutDir: true, manifest: true },
  worker: { format: 'es' },
  server: { proxy: { '/api': 'http://127.0.0.1:8080' } },
});
