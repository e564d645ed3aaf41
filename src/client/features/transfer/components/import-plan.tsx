import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { planBlockers, type ApplyResult, type ProgressEvent } from '../../../../shared/transfer/apply';
import type { Bundle } from '../../../../shared/transfer/bundle';
import { planChanges, planImport, type Change, type Plan } from '../../../../shared/transfer/plan';
import { Button } from '../../../components/ui/button';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { EmptyState } from '../../../components/ui/empty-state';
import { ErrorState, InlineError, describeError } from '../../../components/ui/error-state';
import { CheckboxField } from '../../../components/ui/form-field';
import { AlertIcon, CheckIcon, RefreshIcon } from '../../../components/ui/icons';
import { TableSkeleton } from '../../../components/ui/skeleton';
import { useApplyImport } from '../api/apply-import';
import { transferQueries } from '../api/transfer-queries';
import { PlanCounts, PlanList } from './plan-list';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function changeName(change: Change): string {
  if (change.type === 'customization') return `${change.template} ${change.language}`;
  if (change.type === 'settings') return `recipients of ${change.template}`;
  return `SMTP server "${change.alias}"`;
}

/** "A, B, C and 4 more" */
function listNames(changes: Change[], max = 8): string {
  const names = changes.map(changeName);
  return names.length <= max
    ? names.join(', ')
    : `${names.slice(0, max).join(', ')} and ${names.length - max} more`;
}

function ApplyProgress({ progress }: { progress: ProgressEvent | null }) {
  const done = progress ? progress.index + (progress.phase === 'start' ? 0 : 1) : 0;
  const total = progress?.total ?? 1;
  return (
    <div className="rounded-lg border border-indigo-200 bg-indigo-50/60 p-4">
      <div className="flex items-center justify-between text-sm">
        <span className="font-medium text-indigo-900">Applying changes…</span>
        <span className="text-indigo-800 tabular-nums">
          {done} of {total}
        </span>
      </div>
      <div
        role="progressbar"
        aria-label="Applying changes"
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={done}
        className="mt-2 h-2 overflow-hidden rounded-full bg-indigo-100"
      >
        <div
          className="h-full rounded-full bg-indigo-600 transition-[width]"
          style={{ width: `${(done / total) * 100}%` }}
        />
      </div>
      {progress && <p className="mt-2 truncate font-mono text-xs text-indigo-900">{progress.label}</p>}
    </div>
  );
}

function ApplyResultView({ result }: { result: ApplyResult }) {
  if (result.ok) {
    return (
      <div
        role="status"
        className="flex items-start gap-3 rounded-lg border border-emerald-200 bg-emerald-50 p-4 text-sm"
      >
        <CheckIcon className="mt-0.5 size-5 shrink-0 text-emerald-600" />
        <div>
          <p className="font-semibold text-emerald-900">
            Applied {plural(result.changesApplied.length, 'change')}
          </p>
          {result.unchanged > 0 && (
            <p className="mt-0.5 text-emerald-800">{result.unchanged} already matched the bundle.</p>
          )}
        </div>
      </div>
    );
  }
  return (
    <div role="alert" className="rounded-lg border border-red-200 bg-red-50 p-4 text-sm">
      <p className="flex items-center gap-2 font-semibold text-red-900">
        <AlertIcon className="size-5 shrink-0 text-red-600" />
        The import stopped: {listNames(result.changesFailed)} failed
      </p>
      <p className="mt-1 text-red-800">{result.failed!.message}</p>
      <dl className="mt-3 grid gap-x-4 gap-y-1 text-red-900 sm:grid-cols-[9rem_minmax(0,1fr)]">
        <dt className="font-medium">Applied</dt>
        <dd>
          {result.changesApplied.length === 0
            ? 'nothing'
            : `${plural(result.changesApplied.length, 'change')}: ${listNames(result.changesApplied)}`}
        </dd>
        <dt className="font-medium">Not applied</dt>
        <dd>
          {result.changesNotRun.length === 0
            ? 'nothing'
            : `${plural(result.changesNotRun.length, 'change')}: ${listNames(result.changesNotRun)}`}
        </dd>
        <dt className="font-medium">Unchanged</dt>
        <dd>{result.unchanged}</dd>
      </dl>
      <p className="mt-3 text-red-800">
        Fix the cause, then apply again: the plan below is read afresh, so it continues from here.
      </p>
    </div>
  );
}

function ConfirmApply({
  plan,
  brandName,
  open,
  onClose,
  onConfirm,
}: {
  plan: Plan;
  brandName: string;
  open: boolean;
  onClose: () => void;
  onConfirm: () => void;
}) {
  const changes = planChanges(plan);
  const of = (kind: Change['kind']) => changes.filter((c) => c.kind === kind);
  const replaced = of('replace');
  const deleted = of('delete');
  const created = of('create');
  const destructive = replaced.length + deleted.length > 0;
  return (
    <ConfirmDialog
      open={open}
      onClose={onClose}
      onConfirm={onConfirm}
      tone={destructive ? 'danger' : 'primary'}
      title={`Apply ${plural(plan.changeCount, 'change')} to ${brandName}?`}
      confirmLabel={`Apply ${plural(plan.changeCount, 'change')}`}
    >
      {deleted.length > 0 && (
        <p>
          <strong className="text-red-700">Deletes {plural(deleted.length, 'customization')}</strong>, for
          good: {listNames(deleted)}.
        </p>
      )}
      {replaced.length > 0 && (
        <p>
          <strong>Replaces {replaced.length}</strong> with the bundle&apos;s version (what they say now is
          lost): {listNames(replaced)}.
        </p>
      )}
      {created.length > 0 && (
        <p>
          Creates {created.length}: {listNames(created)}.
        </p>
      )}
    </ConfirmDialog>
  );
}

