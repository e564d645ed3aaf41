import path from 'node:path';
import { fileURLToPath } from 'node:url';
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

const DEFAULT_CONTENT = /[\\/]src[\\/]shared[\\/]templates[\\/]default-content\.ts$/;
const MONACO_ESM = /[\\/]monaco-editor[\\/]esm[\\/]vs[\\/]/;
const WORKERS_SHIM = fileURLToPath(new URL('src/client/features/editor/monaco-workers.ts', import.meta.url));
const HTML_WORKER_URL =
  /createWorker: \(\) => new Worker\(new URL\('html\.worker\.js', import\.meta\.url\), \{ type: "module" \}\),/;

/**
 * Keeps Monaco to the editor's own feature list (src/client/features/editor/monaco-setup.ts). Monaco's HTML
 * language features import `internal/common/workers.js`, which imports every editor contribution: that import
 * goes to a shim with the same `createWebWorker`. Their fallback `new Worker(new URL('html.worker.js'))` is
 * dropped too (MonacoEnvironment.getWorker always answers), else Vite emits a second, unused HTML worker.
 * Both patches fail the build when Monaco changes under them.
 */
export function monacoLean(): Plugin {
  let shimmed = false;
  let building = false;
  return {
    name: 'mailroom:monaco-lean',
    enforce: 'pre',
    configResolved(config) {
      building = config.command === 'build';
    },
    resolveId(source, importer) {
      if (importer && MONACO_ESM.test(importer) && source.endsWith('/internal/common/workers.js')) {
        shimmed = true;
        return WORKERS_SHIM;
      }
      return null;
    },
    transform(code, id) {
      if (!(MONACO_ESM.test(id) && id.endsWith('/languages/features/html/workerManager.js'))) return null;
      if (!HTML_WORKER_URL.test(code))
        throw new Error('monaco-lean: html/workerManager.js changed; check the patch');
      return { code: code.replace(HTML_WORKER_URL, ''), map: null };
    },
    buildEnd() {
      if (
        building &&
        !shimmed &&
        [...this.getModuleIds()].some((id) => id.endsWith('/languages/features/html/workerManager.js'))
      )
        this.error(
          'monaco-lean: workerManager.js no longer imports internal/common/workers.js; check the shim',
        );
    },
  };
}

export default defineConfig({
  plugins: [monacoLean(), react(), tailwindcss(), precompress()],
  // The manifest lets scripts/check-bundle-size.mjs walk each route's chunk graph.
  build: {
    outDir: 'dist/client',
    emptyOutDir: true,
    manifest: true,
    // Monaco's chunk is large by design and loaded only by the editing routes; the budget that matters (the initial
    // route without Monaco) is checked by scripts/check-bundle-size.mjs, so Vite's generic warning is only noise.
    chunkSizeWarningLimit: 4096,
    rolldownOptions: {
      treeshake: {
        // Only data: the client reaches it through content-source.ts without using it, and the unused import
        // alone would put its 60 kB (gzip) on the compare, coverage and editor pages' critical path.
        moduleSideEffects: (id) => (DEFAULT_CONTENT.test(id) ? false : undefined),
      },
    },
  },
  worker: { format: 'es' },
  server: { proxy: { '/api': 'http://127.0.0.1:8080' } },
});
