import type { MailCheckSeverity, MailFinding } from '../../shared/mail-checks/check-mail';
import { Badge, type BadgeTone } from './ui/badge';
import { cn } from './ui/cn';
import { AlertIcon, CheckIcon } from './ui/icons';

const SEVERITY: Record<MailCheckSeverity, { label: string; tone: BadgeTone; bar: string }> = {
  error: { label: 'Error', tone: 'danger', bar: 'border-l-red-500' },
  warning: { label: 'Warning', tone: 'warning', bar: 'border-l-amber-500' },
  info: { label: 'Info', tone: 'accent', bar: 'border-l-indigo-400' },
};

const PART: Record<'subject' | 'html' | 'text', string> = {
  subject: 'Subject',
  html: 'HTML',
  text: 'Text part',
};

/** "3 problems", "1 problem", "no problems": the words behind a count badge. */
export function describeFindingCount(count: number): string {
  return count === 0 ? 'no problems' : `${count} problem${count === 1 ? '' : 's'}`;
}

/**
 * The count beside a "Checks" tab: red when an error stands, amber for warnings, grey otherwise. It is hidden from
 * screen readers: label the tab with {@link describeFindingCount} ("Checks, 3 problems").
 */
export function ChecksCount({ findings }: { findings: readonly MailFinding[] }) {
  const worst = findings.find((f) => f.severity === 'error')
    ? 'error'
    : findings.find((f) => f.severity === 'warning')
      ? 'warning'
      : undefined;
  return (
    <span
      aria-hidden
      className={cn(
        'ml-1.5 inline-flex min-w-5 items-center justify-center rounded-full px-1.5 text-xs leading-5 font-semibold tabular-nums',
        worst === 'error'
          ? 'bg-red-600 text-white'
          : worst === 'warning'
            ? 'bg-amber-400 text-amber-950'
            : 'bg-slate-200 text-slate-700',
      )}
    >
      {findings.length}
    </span>
  );
}

/** The findings of the mail checks, each with why it matters and how to fix it; "No problems found" when clean. */
export function MailChecksList({
  findings,
  rendered = false,
  className,
}: {
  findings: readonly MailFinding[];
  /** A preview: its lines and columns are the rendered HTML's, not the template source's, and it says so. */
  rendered?: boolean;
  className?: string;
}) {
  if (findings.length === 0)
    return (
      <div
        className={cn(
          'flex flex-col items-center rounded-lg border border-dashed border-slate-300 bg-white px-6 py-10 text-center',
          className,
        )}
      >
        <div className="mb-3 rounded-full bg-emerald-50 p-3 text-emerald-700">
          <CheckIcon className="size-5" />
        </div>
        <h3 className="text-base font-semibold text-slate-900">No problems found</h3>
        <p className="mt-1 max-w-md text-sm text-slate-600">
          Links, images, size, the subject, the plain-text part and template references all look right.
        </p>
      </div>
    );
  return (
    <ul aria-label="Mail check findings" className={cn('@container space-y-3', className)}>
      {findings.map((finding, index) => {
        const severity = SEVERITY[finding.severity];
        const where = finding.location;
        return (
          <li
            key={`${finding.id}-${where?.part ?? ''}-${where?.offset ?? index}-${index}`}
            className={cn(
              'rounded-md border border-l-4 border-slate-200 bg-white px-3 py-2.5 shadow-xs @md:px-4 @md:py-3',
              severity.bar,
            )}
          >
            <div className="flex flex-wrap items-start gap-x-2 gap-y-1">
              <Badge tone={severity.tone}>
                {finding.severity === 'info' ? null : <AlertIcon className="size-3.5" />}
                {severity.label}
              </Badge>
              <p className="min-w-0 flex-1 text-sm font-medium text-slate-900">{finding.message}</p>
            </div>
            {where && (
              <p className="mt-1.5 text-xs text-slate-500">
                {where.part === 'html' && rendered ? 'Rendered HTML' : PART[where.part]}
                {where.line !== undefined && `, line ${where.line}, column ${where.column}`}
                {where.excerpt && (
                  <code className="ml-2 rounded bg-slate-100 px-1 py-0.5 font-mono break-all text-slate-700">
                    {where.excerpt}
                  </code>
                )}
              </p>
            )}
            <dl className="mt-2 grid gap-x-3 gap-y-1 text-sm @md:grid-cols-[7rem_1fr]">
              <dt className="font-medium text-slate-600">Why it matters</dt>
              <dd className="text-slate-700">{finding.why}</dd>
              <dt className="font-medium text-slate-600">How to fix it</dt>
              <dd className="text-slate-700">{finding.fix}</dd>
            </dl>
          </li>
        );
      })}
    </ul>
  );
}
