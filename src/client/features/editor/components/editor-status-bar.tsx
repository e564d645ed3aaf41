import { useEffect, useState } from 'react';
import { cn } from '../../../components/ui/cn';
import { AlertIcon, MailIcon, XIcon } from '../../../components/ui/icons';
import { describeFindingCount } from '../../../components/mail-checks';
import { countFindings, type MailFinding } from '../../../../shared/mail-checks/check-mail';
import { MAX_BODY_BYTES } from '../../../../shared/okta/email-template';
import { timeAgo } from '../../../lib/time';
import type { Monaco, monaco } from '../monaco-setup';

type CodeEditorInstance = monaco.editor.IStandaloneCodeEditor;
type Severity = 'error' | 'warning';

export interface MarkerCounts {
  errors: number;
  warnings: number;
  /** Puts the cursor on the first marker of that severity (subject first, then body) and reveals it. */
  jumpToFirst: (severity: Severity) => void;
}

/**
 * Live counts of the markers (ours and the server's) on the subject's and the body's models. `api` is null until
 * Monaco has loaded (and with it the editors).
 */
export function useMarkerCounts(
  api: Monaco | null,
  subject: CodeEditorInstance | null,
  body: CodeEditorInstance | null,
): MarkerCounts {
  const [markers, setMarkers] = useState<{ editor: CodeEditorInstance; marker: monaco.editor.IMarker }[]>([]);

  useEffect(() => {
    if (!api) return;
    const live = [subject, body].filter((e): e is CodeEditorInstance => e !== null);
    const collect = () =>
      setMarkers(
        live.flatMap((editor) => {
          const model = editor.getModel();
          return model
            ? api.editor.getModelMarkers({ resource: model.uri }).map((marker) => ({ editor, marker }))
            : [];
        }),
      );
    collect();
    const subscription = api.editor.onDidChangeMarkers(collect);
    return () => subscription.dispose();
  }, [api, subject, body]);

  const ofSeverity = (severity: Severity) =>
    api
      ? markers.filter(({ marker }) =>
          severity === 'error'
            ? marker.severity === api.MarkerSeverity.Error
            : marker.severity === api.MarkerSeverity.Warning,
        )
      : [];

  return {
    errors: ofSeverity('error').length,
    warnings: ofSeverity('warning').length,
    jumpToFirst: (severity) => {
      const found = ofSeverity(severity)[0];
      if (!found) return;
      const { editor, marker } = found;
      const position = { lineNumber: marker.startLineNumber, column: marker.startColumn };
      editor.setPosition(position);
      editor.revealPositionInCenterIfOutsideViewport(position);
      editor.focus();
    },
  };
}

export type SaveState = { kind: 'new' } | { kind: 'unsaved' } | { kind: 'saved'; at: string };

/** Markers (each count jumps to the first one), body size against Okta's 64 KB, and whether it's saved. */
export function EditorStatusBar({
  markers,
  checks,
  body,
  state,
}: {
  markers: MarkerCounts;
  /** The mail checks on the live preview; a click shows them. */
  checks: { findings: readonly MailFinding[]; show: () => void };
  body: string;
  state: SaveState;
}) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);
  const bytes = new TextEncoder().encode(body).length;
  const over = bytes > MAX_BODY_BYTES;

  return (
    <div
      role="group"
      aria-label="Editor status"
      className="flex flex-wrap items-center gap-x-4 gap-y-1 border-t border-slate-200 bg-slate-50 px-3 py-1.5 text-xs text-slate-600"
    >
      <MarkerCount markers={markers} severity="error" />
      <MarkerCount markers={markers} severity="warning" />
      <ChecksButton {...checks} />
      <span className={cn(over && 'font-semibold text-red-700')} title="Okta accepts bodies up to 64 KB">
        {(bytes / 1024).toFixed(1)} / {MAX_BODY_BYTES / 1024} KB
      </span>
      <span className="ml-auto" aria-live="polite" data-testid="save-state">
        {state.kind === 'new'
          ? 'Not created yet'
          : state.kind === 'unsaved'
            ? 'Unsaved changes'
            : `Saved ${timeAgo(state.at, now)}`}
      </span>
      <span className="hidden text-slate-500 2xl:inline">
        <kbd className="rounded border border-slate-300 bg-white px-1">Ctrl</kbd>+
        <kbd className="rounded border border-slate-300 bg-white px-1">S</kbd> save ·{' '}
        <kbd className="rounded border border-slate-300 bg-white px-1">Ctrl</kbd>+
        <kbd className="rounded border border-slate-300 bg-white px-1">Enter</kbd> send test ·{' '}
        <kbd className="rounded border border-slate-300 bg-white px-1">Ctrl</kbd>+
        <kbd className="rounded border border-slate-300 bg-white px-1">Space</kbd> suggest
      </span>
    </div>
  );
}

/** One marker count; a click puts the cursor on the first marker of that kind. */
function MarkerCount({ markers, severity }: { markers: MarkerCounts; severity: Severity }) {
  const count = severity === 'error' ? markers.errors : markers.warnings;
  const Icon = severity === 'error' ? XIcon : AlertIcon;
  return (
    <button
      type="button"
      onClick={() => markers.jumpToFirst(severity)}
      disabled={count === 0}
      className={cn(
        'flex items-center gap-1 rounded px-1 py-0.5 enabled:hover:bg-slate-200 focus-visible:outline-2 focus-visible:outline-indigo-600',
        count > 0 && (severity === 'error' ? 'font-semibold text-red-700' : 'font-semibold text-amber-800'),
      )}
      aria-label={`${count} ${severity}${count === 1 ? '' : 's'}${count ? ': go to the first' : ''}`}
    >
      <Icon className="size-3.5" /> {count}
    </button>
  );
}

/** The mail checks' count on the live preview; a click opens the preview's Checks tab. */
function ChecksButton({ findings, show }: { findings: readonly MailFinding[]; show: () => void }) {
  const counts = countFindings(findings);
  return (
    <button
      type="button"
      onClick={show}
      className={cn(
        'flex items-center gap-1 rounded px-1 py-0.5 hover:bg-slate-200 focus-visible:outline-2 focus-visible:outline-indigo-600',
        counts.error > 0
          ? 'font-semibold text-red-700'
          : counts.warning > 0
            ? 'font-semibold text-amber-800'
            : undefined,
      )}
      aria-label={`Mail checks: ${describeFindingCount(findings.length)}${findings.length ? ', show them' : ''}`}
      title="Mail checks on the live preview"
    >
      <MailIcon className="size-3.5" /> Checks {findings.length}
    </button>
  );
}
