// `npm run build` (after `vite build`): compiles the server with esbuild into dist/server, beside the console in
// dist/client. One ESM file per entry (main.js, cli/token.js), npm packages left as imports (node_modules is
// installed beside it), source maps for stack traces. Usable as a module too: `buildServer({ outdir })`.
import { build } from 'esbuild';
import fs from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const root = path.resolve(import.meta.dirname, '..');

/** The server's entry points: main.ts and every CLI (tests excluded). */
export function serverEntries() {
  const cli = fs
    .readdirSync(path.join(root, 'src/server/cli'))
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => path.join(root, 'src/server/cli', f));
  return [path.join(root, 'src/server/main.ts'), ...cli];
}

/**
 * Builds the server into `outdir` and checks that everything it imports at run time is a Node built-in or one
 * of package.json's `dependencies` (a devDependency would be missing from a production install).
 */
export async function buildServer({ outdir = path.join(root, 'dist/server') } = {}) {
  fs.rmSync(outdir, { recursive: true, force: true });
  const result = await build({
    entryPoints: serverEntries(),
    outbase: path.join(root, 'src/server'),
    outdir,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    packages: 'external',
    // The server layer's own config (Node, no DOM), the one `tsc -b` checks it with.
    tsconfig: path.join(root, 'tsconfig.server.json'),
    sourcemap: true,
    // Names are not kept (no keepNames): a named arrow then costs nothing per call.
    metafile: true,
    logLevel: 'warning',
  });
  const { dependencies = {} } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  const builtins = new Set(builtinModules);
  const missing = new Set();
  for (const output of Object.values(result.metafile.outputs)) {
    for (const { path: specifier, external } of output.imports) {
      if (!external) continue;
      const bare = specifier.replace(/^node:/, '');
      if (builtins.has(bare) || builtins.has(bare.split('/')[0])) continue;
      const name = specifier.startsWith('@')
        ? specifier.split('/').slice(0, 2).join('/')
        : specifier.split('/')[0];
      if (!(name in dependencies)) missing.add(name);
    }
  }
  if (missing.size > 0) {
    throw new Error(
      `The server imports ${[...missing].join(', ')} at run time, but package.json lists ${missing.size > 1 ? 'them' : 'it'} only as a devDependency (or not at all).`,
    );
  }
  return result;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const started = Date.now();
  await buildServer();
  console.log(`Server compiled to dist/server in ${Date.now() - started} ms.`);
}