/**
 * The import's plan (keyed by the bundle where it is used, so another bundle starts afresh) against the brand as it is now: counts, changes grouped by template with their diffs,
 * the prune option, then "Apply N changes" (confirmed, with progress) and the result.
 */
export function ImportPlan({
  brandId,
  brandName,
  bundle,
  sourceName,
}: {
  brandId: string;
  brandName: string;
  bundle: Bundle;
  sourceName: string;
}) {
  const withServers = Boolean(bundle.emailServers);
  const state = useQuery(transferQueries.state(brandId, withServers));
  const [prune, setPrune] = useState(false);
  const [secrets, setSecrets] = useState<Record<string, string>>({});
  const [confirming, setConfirming] = useState(false);
  const { mutation: apply, progress } = useApplyImport(brandId);
  const plan = useMemo(
    () => (state.data ? planImport(state.data, bundle, { prune }) : undefined),
    [state.data, bundle, prune],
  );
  const applying = apply.isPending;
  const header = (
    <div className="flex flex-wrap items-end justify-between gap-3">
      <div>
        <h2 className="scroll-mt-20 text-lg font-semibold text-slate-900">Plan</h2>
        <p className="text-sm text-slate-600">
          What importing <span className="font-medium text-slate-800">{sourceName}</span> changes in{' '}
          <span className="font-medium text-slate-800">{brandName}</span>, as it is now.
        </p>
      </div>
      {state.data && (
        <Button
          size="sm"
          variant="ghost"
          icon={<RefreshIcon className="size-3.5" />}
          pending={state.isFetching}
          disabled={applying}
          onClick={() => void state.refetch()}
        >
          Read the brand again
        </Button>
      )}
    </div>
  );

  if (state.isError)
    return (
      <section aria-label="Plan" className="space-y-4">
        {header}
        <ErrorState
          title="Couldn't read the brand to plan the import"
          error={state.error}
          onRetry={() => void state.refetch()}
          retrying={state.isFetching}
        />
      </section>
    );
  if (!plan)
    return (
      <section aria-label="Plan" className="space-y-4">
        {header}
        <TableSkeleton rows={4} columns={4} label="Reading the brand to plan the import" />
      </section>
    );

  const blockers = planBlockers(plan, secrets);
  const missingTemplates = plan.problems;
  return (
    <section aria-label="Plan" className="space-y-4">
      {header}
      {apply.data && <ApplyResultView result={apply.data} />}
      {apply.isError && (
        <InlineError>The import couldn&apos;t run: {describeError(apply.error).detail}</InlineError>
      )}
      {applying && <ApplyProgress progress={progress} />}
      <div className="flex flex-wrap items-center justify-between gap-x-6 gap-y-3 rounded-lg border border-slate-200 bg-white px-4 py-3 shadow-xs">
        <PlanCounts plan={plan} />
        <div className="flex flex-wrap items-center gap-4">
          <CheckboxField
            label="Delete customizations not in the bundle (prune)"
            checked={prune}
            disabled={applying}
            onChange={(e) => setPrune(e.target.checked)}
          />
          <Button
            variant="primary"
            disabled={plan.changeCount === 0 || blockers.length > 0}
            pending={applying}
            onClick={() => setConfirming(true)}
            title={blockers.length > 0 ? blockers.join(' ') : undefined}
          >
            {plan.changeCount === 0 ? 'Nothing to apply' : `Apply ${plural(plan.changeCount, 'change')}`}
          </Button>
        </div>
      </div>
      {missingTemplates.length > 0 && (
        <InlineError>
          {missingTemplates.join(' ')} Remove {missingTemplates.length === 1 ? 'it' : 'them'} from the bundle
          to import the rest.
        </InlineError>
      )}
      {plan.changeCount === 0 && missingTemplates.length === 0 ? (
        <EmptyState
          icon={<CheckIcon className="size-6" />}
          title="Nothing to change"
          description={`${brandName} already has everything this bundle holds.${
            prune ? '' : ' Customizations it doesn’t list are kept; tick prune to delete them.'
          }`}
        />
      ) : (
        <PlanList
          plan={plan}
          secrets={secrets}
          onSecret={(alias, value) => setSecrets((all) => ({ ...all, [alias]: value }))}
          disabled={applying}
        />
      )}
      <ConfirmApply
        plan={plan}
        brandName={brandName}
        open={confirming}
        onClose={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          apply.mutate({ plan, secrets });
        }}
      />
    </section>
  );
}
