import Editor from '@monaco-editor/react';
import { useEffect, useRef } from 'react';
import { attachVelocity, monaco, THEME, type Monaco, type VelocityModelInfo } from '../monaco-setup';

type CodeEditor = monaco.editor.IStandaloneCodeEditor;

const COMMON: monaco.editor.IStandaloneEditorConstructionOptions = {
  fontSize: 13,
  fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace',
  minimap: { enabled: false },
  scrollBeyondLastLine: false,
  automaticLayout: true,
  // Hovers and the suggestion list may leave a small editor (the subject line) instead of being clipped.
  fixedOverflowWidgets: true,
  tabSize: 2,
  renderWhitespace: 'none',
  quickSuggestions: { other: true, comments: false, strings: true },
  suggest: { showWords: false, preview: true },
  wordBasedSuggestions: 'off',
  hover: { delay: 250 },
  stickyScroll: { enabled: false },
};

const SINGLE_LINE: monaco.editor.IStandaloneEditorConstructionOptions = {
  ...COMMON,
  lineNumbers: 'off',
  glyphMargin: false,
  folding: false,
  lineDecorationsWidth: 10,
  lineNumbersMinChars: 0,
  overviewRulerLanes: 0,
  overviewRulerBorder: false,
  hideCursorInOverviewRuler: true,
  renderLineHighlight: 'none',
  scrollbar: { vertical: 'hidden', horizontal: 'hidden', alwaysConsumeMouseWheel: false },
  wordWrap: 'off',
  contextmenu: false,
  links: false,
  padding: { top: 8, bottom: 8 },
  // Tab leaves the field, as in any single-line input.
  tabFocusMode: true,
  find: { addExtraSpaceOnTop: false, seedSearchStringFromSelection: 'never' },
};

const MULTI_LINE: monaco.editor.IStandaloneEditorConstructionOptions = {
  ...COMMON,
  lineNumbers: 'on',
  wordWrap: 'on',
  wrappingIndent: 'same',
  padding: { top: 10, bottom: 10 },
  formatOnPaste: false,
  bracketPairColorization: { enabled: false },
  guides: { indentation: true },
  renderLineHighlight: 'line',
  scrollbar: { alwaysConsumeMouseWheel: false },
};

/**
 * One Monaco editor with the Velocity layer for `templateName` (completion, hover, live markers). `singleLine`
 * makes it a subject line: no gutter, Enter blocked (except to accept a suggestion), pasted newlines become spaces.
 */
export function CodeEditor({
  path,
  language,
  defaultValue,
  info,
  ariaLabel,
  singleLine = false,
  className,
  onChange,
  onReady,
}: {
  /** Model URI, unique per editor on the page. */
  path: string;
  language: 'html' | 'plaintext';
  defaultValue: string;
  info: VelocityModelInfo;
  ariaLabel: string;
  singleLine?: boolean;
  className?: string;
  onChange: (value: string) => void;
  /** With the Monaco API: this module is loaded lazily, so the page only has Monaco once an editor is ready. */
  onReady: (editor: CodeEditor, api: Monaco) => void;
}) {
  const infoRef = useRef(info);
  infoRef.current = info;
  const disposables = useRef<monaco.IDisposable[]>([]);

  useEffect(
    () => () => {
      for (const d of disposables.current) d.dispose();
      disposables.current = [];
    },
    [],
  );

  return (
    <Editor
      path={path}
      language={language}
      defaultValue={defaultValue}
      theme={THEME}
      className={className}
      loading={<span className="sr-only">Loading editor</span>}
      options={{ ...(singleLine ? SINGLE_LINE : MULTI_LINE), ariaLabel }}
      onChange={(value) => onChange(value ?? '')}
      onMount={(editor) => {
        const model = editor.getModel();
        if (!model) return;
        // Reading through the ref keeps providers on the latest preview data without re-attaching.
        disposables.current.push(
          attachVelocity(model, {
            templateName: info.templateName,
            field: info.field,
            previewContext: () => infoRef.current.previewContext(),
          }),
        );
        if (singleLine) {
          editor.addCommand(monaco.KeyCode.Enter, () => {}, '!suggestWidgetVisible');
          editor.addCommand(monaco.KeyMod.Shift | monaco.KeyCode.Enter, () => {}, '!suggestWidgetVisible');
          disposables.current.push(
            model.onDidChangeContent(() => {
              const value = model.getValue();
              if (/[\r\n]/.test(value)) {
                // After the current edit settles: a model can't be edited from inside its change event.
                queueMicrotask(() => {
                  if (!model.isDisposed())
                    model.pushEditOperations(
                      [],
                      [{ range: model.getFullModelRange(), text: value.replace(/\r\n|\r|\n/g, ' ') }],
                      () => null,
                    );
                });
              }
            }),
          );
        }
        onReady(editor, monaco);
      }}
    />
  );
}
