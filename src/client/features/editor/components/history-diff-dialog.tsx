import { useQuery } from '@tanstack/react-query';
import type { CustomizationVersionSummary } from '../../../../shared/mailroom/customization-history';
import { Button } from '../../../components/ui/button';
import { Dialog } from '../../../components/ui/dialog';
import { ErrorState } from '../../../components/ui/error-state';
import { Skeleton } from '../../../components/ui/skeleton';
import { absoluteTime } from '../../../lib/time';
import { historyQueries } from '../../customizations/api/history-queries';
import { ReadOnlyDiff, type DiffOptions } from './read-only-diff';
import { savedBy } from './history-panel';

// An email body is long and a save usually changes a few lines: the rest folds away (expandable).
const BODY_OPTIONS: DiffOptions = {
  overviewRulerBorder: false,
  hideUnchangedRegions: { enabled: true, contextLineCount: 2, minimumLineCount: 3, revealLineCount: 10 },
};

const SUBJECT_OPTIONS: DiffOptions = {
  overviewRulerBorder: false,
  lineNumbers: 'off',
  glyphMargin: false,
  folding: false,
  renderOverviewRuler: false,
  scrollbar: { vertical: 'hidden', horizontal: 'hidden', alwaysConsumeMouseWheel: false },
  renderIndicators: false,
  padding: { top: 10, bottom: 10 },
};

const describe = (v: CustomizationVersionSummary) =>
  `version ${v.version} (${savedBy(v)}, ${absoluteTime.format(new Date(v.created))})`;

/** Two saved versions side by side: the older on the left. Restoring either loads it into the editor, unsaved. */
export default function HistoryDiffDialog({
  brandId,
  templateName,
  customizationId,
  left,
  right,
  canRestore,
  restoring,
  onRestore,
  onClose,
}: {
  brandId: string;
  templateName: string;
  customizationId: string;
  left: CustomizationVersionSummary | undefined;
  right: CustomizationVersionSummary | undefined;
  canRestore: boolean;
  restoring: number | null;
  onRestore: (version: number) => void;
  onClose: () => void;
}) {
  const open = Boolean(left && right);
  const older = useQuery({
    ...historyQueries.version(brandId, templateName, customizationId, left?.version ?? 0),
    enabled: open,
  });
  const newer = useQuery({
    ...historyQueries.version(brandId, templateName, customizationId, right?.version ?? 0),
    enabled: open,
  });
  const failed = older.error ?? newer.error;
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={left && right ? `Version ${left.version} → version ${right.version}` : 'Versions'}
      description={left && right ? `Left: ${describe(left)}. Right: ${describe(right)}.` : undefined}
      size="xl"
      footer={
        <>
          <Button onClick={onClose} data-autofocus>
            Close
          </Button>
          {left && right && (
            <>
              <Button
                disabled={!canRestore}
                pending={restoring === left.version}
                onClick={() => onRestore(left.version)}
              >
                Restore version {left.version}
              </Button>
              <Button
                variant="primary"
                disabled={!canRestore}
                pending={restoring === right.version}
                onClick={() => onRestore(right.version)}
              >
                Restore version {right.version}
              </Button>
            </>
          )}
        </>
      }
    >
      {failed ? (
        <ErrorState error={failed} title="The versions could not be loaded" />
      ) : !older.data || !newer.data ? (
        <div role="status" aria-label="Loading the versions" className="space-y-3">
          <Skeleton className="h-14" />
          <Skeleton className="h-[22rem]" />
        </div>
      ) : (
        <div className="space-y-3 text-sm">
          <div>
            <p className="mb-1 text-xs font-medium text-slate-600">
              Subject{older.data.subject === newer.data.subject ? ': the same' : ''}
            </p>
            <ReadOnlyDiff
              original={older.data.subject}
              modified={newer.data.subject}
              language="plaintext"
              className="h-10"
              options={SUBJECT_OPTIONS}
              testId="history-subject-diff"
            />
          </div>
          <div>
            <p className="mb-1 text-xs font-medium text-slate-600">
              Body{older.data.body === newer.data.body ? ': the same' : ''}
            </p>
            <ReadOnlyDiff
              original={older.data.body}
              modified={newer.data.body}
              language="html"
              className="h-[22rem]"
              options={BODY_OPTIONS}
              testId="history-body-diff"
            />
          </div>
        </div>
      )}
    </Dialog>
  );
}
