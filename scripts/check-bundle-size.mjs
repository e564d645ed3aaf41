// Bundle-size budget, run by `npm test` after `vite build`: sizes are deterministic, so this may fail the build.
// The initial route (entry + the catalog page, JS and CSS, gzip) must stay within its budget, and Monaco must never
// appear in its chunk graph: the editor loads it lazily, on the editing routes only.
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 150;
const dist = path.resolve('dist/client');
const manifest = JSON.parse(fs.readFileSync(path.join(dist, '.vite/manifest.json'), 'utf8'));

/** Every chunk reachable by static imports from `key`, plus their CSS. */
function staticGraph(key, seen = new Set()) {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const dep of manifest[key]?.imports ?? []) staticGraph(dep, seen);
  return seen;
}

const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry);
const catalogKey = Object.keys(manifest).find((k) => k.endsWith('src/client/app/routes/catalog.tsx'));
if (!entryKey || !catalogKey)
  throw new Error('check-bundle-size: entry or catalog route not found in the manifest');

const keys = new Set([...staticGraph(entryKey), ...staticGraph(catalogKey)]);
const files = new Set();
for (const key of keys) {
  files.add(manifest[key].file);
  for (const css of manifest[key].css ?? []) files.add(css);
}

let total = 0;
const offenders = [];
for (const file of files) {
  const bytes = fs.readFileSync(path.join(dist, file));
  total += gzipSync(bytes, { level: 9 }).length;
  if (/monaco|editor\.worker|editor\.api/i.test(file) || bytes.includes('monaco-editor'))
    offenders.push(file);
}
for (const key of keys) if (/monaco-editor/.test(key)) offenders.push(key);

const kb = total / 1024;
console.log(
  `Initial route (entry + catalog, JS + CSS): ${kb.toFixed(1)} kB gzip in ${files.size} files; budget ${BUDGET_KB} kB.`,
);
let failed = false;
if (kb > BUDGET_KB) {
  console.error(`Over budget by ${(kb - BUDGET_KB).toFixed(1)} kB.`);
  failed = true;
}
if (offenders.length > 0) {
  console.error(`Monaco is in the initial chunk graph: ${[...new Set(offenders)].join(', ')}`);
  failed = true;
}
process.exit(failed ? 1 : 0);
