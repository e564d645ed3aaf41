// What each Monaco feature costs, from real builds: `npx tsx bench/monaco-features.ts` (≈ 3–5 min, one Vite build
// per line). Every build bundles `monaco-editor/editor` (the API and the core editor, diff editor included) plus
// the listed modules into one minified JS file and its CSS; a cost is the difference in gzip bytes (level 9).
// - "alone": the core + this feature, minus the core alone.
// - "in our set": what dropping it from the editor's set (the side-effect imports of monaco-setup.ts) saves;
//   features share code, so this is often less than "alone".
// The worker (editor-html.worker.ts) is not part of these builds: the README gives its size from the console's
// build. Writes bench/results/monaco-features.json and prints a table.
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Rollup } from 'vite';
import { monacoLean } from '../vite.config';

interface Feature {
  name: string;
  /** What it gives the user (the README's column). */
  what: string;
  modules: string[];
}

const C = 'monaco-editor/editor/contrib';

// Everything `features/register.all` and Monaco's full `internal/common/workers.js` register, by feature.
const FEATURES: Feature[] = [
  {
    name: 'suggest widget',
    what: 'completion list (Velocity and HTML)',
    modules: [`${C}/suggest/browser/suggestController`],
  },
  {
    name: 'suggest inline completions',
    what: 'completions as ghost text',
    modules: ['monaco-editor/features/suggest/register'],
  },
  {
    name: 'snippets',
    what: 'snippet insertion (tab stops)',
    modules: ['monaco-editor/features/snippet/register'],
  },
  {
    name: 'hover',
    what: 'hover widget (Velocity docs, marker messages)',
    modules: ['monaco-editor/features/hover/register'],
  },
  {
    name: 'go to error (F8)',
    what: 'marker widget, next/previous problem',
    modules: ['monaco-editor/features/gotoError/register'],
  },
  { name: 'find / replace', what: 'Ctrl+F, Ctrl+H', modules: ['monaco-editor/features/find/register'] },
  {
    name: 'folding',
    what: 'fold HTML blocks; collapsed regions in diffs',
    modules: ['monaco-editor/features/folding/register'],
  },
  {
    name: 'bracket matching',
    what: 'highlight the matching bracket, Ctrl+Shift+\\',
    modules: ['monaco-editor/features/bracketMatching/register'],
  },
  {
    name: 'comment',
    what: 'Ctrl+/ toggles an HTML comment',
    modules: ['monaco-editor/features/comment/register'],
  },
  {
    name: 'word operations',
    what: 'Ctrl+Backspace/Delete/arrows by word',
    modules: ['monaco-editor/features/wordOperations/register'],
  },
  {
    name: 'word part operations',
    what: 'camelCase-part cursor moves',
    modules: ['monaco-editor/features/wordPartOperations/register'],
  },
  {
    name: 'lines operations',
    what: 'move/copy/delete line, sort, join',
    modules: ['monaco-editor/features/linesOperations/register'],
  },
  {
    name: 'multicursor',
    what: 'Ctrl+D, Alt+click, add cursor above/below',
    modules: ['monaco-editor/features/multicursor/register'],
  },
  {
    name: 'clipboard',
    what: 'cut/copy/paste actions (context menu)',
    modules: ['monaco-editor/features/clipboard/register'],
  },
  {
    name: 'context menu',
    what: 'right-click menu',
    modules: ['monaco-editor/features/contextmenu/register'],
  },
  {
    name: 'cursor undo',
    what: 'Ctrl+U undoes cursor moves',
    modules: ['monaco-editor/features/cursorUndo/register'],
  },
  {
    name: 'word highlighter',
    what: 'highlight other occurrences / the matching HTML tag',
    modules: ['monaco-editor/features/wordHighlighter/register'],
  },
  { name: 'links', what: 'Ctrl+click opens a URL', modules: ['monaco-editor/features/links/register'] },
  {
    name: 'smart select',
    what: 'Shift+Alt+→ expands the selection (HTML-aware)',
    modules: ['monaco-editor/features/smartSelect/register'],
  },
  {
    name: 'rename',
    what: 'F2 renames an HTML tag pair',
    modules: ['monaco-editor/features/rename/register'],
  },
  {
    name: 'format',
    what: 'Shift+Alt+F formats the HTML',
    modules: ['monaco-editor/features/format/register'],
  },
  {
    name: 'indentation',
    what: 'indent/reindent commands, indent on paste',
    modules: ['monaco-editor/features/indentation/register'],
  },
  {
    name: 'read-only message',
    what: '"Cannot edit in read-only editor"',
    modules: ['monaco-editor/features/readOnlyMessage/register'],
  },
  {
    name: 'tab focus mode',
    what: 'Ctrl+M: Tab leaves the editor (keyboard users)',
    modules: ['monaco-editor/features/toggleTabFocusMode/register'],
  },
  {
    name: 'diff editor actions',
    what: 'next/previous change, accessible diff viewer',
    modules: ['monaco-editor/features/diffEditor/register'],
  },
  {
    name: 'diff breadcrumbs',
    what: 'symbol breadcrumbs in collapsed diff regions',
    modules: ['monaco-editor/features/diffEditorBreadcrumbs/register'],
  },
  {
    name: 'codicons',
    what: 'icon font (suggest kinds, widget buttons)',
    modules: ['monaco-editor/features/codicon/register'],
  },
  { name: 'drag and drop', what: 'drag selected text', modules: ['monaco-editor/features/dnd/register'] },
  {
    name: 'unicode highlighter',
    what: 'marks invisible/ambiguous characters',
    modules: ['monaco-editor/features/unicodeHighlighter/register'],
  },
  {
    name: 'inline completions',
    what: 'ghost-text providers (AI-style)',
    modules: ['monaco-editor/features/inlineCompletions/register'],
  },
  {
    name: 'code actions',
    what: 'quick fixes, light bulb',
    modules: ['monaco-editor/features/codeAction/register'],
  },
  { name: 'code lens', what: 'code lens', modules: ['monaco-editor/features/codelens/register'] },
  {
    name: 'color picker',
    what: 'colour swatches and picker',
    modules: ['monaco-editor/features/colorPicker/register'],
  },
  {
    name: 'parameter hints',
    what: 'signature help',
    modules: ['monaco-editor/features/parameterHints/register'],
  },
  { name: 'inlay hints', what: 'inlay hints', modules: ['monaco-editor/features/inlayHints/register'] },
  {
    name: 'sticky scroll',
    what: 'sticky scroll (turned off in our options)',
    modules: ['monaco-editor/features/stickyScroll/register'],
  },
  {
    name: 'go to definition',
    what: 'Ctrl+click definitions, peek',
    modules: ['monaco-editor/features/gotoSymbol/register', `${C}/gotoSymbol/browser/goToCommands`],
  },
  {
    name: 'reference search',
    what: 'peek references',
    modules: ['monaco-editor/features/referenceSearch/register'],
  },
  {
    name: 'document symbols',
    what: 'outline model',
    modules: ['monaco-editor/features/documentSymbols/register'],
  },
  { name: 'quick outline', what: 'Ctrl+Shift+O', modules: ['monaco-editor/features/quickOutline/register'] },
  { name: 'command palette', what: 'F1', modules: ['monaco-editor/features/quickCommand/register'] },
  { name: 'quick help', what: '? in quick access', modules: ['monaco-editor/features/quickHelp/register'] },
  { name: 'go to line', what: 'Ctrl+G', modules: ['monaco-editor/features/gotoLine/register'] },
  {
    name: 'drop / paste into',
    what: 'paste and drop providers',
    modules: [
      'monaco-editor/features/dropOrPasteInto/register',
      `${C}/dropOrPasteInto/browser/copyPasteContribution`,
    ],
  },
  {
    name: 'linked editing',
    what: 'linked editing ranges',
    modules: ['monaco-editor/features/linkedEditing/register'],
  },
  {
    name: 'semantic tokens',
    what: 'semantic highlighting',
    modules: [
      'monaco-editor/features/semanticTokens/register',
      `${C}/semanticTokens/browser/documentSemanticTokens`,
    ],
  },
  {
    name: 'caret operations',
    what: 'transpose letters, move carets',
    modules: [
      'monaco-editor/features/caretOperations/register',
      `${C}/caretOperations/browser/caretOperations`,
    ],
  },
  {
    name: 'in-place replace',
    what: 'Ctrl+Shift+. next value',
    modules: ['monaco-editor/features/inPlaceReplace/register'],
  },
  { name: 'font zoom', what: 'editor font zoom', modules: ['monaco-editor/features/fontZoom/register'] },
  {
    name: 'high contrast toggle',
    what: 'toggle high contrast theme',
    modules: ['monaco-editor/features/toggleHighContrast/register'],
  },
  {
    name: 'inspect tokens',
    what: 'developer token inspector',
    modules: ['monaco-editor/features/inspectTokens/register'],
  },
  {
    name: 'anchor select',
    what: 'selection anchor',
    modules: ['monaco-editor/features/anchorSelect/register'],
  },
  {
    name: 'insert final newline',
    what: 'insert final newline action',
    modules: ['monaco-editor/features/insertFinalNewLine/register'],
  },
  {
    name: 'line selection',
    what: 'expand line selection',
    modules: ['monaco-editor/features/lineSelection/register'],
  },
  {
    name: 'long lines helper',
    what: 'long-line mouse handling',
    modules: ['monaco-editor/features/longLinesHelper/register'],
  },
  {
    name: 'middle-click scroll',
    what: 'middle-click scroll',
    modules: ['monaco-editor/features/middleScroll/register'],
  },
  {
    name: 'section headers',
    what: 'minimap section headers',
    modules: ['monaco-editor/features/sectionHeaders/register'],
  },
  {
    name: 'placeholder text',
    what: 'placeholder in empty editors',
    modules: ['monaco-editor/features/placeholderText/register'],
  },
  {
    name: 'inline progress',
    what: 'progress indicator in the editor',
    modules: ['monaco-editor/features/inlineProgress/register'],
  },
  { name: 'floating menu', what: 'floating menu', modules: ['monaco-editor/features/floatingMenu/register'] },
  {
    name: 'unusual line terminators',
    what: 'prompt about LS/PS characters',
    modules: ['monaco-editor/features/unusualLineTerminators/register'],
  },
  {
    name: 'GPU actions',
    what: 'GPU renderer debug actions',
    modules: ['monaco-editor/features/gpu/register'],
  },
  {
    name: 'iPad keyboard',
    what: 'iPad keyboard button',
    modules: ['monaco-editor/features/iPadShowKeyboard/register'],
  },
  {
    name: 'token refresh',
    what: 'developer tokenization actions',
    modules: ['monaco-editor/features/tokenization/register'],
  },
  {
    name: 'marker status',
    what: 'marker navigation status',
    modules: [`${C}/gotoError/browser/markerSelectionStatus`],
  },
  {
    name: 'HTML colouring',
    what: 'Monarch HTML tokens (lazy chunk)',
    modules: ['monaco-editor/languages/definitions/html/register'],
  },
  {
    name: 'HTML language features',
    what: 'tag completion and docs, highlights, links, folding, rename, format',
    modules: ['monaco-editor/languages/features/html/register'],
  },
];

