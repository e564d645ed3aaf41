// The one module that sets Monaco up for the whole console: the bundled build (no CDN, nothing fetched at run
// time) with only the features the editor uses, its worker, the Mailroom theme, and the Velocity layer
// (completion, hover, markers), registered once. Only the lazily loaded editor imports it, so the catalog, SMTP
// and mailbox pages never download Monaco. What each feature costs: `npx tsx bench/monaco-features.ts` (README).
import { loader } from '@monaco-editor/react';
// The API and the core editor (the diff editor is part of it).
import * as monaco from 'monaco-editor/editor';
// `features/suggest/register` is only the inline-completions adapter: the suggest widget is its controller.
import 'monaco-editor/editor/contrib/suggest/browser/suggestController';
import 'monaco-editor/features/snippet/register';
import 'monaco-editor/features/hover/register';
import 'monaco-editor/features/gotoError/register';
import 'monaco-editor/features/find/register';
import 'monaco-editor/features/folding/register';
import 'monaco-editor/features/bracketMatching/register';
import 'monaco-editor/features/comment/register';
import 'monaco-editor/features/wordOperations/register';
import 'monaco-editor/features/linesOperations/register';
import 'monaco-editor/features/multicursor/register';
import 'monaco-editor/features/clipboard/register';
import 'monaco-editor/features/contextmenu/register';
import 'monaco-editor/features/wordHighlighter/register';
import 'monaco-editor/features/links/register';
import 'monaco-editor/features/smartSelect/register';
import 'monaco-editor/features/rename/register';
import 'monaco-editor/features/format/register';
import 'monaco-editor/features/indentation/register';
import 'monaco-editor/features/readOnlyMessage/register';
import 'monaco-editor/features/toggleTabFocusMode/register';
import 'monaco-editor/features/diffEditor/register';
import 'monaco-editor/features/codicon/register';
import 'monaco-editor/languages/definitions/html/register';
// Needs the `monacoLean` Vite plugin (vite.config.ts), else it pulls in every contribution again.
import 'monaco-editor/languages/features/html/register';
import EditorWorker from './editor-html.worker?worker';
import { getCompletions, type CompletionKind } from './language/completions';
import { getDiagnostics, type Diagnostic } from './language/diagnostics';
import { getHover } from './language/hover';
import { scanTemplate } from './language/references';
import { SERVER_OWNER, VELOCITY_OWNER } from './marker-owners';
import './monaco-theme.css';

export { monaco };
export type Monaco = typeof monaco;

// Without getWorker, Vite builds can't find the core editor worker ("Failed to load worker script"). One worker
// file serves both the core editor worker and the HTML language worker (editor-html.worker.ts).
self.MonacoEnvironment = {
  getWorker: () => new EditorWorker(),
};

// @monaco-editor/react uses this instance instead of loading one from a CDN.
loader.config({ monaco: monaco as unknown as Parameters<typeof loader.config>[0]['monaco'] });

export const THEME = 'mailroom';

/**
 * Monaco's one-time start-up (its services, the HTML mode's chunks) ahead of the first editor, which otherwise
 * pays for it after the click: the editor prefetch (app/prefetch.ts) calls this when the browser is idle.
 */
export function warmUp(): void {
  monaco.editor.createModel('', 'html').dispose();
}
export { SERVER_OWNER, VELOCITY_OWNER };

