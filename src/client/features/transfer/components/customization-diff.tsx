import type { CustomizationChange } from '../../../../shared/transfer/plan';
// The one place Monaco is configured (bundled, no CDN). This module is loaded only when a diff is opened.
import { ReadOnlyDiff } from '../../editor/api/monaco';

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
  const lines = Math.max(original.split('\n').length, modified.split('\n').length);
  const height = Math.min(28, Math.max(language === 'plaintext' ? 1 : 6, lines)) * LINE_PX + 12;
  return (
    <div>
      <p className="mb-1 text-xs font-medium text-slate-600">{label}</p>
      <ReadOnlyDiff
        original={original}
        modified={modified}
        language={language}
        style={{ height }}
        testId={`diff-${label.toLowerCase()}`}
        ariaLabels={{ original: `${label} now`, modified: `${label} from the bundle` }}
        options={{
          renderOverviewRuler: false,
          overviewRulerLanes: 0,
          // The page scrolls on, past a diff that is already at its end.
          scrollbar: { alwaysConsumeMouseWheel: false },
          lineNumbers: language === 'plaintext' ? 'off' : 'on',
          folding: language === 'html',
          hideUnchangedRegions: { enabled: language === 'html' },
        }}
      />
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
