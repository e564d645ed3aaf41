import type { ApplyResult } from '../../shared/transfer/apply';
import type { Change, CustomizationChange, Plan } from '../../shared/transfer/plan';

/** Plans and results as terminal text; colours only when asked (stdout is a TTY and NO_COLOR is unset). */

const CODES = { red: 31, green: 32, yellow: 33, cyan: 36, dim: 2, bold: 1 } as const;
type Paint = (style: keyof typeof CODES, text: string) => string;

export function painter(color: boolean): Paint {
  return color ? (style, text) => `\u001b[${CODES[style]}m${text}\u001b[0m` : (_style, text) => text;
}

const SIGNS = { create: '+', replace: '~', delete: '-', unchanged: '=' } as const;

function diffLines(diff: string, paint: Paint): string[] {
  return diff
    .replace(/\n$/, '')
    .split('\n')
    .map((line) => {
      const styled = line.startsWith('@@')
        ? paint('cyan', line)
        : line.startsWith('+')
          ? paint('green', line)
          : line.startsWith('-')
            ? paint('red', line)
            : line;
      return `      ${styled}`;
    });
}

function customizationLine(change: CustomizationChange, paint: Paint): string | undefined {
  const notes: string[] = [];
  if (change.defaultChange === 'gains' || (change.kind === 'create' && change.desired?.isDefault))
    notes.push('becomes the default');
  if (change.defaultChange === 'loses') notes.push('stops being the default');
  if (change.kept) notes.push('not in the bundle, kept; --prune deletes it');
  // Unchanged entries are only worth a line when something about them still moves or is kept.
  if (change.kind === 'unchanged' && notes.length === 0) return undefined;
  const color = { create: 'green', replace: 'yellow', delete: 'red', unchanged: 'dim' } as const;
  const head = `  ${SIGNS[change.kind]} ${change.kind} ${change.language}`;
  const subject = change.kind === 'create' ? `: "${change.desired!.subject}"` : '';
  return (
    paint(color[change.kind], head) + subject + (notes.length ? paint('dim', ` (${notes.join('; ')})`) : '')
  );
}

/** The plan: changes per template (diffs of replaced subjects and bodies), SMTP servers, and the counts. */
export function formatPlan(plan: Plan, options: { color: boolean }): string {
  const paint = painter(options.color);
  const lines: string[] = [];
  for (const template of plan.templates) {
    const body: string[] = [];
    for (const change of template.changes) {
      if (change.type === 'settings') {
        body.push(`  ${paint('yellow', '~ recipients')} ${change.current} → ${change.desired}`);
        continue;
      }
      const line = customizationLine(change, paint);
      if (!line) continue;
      body.push(line);
      if (change.kind === 'replace') {
        if (change.subjectDiff) body.push(...diffLines(change.subjectDiff, paint));
        if (change.bodyDiff) body.push(...diffLines(change.bodyDiff, paint));
      }
    }
    if (body.length > 0) lines.push(paint('bold', template.template), ...body);
  }
  const servers = plan.emailServers.filter((s) => s.kind !== 'unchanged');
  if (servers.length > 0) {
    lines.push(paint('bold', 'SMTP servers'));
    for (const s of servers) {
      lines.push(
        s.kind === 'create'
          ? `  ${paint('green', `+ create "${s.alias}"`)} ${s.desired.host}:${s.desired.port} (disabled; needs its ${plan.secretsNeeded.find((n) => n.alias === s.alias)?.field ?? 'password'})`
          : `  ${paint('yellow', `~ update "${s.alias}"`)}: ${s.fields.join(', ')}`,
      );
    }
  }
  if (lines.length > 0) lines.push('');
  lines.push(countsLine(plan));
  return lines.join('\n') + '\n';
}

export function countsLine(plan: Plan): string {
  const { create, replace, delete: remove, unchanged } = plan.counts;
  const n = plan.changeCount;
  return `Plan: ${n} change${n === 1 ? '' : 's'} (${create} to create, ${replace} to replace, ${remove} to delete), ${unchanged} unchanged.`;
}

function changeName(change: Change): string {
  if (change.type === 'customization') return `${change.kind} ${change.template} ${change.language}`;
  if (change.type === 'settings') return `recipients of ${change.template} → ${change.desired}`;
  return `${change.kind === 'create' ? 'create' : 'update'} SMTP server "${change.alias}"`;
}

/** After a run: the summary, and on a failure what was applied, what failed and why, and what never ran. */
export function formatResult(result: ApplyResult, options: { color: boolean }): string {
  const paint = painter(options.color);
  const applied = result.changesApplied.length;
  if (result.ok) {
    return `${paint('green', `Applied ${applied} change${applied === 1 ? '' : 's'}`)}; ${result.unchanged} unchanged.\n`;
  }
  const lines = [
    paint('red', `Stopped: ${result.failed!.label} failed.`),
    `  ${result.failed!.message}`,
    '',
    `Applied before the failure (${applied}):`,
    ...(applied ? result.changesApplied.map((c) => `  ✓ ${changeName(c)}`) : ['  nothing']),
    `Failed (${result.changesFailed.length}):`,
    ...result.changesFailed.map((c) => `  ✗ ${changeName(c)}`),
    `Not applied (${result.changesNotRun.length}):`,
    ...(result.changesNotRun.length
      ? result.changesNotRun.map((c) => `  · ${changeName(c)}`)
      : ['  nothing']),
    '',
    'Fix the cause and run the same import again: it plans from what the org has now, so it continues from here.',
  ];
  return lines.join('\n') + '\n';
}