monaco.editor.defineTheme(THEME, {
  base: 'vs',
  inherit: true,
  rules: [
    { token: 'tag', foreground: '4338ca' },
    { token: 'delimiter.html', foreground: '64748b' },
    { token: 'attribute.name', foreground: '0f766e' },
    { token: 'attribute.value', foreground: 'b45309' },
    { token: 'comment', foreground: '64748b', fontStyle: 'italic' },
    // The base theme's grey and pure red doctype fall under 4.5:1 on white.
    { token: 'metatag', foreground: '64748b' },
    { token: 'metatag.html', foreground: 'b91c1c' },
    { token: 'metatag.content.html', foreground: 'b91c1c' },
    { token: 'string', foreground: 'b45309' },
  ],
  colors: {
    'editor.background': '#ffffff',
    'editor.foreground': '#0f172a',
    'editor.lineHighlightBackground': '#f8fafc',
    'editor.lineHighlightBorder': '#f1f5f9',
    // slate-500 on white: line numbers keep a 4.5:1 contrast.
    'editorLineNumber.foreground': '#64748b',
    'editorLineNumber.activeForeground': '#1e293b',
    'editorCursor.foreground': '#4f46e5',
    'editor.selectionBackground': '#c7d2fe',
    'editor.inactiveSelectionBackground': '#e0e7ff',
    'editorIndentGuide.background1': '#f1f5f9',
    'editorError.foreground': '#dc2626',
    'editorWarning.foreground': '#d97706',
    'editorWidget.background': '#ffffff',
    'editorWidget.border': '#cbd5e1',
    'editorSuggestWidget.selectedBackground': '#eef2ff',
    // The base theme writes the focused suggestion in white, unreadable on the light selection.
    'editorSuggestWidget.selectedForeground': '#0f172a',
    'editorSuggestWidget.selectedIconForeground': '#4338ca',
    'list.activeSelectionForeground': '#0f172a',
    'list.activeSelectionIconForeground': '#4338ca',
    'editorSuggestWidget.focusHighlightForeground': '#4338ca',
    'editorSuggestWidget.highlightForeground': '#4f46e5',
    'editorHoverWidget.background': '#ffffff',
    'editorHoverWidget.border': '#cbd5e1',
    focusBorder: '#6366f1',
  },
});

/** Diffs (save conflicts, transfer plans): the editor's colours a shade darker, so every token keeps 4.5:1 on an
 * added or removed line's tint. */
export const DIFF_THEME = 'mailroom-diff';
monaco.editor.defineTheme(DIFF_THEME, {
  base: 'vs',
  inherit: true,
  rules: [
    { token: 'tag', foreground: '3730a3' },
    { token: 'delimiter.html', foreground: '475569' },
    { token: 'attribute.name', foreground: '115e59' },
    { token: 'attribute.value', foreground: '92400e' },
    { token: 'comment', foreground: '475569', fontStyle: 'italic' },
    { token: 'metatag', foreground: '475569' },
    { token: 'metatag.html', foreground: '991b1b' },
    { token: 'metatag.content.html', foreground: '991b1b' },
    { token: 'string', foreground: '92400e' },
  ],
  colors: {
    'editor.background': '#ffffff',
    'editor.foreground': '#0f172a',
    'editorLineNumber.foreground': '#475569',
    'diffEditor.insertedLineBackground': '#f0fdf4',
    'diffEditor.insertedTextBackground': '#dcfce7',
    'diffEditor.removedLineBackground': '#fef2f2',
    'diffEditor.removedTextBackground': '#fee2e2',
    'diffEditorGutter.insertedLineBackground': '#dcfce7',
    'diffEditorGutter.removedLineBackground': '#fee2e2',
    focusBorder: '#6366f1',
  },
});

/** What the Velocity providers need to know about a model. */
export interface VelocityModelInfo {
  templateName: string;
  field: 'subject' | 'body';
  /** The preview's current render context (hover and completion show its values). */
  previewContext: () => Record<string, unknown> | undefined;
}

const models = new WeakMap<monaco.editor.ITextModel, VelocityModelInfo>();

const KINDS: Record<CompletionKind, monaco.languages.CompletionItemKind> = {
  variable: monaco.languages.CompletionItemKind.Variable,
  function: monaco.languages.CompletionItemKind.Function,
  directive: monaco.languages.CompletionItemKind.Snippet,
  method: monaco.languages.CompletionItemKind.Method,
  property: monaco.languages.CompletionItemKind.Property,
};

function rangeOf(model: monaco.editor.ITextModel, from: number, to: number): monaco.IRange {
  const start = model.getPositionAt(from);
  const end = model.getPositionAt(to);
  return {
    startLineNumber: start.lineNumber,
    startColumn: start.column,
    endLineNumber: end.lineNumber,
    endColumn: end.column,
  };
}

