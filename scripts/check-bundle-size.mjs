// Bundle-size budget, run by `npm test` after `vite build`: sizes are deterministic, so this may fail the build.
// The initial route (entry + the catalog page, JS and CSS, gzip) must stay within its budget, and Monaco must never
// appear in its chunk graph: the editor loads it lazily, on the editing routes only. The graph walk is shared
// with `npm run bench` (scripts/bundle-size.mjs).
import { INITIAL_ROUTE_BUDGET_KB, initialRoute } from './bundle-size.mjs';

const { gzipBytes, files, monacoFiles } = initialRoute();
const kb = gzipBytes / 1024;
console.log(
  `Initial route (entry + catalog, JS + CSS): ${kb.toFixed(1)} kB gzip in ${files.length} files; budget ${INITIAL_ROUTE_BUDGET_KB} kB.`,
);
let failed = false;
if (kb > INITIAL_ROUTE_BUDGET_KB) {
  console.error(`Over budget by ${(kb - INITIAL_ROUTE_BUDGET_KB).toFixed(1)} kB.`);
  failed = true;
}
if (monacoFiles.length > 0) {
  console.error(`Monaco is in the initial chunk graph: ${monacoFiles.join(', ')}`);
  failed = true;
}
process.exit(failed ? 1 : 0);