const TMP = path.resolve('bench/.monaco-features');

/** Our set: the side-effect imports of monaco-setup.ts that come from monaco-editor. */
function ourModules(): string[] {
  const source = fs.readFileSync('src/client/features/editor/monaco-setup.ts', 'utf8');
  return [...source.matchAll(/^import '(monaco-editor\/[^']+)';$/gm)].map((m) => m[1]);
}

const gz = (data: string | Uint8Array) => gzipSync(data, { level: 9 }).length;

interface Size {
  /** JS + CSS, gzip. */
  main: number;
}

const cache = new Map<string, Size>();

async function sizeOf(modules: string[]): Promise<Size> {
  const key = [...new Set(modules)].sort().join('\n');
  const hit = cache.get(key);
  if (hit) return hit;
  const entry = path.join(TMP, 'entry.ts');
  fs.writeFileSync(
    entry,
    [
      "import * as monaco from 'monaco-editor/editor';",
      ...modules.map((m) => `import '${m}';`),
      'Object.assign(globalThis, { monaco });',
    ].join('\n'),
  );
  const result = (await build({
    configFile: false,
    root: process.cwd(),
    logLevel: 'silent',
    plugins: [monacoLean()],
    worker: { format: 'es' },
    build: {
      write: false,
      minify: true,
      rolldownOptions: { input: entry, output: { codeSplitting: false } },
    },
  })) as Rollup.RollupOutput | Rollup.RollupOutput[];
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output);
  const size: Size = { main: 0 };
  for (const out of outputs) {
    if (out.type === 'chunk') size.main += gz(out.code);
    else if (out.fileName.endsWith('.css')) size.main += gz(out.source);
  }
  cache.set(key, size);
  return size;
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

