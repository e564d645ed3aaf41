import { useQuery, useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import type {
  CustomizationVersion,
  CustomizationVersionSummary,
} from '../../../../shared/mailroom/customization-history';
import { Badge } from '../../../components/ui/badge';
import { Button } from '../../../components/ui/button';
import { ErrorState, InlineError } from '../../../components/ui/error-state';
import { Skeleton } from '../../../components/ui/skeleton';
import { absoluteTime, timeAgo } from '../../../lib/time';
import { historyQueries } from '../../customizations/api/history-queries';
import { useConsoleMode } from '../../session/api/session-queries';

// The diff is Monaco's: loaded when two versions are first compared, never with the page.
const HistoryDiffDialog = lazy(() => import('./history-diff-dialog'));

/** Who saved a version, in words. */
export const savedBy = (v: CustomizationVersionSummary) => v.author ?? 'someone, before history was kept';

/**
 * The History tab of the editor: every saved version of this customization (who, when, default flag), newest
 * first. Pick two to compare them in a diff (subject and body); "Restore" puts a version's subject and body into
 * the editor as unsaved changes, for the normal save.
 */
export function HistoryPanel({
  brandId,
  templateName,
  customizationId,
  canRestore,
  onRestore,
}: {
  brandId: string;
  templateName: string;
  customizationId: string;
  /** False until the editors are ready to take the text. */
  canRestore: boolean;
  onRestore: (version: CustomizationVersion) => void;
}) {
  const queryClient = useQueryClient();
  const versions = useQuery(historyQueries.versions(brandId, templateName, customizationId));
  const realOkta = useConsoleMode() === 'okta';
  // The versions picked for the diff, in the order they were picked (a third pick drops the first).
  const [picked, setPicked] = useState<number[]>([]);
  const [comparing, setComparing] = useState<[number, number] | null>(null);
  const [diffSeen, setDiffSeen] = useState(false);
  if (comparing && !diffSeen) setDiffSeen(true);
  const [restoring, setRestoring] = useState<number | null>(null);
  const [restoreError, setRestoreError] = useState<unknown>(null);
  const [now] = useState(() => Date.now());

  const restore = async (version: number) => {
    setRestoring(version);
    setRestoreError(null);
    try {
      onRestore(
        await queryClient.fetchQuery(historyQueries.version(brandId, templateName, customizationId, version)),
      );
      setComparing(null);
    } catch (error) {
      setRestoreError(error);
    } finally {
      setRestoring(null);
    }
  };

  const toggle = (version: number) =>
    setPicked((current) =>
      current.includes(version) ? current.filter((v) => v !== version) : [...current, version].slice(-2),
    );

  if (versions.isError)
    return (
      <div className="p-3">
        <ErrorState
          error={versions.error}
          title="The history could not be loaded"
          onRetry={() => void versions.refetch()}
          retrying={versions.isFetching}
        />
      </div>
    );
  if (!versions.data)
    return (
      <div role="status" aria-label="Loading the history" className="space-y-2 p-3">
        <Skeleton className="h-12" />
        <Skeleton className="h-12" />
        <Skeleton className="h-12" />
      </div>
    );

  const list = versions.data;
  if (list.length === 0)
    return (
      <div className="p-4 text-sm text-slate-600">
        <p className="font-medium text-slate-900">No saved versions yet</p>
        <p className="mt-1">
          {realOkta
            ? 'Mailroom keeps the versions of the saves made through it. This customization has not been saved through Mailroom yet: saves made in the Okta Admin Console or by other tools are not recorded here.'
            : 'Each save keeps a version here.'}
        </p>
      </div>
    );

  const pair = [...picked].sort((a, b) => a - b) as [number, number];
  const find = (n: number) => list.find((v) => v.version === n);

  return (
    <div className="flex min-h-0 flex-1 flex-col">
      <div className="flex flex-wrap items-center gap-2 border-b border-slate-200 bg-white px-3 py-2 text-sm">
        <p className="text-slate-600">
          {picked.length < 2 ? 'Pick two versions to compare them.' : `Versions ${pair[0]} and ${pair[1]}.`}
        </p>
        <Button size="sm" className="ml-auto" disabled={picked.length < 2} onClick={() => setComparing(pair)}>
          {picked.length < 2 ? 'Compare' : `Compare ${pair[0]} → ${pair[1]}`}
        </Button>
      </div>
      {restoreError !== null && (
        <div className="px-3 pt-2">
          <InlineError>The version could not be loaded. Try again.</InlineError>
        </div>
      )}
      <ol
        aria-label="Saved versions"
        className="min-h-0 flex-1 divide-y divide-slate-200 overflow-auto bg-white"
      >
        {list.map((v, index) => {
          const checked = picked.includes(v.version);
          return (
            <li key={v.version} className={checked ? 'bg-indigo-50/60' : undefined}>
              <div className="flex items-start gap-3 px-3 py-2.5">
                <input
                  type="checkbox"
                  checked={checked}
                  onChange={() => toggle(v.version)}
                  aria-label={`Compare version ${v.version}`}
                  className="mt-1 size-4 rounded border-slate-300 text-indigo-600 focus:ring-indigo-600"
                />
                <div className="min-w-0 flex-1">
                  <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm">
                    <span className="font-semibold text-slate-900">Version {v.version}</span>
                    {index === 0 && <Badge tone="success">Latest</Badge>}
                    {v.isDefault && <Badge tone="accent">Default</Badge>}
                    <span className="text-slate-600">
                      by <span className="font-medium text-slate-800">{savedBy(v)}</span>,{' '}
                      <time dateTime={v.created} title={absoluteTime.format(new Date(v.created))}>
                        {timeAgo(v.created, now)}
                      </time>
                    </span>
                  </p>
                  <p className="mt-0.5 truncate font-mono text-xs text-slate-500" title={v.subject}>
                    {v.subject}
                  </p>
                </div>
                <Button
                  size="sm"
                  variant="ghost"
                  disabled={!canRestore}
                  pending={restoring === v.version}
                  title="Load this version's subject and body into the editor, unsaved"
                  onClick={() => void restore(v.version)}
                  aria-label={`Restore version ${v.version}`}
                >
                  Restore
                </Button>
              </div>
            </li>
          );
        })}
      </ol>
      {diffSeen && (
        <Suspense fallback={null}>
          <HistoryDiffDialog
            brandId={brandId}
            templateName={templateName}
            customizationId={customizationId}
            left={comparing ? find(comparing[0]) : undefined}
            right={comparing ? find(comparing[1]) : undefined}
            canRestore={canRestore}
            restoring={restoring}
            onRestore={(version) => void restore(version)}
            onClose={() => setComparing(null)}
          />
        </Suspense>
      )}
    </div>
  );
}
