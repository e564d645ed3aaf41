import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';

export default defineConfig({
  plugins: [react(), tailwindcss()],
  // The manifest lets scripts/check-bundle-size.mjs walk each route's chunk graph.
  build: { outDir: 'dist/client', emptyOutDir: true, manifest: true },
  worker: { format: 'es' },
  server: { proxy: { '/api': 'http://127.0.0.1:8080' } },
});
