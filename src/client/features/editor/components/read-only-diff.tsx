import { DiffEditor } from '@monaco-editor/react';
import { useEffect, useRef, type CSSProperties } from 'react';
import { cn } from '../../../components/ui/cn';
import { DIFF_THEME, type monaco } from '../monaco-setup';

type DiffEditorInstance = monaco.editor.IStandaloneDiffEditor;
export type DiffOptions = monaco.editor.IDiffEditorConstructionOptions;

/** What every read-only diff shares (save conflicts, version history, transfer plans). */
const BASE_OPTIONS: DiffOptions = {
  readOnly: true,
  originalEditable: false,
  renderSideBySide: true,
  minimap: { enabled: false },
  wordWrap: 'on',
  diffWordWrap: 'on',
  // Mounted while a dialog or row opens, the diff starts narrow; Monaco's inline fallback would then keep the left
  // side unwrapped for good.
  useInlineViewWhenSpaceIsLimited: false,
  renderGutterMenu: false,
  renderMarginRevertIcon: false,
  hideCursorInOverviewRuler: true,
  scrollBeyondLastLine: false,
  automaticLayout: true,
  fontSize: 12.5,
};

/**
 * One read-only Monaco diff, `original` on the left, in the diff theme. It keeps its models (the wrapper would
 * dispose them before the widget lets go of them, which throws) and disposes them itself once the widget is gone.
 */
export function ReadOnlyDiff({
  original,
  modified,
  language,
  options,
  ariaLabels,
  className,
  style,
  testId,
}: {
  original: string;
  modified: string;
  language: 'html' | 'plaintext';
  /** Added to (or overriding) the shared options. */
  options?: DiffOptions;
  /** The two sides' names for assistive technology (the diff's own aria options don't reach the inner editors). */
  ariaLabels?: { original: string; modified: string };
  className?: string;
  style?: CSSProperties;
  testId?: string;
}) {
  // A ref, not state: a re-render would hand the widget new options, which resets the inner editors' labels.
  const mounted = useRef<DiffEditorInstance | null>(null);
  useEffect(
    () => () => {
      const models = mounted.current?.getModel();
      mounted.current = null;
      setTimeout(() => {
        models?.original.dispose();
        models?.modified.dispose();
      });
    },
    [],
  );
  return (
    <div
      className={cn('overflow-hidden rounded-md border border-slate-200', className)}
      style={style}
      data-testid={testId}
    >
      <DiffEditor
        original={original}
        modified={modified}
        language={language}
        theme={DIFF_THEME}
        keepCurrentOriginalModel
        keepCurrentModifiedModel
        onMount={(editor) => {
          if (ariaLabels) {
            editor.getOriginalEditor().updateOptions({ ariaLabel: ariaLabels.original });
            editor.getModifiedEditor().updateOptions({ ariaLabel: ariaLabels.modified });
          }
          mounted.current = editor;
        }}
        options={{ ...BASE_OPTIONS, ...options }}
      />
    </div>
  );
}
