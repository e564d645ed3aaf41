// `npm start`: builds what is missing or older than its sources (the console with Vite, the server with esbuild),
// each build in a child process that ends before the server starts, then runs the compiled server in this very
// process. No npm/npx chain or TypeScript loader stays behind, and signals reach the server directly (`exec` in package.json
// replaces the script shell with this node).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { newestMtime } from './newest-mtime.mjs';

const root = path.resolve(import.meta.dirname, '..');
const at = (...parts) => path.join(root, ...parts);

const stale = (output, inputs) =>
  !fs.existsSync(output) || fs.statSync(output).mtimeMs < Math.max(...inputs.map(newestMtime));

const targets = [
  {
    what: 'the console',
    output: at('dist/client/index.html'),
    inputs: ['src/client', 'src/shared', 'index.html', 'vite.config.ts', 'public', 'package-lock.json'],
    tool: at('node_modules/vite/bin/vite.js'),
    args: [at('node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'],
  },
  {
    what: 'the server',
    output: at('dist/server/main.js'),
    inputs: ['src/server', 'src/shared', 'scripts/build-server.mjs', 'package-lock.json'],
    tool: at('node_modules/esbuild/package.json'),
    args: [at('scripts/build-server.mjs')],
  },
];

for (const target of targets) {
  if (
    !stale(
      target.output,
      target.inputs.map((p) => at(p)),
    )
  )
    continue;
  if (!fs.existsSync(target.tool)) {
    // A production install (npm ci --omit=dev) has no build tools: the build must come along with the code.
    console.error(
      `Cannot build ${target.what}: the build tools are not installed. Run \`npm install\`, or \`npm run build\` where they are.`,
    );
    process.exit(1);
  }
  console.log(`Building ${target.what}…`);
  const result = spawnSync(process.execPath, target.args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

// Stack traces point into src/, not the bundle.
process.setSourceMapsEnabled(true);
await import(pathToFileURL(at('dist/server/main.js')).href);
