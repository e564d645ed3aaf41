import { DiffEditor } from '@monaco-editor/react';
import { useEffect, useRef } from 'react';
import type { EmailCustomization } from '../../../../shared/okta/email-template';
import { Button } from '../../../components/ui/button';
import { Dialog } from '../../../components/ui/dialog';
import { DIFF_THEME, type monaco } from '../monaco-setup';

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
  // The diff keeps its models (the wrapper would dispose them before the widget lets go of them, which
  // throws); they are disposed here once the widget is gone.
  const diff = useRef<monaco.editor.IStandaloneDiffEditor | null>(null);
  useEffect(() => {
    if (theirs) return;
    const editor = diff.current;
    diff.current = null;
    if (!editor) return;
    const { original, modified } = editor.getModel() ?? {};
    setTimeout(() => {
      original?.dispose();
      modified?.dispose();
    });
  }, [theirs]);
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
            <div
              className="h-[26rem] overflow-hidden rounded-md border border-slate-200"
              data-testid="conflict-diff"
            >
              <DiffEditor
                original={theirs.body}
                modified={mine.body}
                language="html"
                theme={DIFF_THEME}
                keepCurrentOriginalModel
                keepCurrentModifiedModel
                onMount={(editor) => {
                  diff.current = editor;
                }}
                options={{
                  readOnly: true,
                  originalEditable: false,
                  renderSideBySide: true,
                  minimap: { enabled: false },
                  wordWrap: 'on',
                  scrollBeyondLastLine: false,
                  automaticLayout: true,
                  fontSize: 12.5,
                }}
              />
            </div>
          )}
        </div>
      )}
    </Dialog>
  );
}
