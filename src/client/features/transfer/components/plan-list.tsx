import { lazy, Suspense, useState } from 'react';
import { findTemplate } from '../../../../shared/templates/catalog';
import { languageName } from '../../../../shared/templates/languages';
import type {
  ChangeKind,
  CustomizationChange,
  EmailServerChange,
  Plan,
  SettingsChange,
  TemplatePlan,
} from '../../../../shared/transfer/plan';
import { Badge, type BadgeTone } from '../../../components/ui/badge';
import { cn } from '../../../components/ui/cn';
import { ChevronRightIcon } from '../../../components/ui/icons';
import { Skeleton } from '../../../components/ui/skeleton';

// Monaco is large: it loads when the first diff is opened, not with the page.
const CustomizationDiff = lazy(() => import('./customization-diff'));

const KIND: Record<ChangeKind, { sign: string; word: string; tone: BadgeTone }> = {
  create: { sign: '+', word: 'Create', tone: 'success' },
  replace: { sign: '~', word: 'Replace', tone: 'warning' },
  delete: { sign: '−', word: 'Delete', tone: 'danger' },
  unchanged: { sign: '=', word: 'Unchanged', tone: 'neutral' },
};

const RECIPIENTS: Record<string, string> = {
  ALL_USERS: 'All users',
  ADMINS_ONLY: 'Admins only',
  NO_USERS: 'Nobody',
};

export function KindBadge({ kind }: { kind: ChangeKind }) {
  const { sign, word, tone } = KIND[kind];
  return (
    <Badge tone={tone} className="w-24 justify-start font-mono">
      <span aria-hidden="true">{sign}</span>
      <span className="font-sans">{word}</span>
    </Badge>
  );
}

/** The counts of a plan, as the row of chips above it. */
export function PlanCounts({ plan }: { plan: Plan }) {
  const items: [ChangeKind, string][] = [
    ['create', 'to create'],
    ['replace', 'to replace'],
    ['delete', 'to delete'],
    ['unchanged', 'unchanged'],
  ];
  return (
    <ul className="flex flex-wrap gap-2" aria-label="Plan counts">
      {items.map(([kind, words]) => (
        <li key={kind}>
          <Badge
            tone={plan.counts[kind] === 0 ? 'neutral' : KIND[kind].tone}
            className="px-2 py-1 text-[13px]"
          >
            <span className="font-mono" aria-hidden="true">
              {KIND[kind].sign}
            </span>
            {plan.counts[kind]} {words}
          </Badge>
        </li>
      ))}
    </ul>
  );
}

function notesOf(change: CustomizationChange): string[] {
  const notes: string[] = [];
  if (change.defaultChange === 'gains' || (change.kind === 'create' && change.desired?.isDefault))
    notes.push('becomes the default');
  if (change.defaultChange === 'loses') notes.push('stops being the default');
  if (change.kept) notes.push('not in the bundle: kept');
  if (change.kind === 'replace') {
    const parts = [change.subjectDiff && 'subject', change.bodyDiff && 'body'].filter(Boolean);
    if (parts.length > 0) notes.push(`${parts.join(' and ')} changed`);
  }
  return notes;
}

function CustomizationRow({ change }: { change: CustomizationChange }) {
  const [open, setOpen] = useState(false);
  const subject = (change.desired ?? change.current)!.subject;
  const expandable = change.kind !== 'unchanged';
  const notes = notesOf(change);
  const panelId = `diff-${change.template}-${change.language}`;
  const row = (
    <>
      <KindBadge kind={change.kind} />
      <span className="w-44 shrink-0 truncate font-medium text-slate-900">
        {languageName(change.language)}{' '}
        <span className="font-normal text-slate-500">({change.language})</span>
      </span>
      <span className="min-w-0 flex-1 truncate text-slate-600" title={subject}>
        {subject}
      </span>
      {notes.length > 0 && (
        <span className="hidden shrink-0 text-xs text-slate-500 sm:inline">{notes.join(' · ')}</span>
      )}
    </>
  );
  if (!expandable) {
    return (
      <li className="flex items-center gap-3 px-4 py-2.5 pl-11 text-sm" data-testid="plan-row">
        {row}
      </li>
    );
  }
  return (
    <li data-testid="plan-row">
      <button
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((v) => !v)}
        aria-label={`${KIND[change.kind].word} ${change.template} ${languageName(change.language)}: ${open ? 'hide' : 'show'} the changes`}
        className="flex w-full items-center gap-3 px-4 py-2.5 text-left text-sm hover:bg-slate-50 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-indigo-600"
      >
        <ChevronRightIcon
          className={cn('size-4 shrink-0 text-slate-400 transition-transform', open && 'rotate-90')}
        />
        {row}
      </button>
      {open && (
        <div id={panelId} className="border-t border-slate-100 bg-slate-50/60 px-4 py-4 sm:pl-11">
          <Suspense
            fallback={
              <div role="status" aria-label="Loading the diff" className="space-y-2">
                <Skeleton className="h-4 w-48" />
                <Skeleton className="h-40" />
              </div>
            }
          >
            <CustomizationDiff change={change} />
          </Suspense>
        </div>
      )}
    </li>
  );
}