async function main() {
  fs.mkdirSync(TMP, { recursive: true });
  try {
    const ours = ourModules();
    const unknown = ours.filter((m) => !FEATURES.some((f) => f.modules.includes(m)));
    if (unknown.length)
      throw new Error(`monaco-setup.ts imports modules this script doesn't list: ${unknown}`);
    const core = await sizeOf([]);
    const all = await sizeOf(FEATURES.flatMap((f) => f.modules));
    const set = await sizeOf(ours);
    console.log(`core ${kb(core.main)} kB; all features ${kb(all.main)} kB; our set ${kb(set.main)} kB`);
    const rows = [];
    for (const feature of FEATURES) {
      const inSet = feature.modules.some((m) => ours.includes(m));
      const alone = await sizeOf(feature.modules);
      const without = inSet ? await sizeOf(ours.filter((m) => !feature.modules.includes(m))) : undefined;
      const row = {
        name: feature.name,
        what: feature.what,
        inSet,
        aloneBytes: alone.main - core.main,
        inSetBytes: without ? set.main - without.main : null,
      };
      rows.push(row);
      console.log(
        `${inSet ? 'kept   ' : 'dropped'} ${feature.name.padEnd(28)} alone ${kb(row.aloneBytes).padStart(6)} kB` +
          (without ? `  in our set ${kb(row.inSetBytes!).padStart(6)} kB` : ''),
      );
    }
    fs.mkdirSync('bench/results', { recursive: true });
    fs.writeFileSync(
      'bench/results/monaco-features.json',
      JSON.stringify({ date: new Date().toISOString(), core, all, set, rows }, null, 2) + '\n',
    );
    const table = [
      '| Feature | What it gives | Kept | Alone over the core, gzip | Dropping it from our set saves |',
      '| --- | --- | --- | --- | --- |',
      ...rows
        .sort((a, b) => Number(b.inSet) - Number(a.inSet) || b.aloneBytes - a.aloneBytes)
        .map(
          (r) =>
            `| ${r.name} | ${r.what} | ${r.inSet ? 'yes' : 'no'} | ${kb(r.aloneBytes)} kB | ${r.inSetBytes === null ? '' : `${kb(r.inSetBytes)} kB`} |`,
        ),
    ];
    console.log(
      `\nCore (monaco-editor/editor): ${kb(core.main)} kB; every feature: ${kb(all.main)} kB; our set: ${kb(set.main)} kB\n`,
    );
    console.log(table.join('\n'));
  } finally {
    fs.rmSync(TMP, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
