import type { EmailCustomization } from '../../../../shared/okta/email-template';
import { Button } from '../../../components/ui/button';
import { Dialog } from '../../../components/ui/dialog';
import { ReadOnlyDiff } from './read-only-diff';

/**
 * Someone else saved this customization after it was opened here. Shows their version against this draft
 * and lets the admin keep either; nothing is written until they choose.
 */
export function SaveConflictDialog({
  theirs,
  mine,
  pending,
  onCancel,
  onTakeTheirs,
  onOverwrite,
}: {
  theirs: EmailCustomization | null;
  mine: { subject: string; body: string };
  pending: boolean;
  onCancel: () => void;
  onTakeTheirs: () => void;
  onOverwrite: () => void;
}) {
  const changedAt = theirs ? new Date(theirs.lastUpdated).toLocaleString() : '';
  return (
    <Dialog
      open={theirs !== null}
      onClose={onCancel}
      title="Someone else changed this customization"
      description={`It was saved again at ${changedAt}, after you opened it. Left: their version. Right: yours.`}
      size="xl"
      dismissible={!pending}
      footer={
        <>
          <Button onClick={onCancel} disabled={pending} data-autofocus>
            Keep editing
          </Button>
          <Button onClick={onTakeTheirs} disabled={pending}>
            Use their version
          </Button>
          <Button variant="danger" onClick={onOverwrite} pending={pending}>
            Overwrite with mine
          </Button>
        </>
      }
    >
      {theirs && (
        <div className="space-y-3 text-sm">
          {theirs.subject !== mine.subject && (
            <dl className="grid grid-cols-[5rem_minmax(0,1fr)] gap-x-3 gap-y-1 rounded-md bg-slate-50 p-3">
              <dt className="text-slate-500">Theirs</dt>
              <dd className="font-mono text-[12.5px] break-words" data-testid="conflict-their-subject">
                {theirs.subject}
              </dd>
              <dt className="text-slate-500">Yours</dt>
              <dd className="font-mono text-[12.5px] break-words">{mine.subject}</dd>
            </dl>
          )}
          {theirs.body === mine.body ? (
            <p className="text-slate-600">The bodies are the same.</p>
          ) : (
            <ReadOnlyDiff
              original={theirs.body}
              modified={mine.body}
              language="html"
              className="h-[26rem]"
              testId="conflict-diff"
              ariaLabels={{ original: 'Their body', modified: 'Your body' }}
            />
          )}
        </div>
      )}
    </Dialog>
  );
}
