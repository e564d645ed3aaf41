// Route chunk graphs and their gzip sizes, read from Vite's manifest (dist/client/.vite/manifest.json).
// Used by the budget check (scripts/check-bundle-size.mjs, in `npm test`) and by `npm run bench`.
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export const INITIAL_ROUTE_BUDGET_KB = 150;
const MONACO_FILE = /monaco|editor\.worker|editor\.api/i;

export function readManifest(dist) {
  return JSON.parse(fs.readFileSync(path.join(dist, '.vite/manifest.json'), 'utf8'));
}

/**
 * Every chunk reachable from `key` by static imports, and by dynamic ones too when `dynamic` (except the entry's:
 * those are the other routes).
 */
function graph(manifest, key, dynamic, seen = new Set()) {
  if (seen.has(key) || !manifest[key]) return seen;
  seen.add(key);
  for (const dep of manifest[key].imports ?? []) graph(manifest, dep, dynamic, seen);
  if (dynamic && !manifest[key].isEntry)
    for (const dep of manifest[key].dynamicImports ?? []) graph(manifest, dep, dynamic, seen);
  return seen;
}

function routeKey(manifest, route) {
  const key = Object.keys(manifest).find((k) => k.endsWith(`src/client/app/routes/${route}.tsx`));
  if (!key) throw new Error(`bundle-size: route ${route} not found in the manifest`);
  return key;
}

function entryKey(manifest) {
  const key = Object.keys(manifest).find((k) => manifest[k].isEntry);
  if (!key) throw new Error('bundle-size: no entry in the manifest');
  return key;
}

/** JS and CSS files of a set of manifest keys. */
function filesOf(manifest, keys) {
  const files = new Set();
  for (const key of keys) {
    files.add(manifest[key].file);
    for (const css of manifest[key].css ?? []) files.add(css);
  }
  return files;
}

function gzipTotal(dist, files) {
  let total = 0;
  for (const file of files) total += gzipSync(fs.readFileSync(path.join(dist, file)), { level: 9 }).length;
  return total;
}

/**
 * The initial route: the entry and the catalog page (the first page after sign-in), static imports only, JS and
 * CSS. `monacoFiles` lists anything of Monaco's found in that graph (there must be none).
 */
export function initialRoute(dist = path.resolve('dist/client')) {
  const manifest = readManifest(dist);
  const keys = new Set([
    ...graph(manifest, entryKey(manifest), false),
    ...graph(manifest, routeKey(manifest, 'catalog'), false),
  ]);
  const files = filesOf(manifest, keys);
  const monacoFiles = new Set();
  for (const file of files) {
    if (MONACO_FILE.test(file) || fs.readFileSync(path.join(dist, file)).includes('monaco-editor'))
      monacoFiles.add(file);
  }
  for (const key of keys) if (/monaco-editor/.test(key)) monacoFiles.add(key);
  return { gzipBytes: gzipTotal(dist, files), files: [...files], monacoFiles: [...monacoFiles] };
}

/**
 * What opening the customization editor adds to the initial route: its chunk graph (static and dynamic
 * imports, i.e. Monaco and its language modes) plus the web workers those chunks start, JS and CSS, gzip.
 */
export function editorRoute(dist = path.resolve('dist/client')) {
  const manifest = readManifest(dist);
  const initial = new Set(initialRoute(dist).files);
  const files = filesOf(manifest, graph(manifest, routeKey(manifest, 'customization-editor'), true));
  // Workers are emitted beside the chunks but are not manifest entries: find them by name in the chunks.
  const assets = fs.readdirSync(path.join(dist, 'assets')).filter((f) => /\.worker-[\w-]+\.js$/.test(f));
  for (const file of [...files]) {
    const text = fs.readFileSync(path.join(dist, file), 'utf8');
    for (const worker of assets) if (text.includes(worker)) files.add(`assets/${worker}`);
  }
  const added = [...files].filter((f) => !initial.has(f));
  return { gzipBytes: gzipTotal(dist, added), files: added };
}