// The subject is plain text, the body HTML: both get the Velocity layer (models without info get nothing).
for (const language of ['html', 'plaintext']) {
  monaco.languages.registerCompletionItemProvider(language, {
    triggerCharacters: ['$', '{', '!', '#', '.'],
    provideCompletionItems(model, position) {
      const info = models.get(model);
      if (!info) return undefined;
      const result = getCompletions({
        text: model.getValue(),
        offset: model.getOffsetAt(position),
        templateName: info.templateName,
        previewContext: info.previewContext(),
      });
      if (result.items.length === 0) return undefined;
      const range = rangeOf(model, result.replaceFrom, result.replaceTo);
      return {
        // Our list is complete for the context: no word-based suggestions mixed in.
        incomplete: false,
        suggestions: result.items.map((item) => ({
          label: { label: item.label, description: item.detail },
          kind: KINDS[item.kind],
          detail: item.detail,
          documentation: { value: item.documentation },
          insertText: item.insertText,
          insertTextRules: item.isSnippet
            ? monaco.languages.CompletionItemInsertTextRule.InsertAsSnippet
            : undefined,
          sortText: item.sortText,
          // `#fo` is matched against `#foreach`, `fi` against `firstName`.
          filterText: item.label,
          range,
        })),
      };
    },
  });

  monaco.languages.registerHoverProvider(language, {
    provideHover(model, position) {
      const info = models.get(model);
      if (!info) return undefined;
      const hover = getHover({
        text: model.getValue(),
        offset: model.getOffsetAt(position),
        templateName: info.templateName,
        previewContext: info.previewContext(),
      });
      if (!hover) return undefined;
      return { range: rangeOf(model, hover.from, hover.to), contents: [{ value: hover.markdown }] };
    },
  });
}

const SEVERITY: Record<Diagnostic['severity'], monaco.MarkerSeverity> = {
  error: monaco.MarkerSeverity.Error,
  warning: monaco.MarkerSeverity.Warning,
  info: monaco.MarkerSeverity.Info,
};

interface ModelState {
  info: VelocityModelInfo;
  decorations: string[];
  timer: ReturnType<typeof setTimeout> | undefined;
}
const states = new WeakMap<monaco.editor.ITextModel, ModelState>();

/** Diagnostics as Monaco markers (owner `velocity`), plus decorations that colour Velocity inside the HTML. */
function check(model: monaco.editor.ITextModel, state: ModelState): void {
  const text = model.getValue();
  const { templateName, field } = state.info;
  const diagnostics = getDiagnostics({ text, templateName, field });
  monaco.editor.setModelMarkers(
    model,
    VELOCITY_OWNER,
    diagnostics.map((d) => ({
      ...rangeOf(model, d.from, d.to),
      severity: SEVERITY[d.severity],
      message: d.message,
      code: d.code,
      source: 'Velocity',
    })),
  );
  const scan = scanTemplate(text);
  const next: monaco.editor.IModelDeltaDecoration[] = [];
  const mark = (from: number, to: number, inlineClassName: string) => {
    if (to > from) next.push({ range: rangeOf(model, from, to), options: { inlineClassName } });
  };
  for (const region of scan.skipped.slice(0, 1_000)) {
    mark(region.from, region.to, region.kind === 'unparsed' ? 'mr-vtl-unparsed' : 'mr-vtl-comment');
  }
  for (const ref of scan.references.slice(0, 3_000)) mark(ref.from, ref.to, 'mr-vtl-ref');
  for (const use of scan.directives.slice(0, 1_000)) mark(use.from, use.nameTo, 'mr-vtl-directive');
  state.decorations = model.deltaDecorations(state.decorations, next);
}

const CHECK_DELAY_MS = 150;

/**
 * Gives a model the Velocity layer: the providers learn its template and field, and markers follow its
 * content (at once, then ~150 ms after each change). The server's markers are dropped on the next edit.
 */
export function attachVelocity(model: monaco.editor.ITextModel, info: VelocityModelInfo): monaco.IDisposable {
  models.set(model, info);
  const state: ModelState = { info, decorations: [], timer: undefined };
  states.set(model, state);
  check(model, state);
  const listener = model.onDidChangeContent(() => {
    monaco.editor.setModelMarkers(model, SERVER_OWNER, []);
    clearTimeout(state.timer);
    state.timer = setTimeout(() => {
      if (!model.isDisposed()) check(model, state);
    }, CHECK_DELAY_MS);
  });
  return {
    dispose() {
      clearTimeout(state.timer);
      listener.dispose();
      models.delete(model);
      states.delete(model);
      if (!model.isDisposed()) {
        monaco.editor.setModelMarkers(model, VELOCITY_OWNER, []);
        monaco.editor.setModelMarkers(model, SERVER_OWNER, []);
        model.deltaDecorations(state.decorations, []);
      }
    },
  };
}

/** Runs the checks now (right before a save), without waiting for the debounce. */
export function checkNow(model: monaco.editor.ITextModel): void {
  const state = states.get(model);
  if (!state) return;
  clearTimeout(state.timer);
  check(model, state);
}
