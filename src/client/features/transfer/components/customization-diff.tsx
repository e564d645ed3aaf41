import { DiffEditor } from '@monaco-editor/react';
import { useEffect, useRef } from 'react';
import type { CustomizationChange } from '../../../../shared/transfer/plan';
// The one place Monaco is configured (bundled, no CDN). This module is loaded only when a diff is opened.
import { DIFF_THEME, monaco } from '../../editor/api/monaco';

const LINE_PX = 19;

function DiffPane({
  label,
  original,
  modified,
  language,
}: {
  label: string;
  original: string;
  modified: string;
  language: 'plaintext' | 'html';
}) {
  // The diff keeps its models (the wrapper would dispose them before the widget lets go of them, which throws);
  // they are disposed here once the widget is gone.
  const editor = useRef<monaco.editor.IStandaloneDiffEditor | null>(null);
  useEffect(
    () => () => {
      const models = editor.current?.getModel();
      editor.current = null;
      setTimeout(() => {
        models?.original.dispose();
        models?.modified.dispose();
      });
    },
    [],
  );
  const lines = Math.max(original.split('\n').length, modified.split('\n').length);
  const height = Math.min(28, Math.max(language === 'plaintext' ? 1 : 6, lines)) * LINE_PX + 12;
  return (
    <div>
      <p className="mb-1 text-xs font-medium text-slate-600">{label}</p>
      <div
        className="overflow-hidden rounded-md border border-slate-200"
        style={{ height }}
        data-testid={`diff-${label.toLowerCase()}`}
      >
        <DiffEditor
          original={original}
          modified={modified}
          language={language}
          theme={DIFF_THEME}
          keepCurrentOriginalModel
          keepCurrentModifiedModel
          onMount={(mounted) => {
            editor.current = mounted;
            // The diff's own aria options don't reach the two inner editors' input elements.
            mounted.getOriginalEditor().updateOptions({ ariaLabel: `${label} now` });
            mounted.getModifiedEditor().updateOptions({ ariaLabel: `${label} from the bundle` });
          }}
          options={{
            readOnly: true,
            originalEditable: false,
            renderSideBySide: true,
            minimap: { enabled: false },
            wordWrap: 'on',
            diffWordWrap: 'on',
            // Mounted in a just-opened row, the diff starts narrow; Monaco's inline fallback would then keep the
            // left side unwrapped for good.
            useInlineViewWhenSpaceIsLimited: false,
            scrollBeyondLastLine: false,
            automaticLayout: true,
            renderOverviewRuler: false,
            overviewRulerLanes: 0,
            hideCursorInOverviewRuler: true,
            renderGutterMenu: false,
            renderMarginRevertIcon: false,
            // The page scrolls on, past a diff that is already at its end.
            scrollbar: { alwaysConsumeMouseWheel: false },
            lineNumbers: language === 'plaintext' ? 'off' : 'on',
            folding: language === 'html',
            hideUnchangedRegions: { enabled: language === 'html' },
            fontSize: 12.5,
          }}
        />
      </div>
    </div>
  );
}

/** Subject and body of one planned change: what the brand has now (left) against the bundle (right). */
export default function CustomizationDiff({ change }: { change: CustomizationChange }) {
  const before = change.current;
  const after = change.desired;
  const subjectSame = (before?.subject ?? '') === (after?.subject ?? '');
  const bodySame = (before?.body ?? '') === (after?.body ?? '');
  return (
    <div className="space-y-3">
      <div className="grid grid-cols-2 gap-4 text-xs font-medium tracking-wide text-slate-500 uppercase">
        <span>{before ? 'Now' : 'Now: none'}</span>
        <span>{after ? 'From the bundle' : 'After the import: deleted'}</span>
      </div>
      {subjectSame ? (
        <p className="text-sm text-slate-600">
          Subject unchanged: <span className="text-slate-800">{after?.subject}</span>
        </p>
      ) : (
        <DiffPane
          label="Subject"
          original={before?.subject ?? ''}
          modified={after?.subject ?? ''}
          language="plaintext"
        />
      )}
      {bodySame ? (
        <p className="text-sm text-slate-600">Body unchanged.</p>
      ) : (
        <DiffPane label="Body" original={before?.body ?? ''} modified={after?.body ?? ''} language="html" />
      )}
    </div>
  );
}