function SettingsRow({ change }: { change: SettingsChange }) {
  return (
    <li className="flex items-center gap-3 px-4 py-2.5 pl-11 text-sm" data-testid="plan-row">
      <KindBadge kind="replace" />
      <span className="w-44 shrink-0 font-medium text-slate-900">Recipients</span>
      <span className="min-w-0 flex-1 text-slate-600">
        {RECIPIENTS[change.current] ?? change.current} →{' '}
        <strong>{RECIPIENTS[change.desired] ?? change.desired}</strong>
      </span>
    </li>
  );
}

const visibleChanges = (template: TemplatePlan) =>
  template.changes.filter(
    (c) => c.type === 'settings' || c.kind !== 'unchanged' || c.defaultChange || c.kept,
  );

function TemplateGroup({ template }: { template: TemplatePlan }) {
  const changes = visibleChanges(template);
  const counts = { create: 0, replace: 0, delete: 0, unchanged: 0 };
  for (const c of template.changes) counts[c.kind]++;
  const definition = findTemplate(template.template);
  return (
    <section
      aria-label={definition?.displayName ?? template.template}
      className="overflow-hidden rounded-lg border border-slate-200 bg-white shadow-xs"
    >
      <header className="flex flex-wrap items-baseline gap-x-3 gap-y-1 border-b border-slate-200 bg-slate-50 px-4 py-2.5">
        <h3 className="text-sm font-semibold text-slate-900">
          {definition?.displayName ?? template.template}
        </h3>
        <code className="text-xs text-slate-500">{template.template}</code>
        <span className="ml-auto text-xs text-slate-600">
          {(['create', 'replace', 'delete', 'unchanged'] as const)
            .filter((k) => counts[k] > 0)
            .map((k) => `${counts[k]} ${k === 'unchanged' ? 'unchanged' : `to ${k}`}`)
            .join(' · ')}
        </span>
      </header>
      <ul className="divide-y divide-slate-100">
        {changes.map((change) =>
          change.type === 'settings' ? (
            <SettingsRow key="settings" change={change} />
          ) : (
            <CustomizationRow key={change.language} change={change} />
          ),
        )}
      </ul>
    </section>
  );
}

function EmailServersGroup({
  servers,
  plan,
  secrets,
  onSecret,
  disabled,
}: {
  servers: EmailServerChange[];
  plan: Plan;
  secrets: Record<string, string>;
  onSecret: (alias: string, value: string) => void;
  disabled?: boolean;
}) {
  return (
    <section
      aria-label="SMTP servers"
      className="overflow-hidden rounded-lg border border-slate-200 bg-white shadow-xs"
    >
      <header className="border-b border-slate-200 bg-slate-50 px-4 py-2.5">
        <h3 className="text-sm font-semibold text-slate-900">SMTP servers</h3>
      </header>
      <ul className="divide-y divide-slate-100">
        {servers.map((server) => {
          const needed = plan.secretsNeeded.find((s) => s.alias === server.alias);
          const secretWord =
            needed?.field === 'clientSecret'
              ? 'Client secret'
              : needed?.field === 'privateKey'
                ? 'Private key'
                : 'Password';
          return (
            <li
              key={server.alias}
              className="flex flex-wrap items-center gap-3 px-4 py-2.5 pl-11 text-sm"
              data-testid="plan-row"
            >
              <KindBadge kind={server.kind} />
              <span className="w-44 shrink-0 truncate font-medium text-slate-900">{server.alias}</span>
              <span className="min-w-0 flex-1 truncate text-slate-600">
                {server.desired.host}:{server.desired.port}
                {server.kind === 'create' && ' · created disabled'}
                {server.kind === 'replace' && ` · ${server.fields.join(', ')}`}
              </span>
              {needed && (
                <label className="flex items-center gap-2 text-xs text-slate-700">
                  {secretWord} for {server.alias}
                  <input
                    type="password"
                    autoComplete="new-password"
                    value={secrets[server.alias] ?? ''}
                    disabled={disabled}
                    onChange={(e) => onSecret(server.alias, e.target.value)}
                    className="w-44 rounded-md border-0 px-2 py-1 text-sm ring-1 ring-slate-300 ring-inset focus:ring-2 focus:ring-indigo-600 focus:outline-none"
                  />
                </label>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** The plan grouped by template, then SMTP servers. */
export function PlanList({
  plan,
  secrets,
  onSecret,
  disabled,
}: {
  plan: Plan;
  secrets: Record<string, string>;
  onSecret: (alias: string, value: string) => void;
  disabled?: boolean;
}) {
  const templates = plan.templates.filter((t) => visibleChanges(t).length > 0);
  const servers = plan.emailServers.filter((s) => s.kind !== 'unchanged');
  return (
    <div className="space-y-3">
      {templates.map((template) => (
        <TemplateGroup key={template.template} template={template} />
      ))}
      {servers.length > 0 && (
        <EmailServersGroup
          servers={servers}
          plan={plan}
          secrets={secrets}
          onSecret={onSecret}
          disabled={disabled}
        />
      )}
    </div>
  );
}
