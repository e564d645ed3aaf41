import type { RecipientsValue } from '../templates/catalog';
import {
  byCodeUnits,
  DEFAULT_RECIPIENTS,
  EMAIL_SERVER_FIELDS,
  pickEmailServerFields,
  type Bundle,
  type BundleCustomization,
  type BundleEmailServer,
  type BundleTemplate,
} from './bundle';
import type { CustomizationInput, CustomizationRecord, EmailServerRecord } from './client';
import type { BrandState, TemplateState } from './state';
import { unifiedDiff } from './unified-diff';

/**
 * The planner: what importing a bundle into a brand changes, per template × language, and the order of API
 * calls that gets there without ever meeting Okta's default-customization rules (E0000182–E0000185).
 *
 * What a bundle means: a template it lists has those languages with that content, one of them the default, and
 * those recipients (the default, `ALL_USERS`, when it says none). Customizations of languages (and templates) it
 * doesn't list are kept, unless `prune`: then they are deleted and unlisted templates' recipients reset.
 * SMTP servers, when the bundle has them, are created or updated by alias; an import never deletes one.
 */

export type ChangeKind = 'create' | 'replace' | 'delete' | 'unchanged';

export interface CustomizationChange {
  type: 'customization';
  kind: ChangeKind;
  template: string;
  language: string;
  current?: CustomizationRecord;
  desired?: BundleCustomization;
  /** Unified diffs, current → bundle ('' when that part stays the same). */
  subjectDiff: string;
  bodyDiff: string;
  /** The default flag moves to (`gains`) or away from (`loses`) this customization. */
  defaultChange?: 'gains' | 'loses';
  /** Not in the bundle, and left as it is (no prune). */
  kept?: boolean;
}

export interface SettingsChange {
  type: 'settings';
  kind: 'replace';
  template: string;
  current: RecipientsValue;
  desired: RecipientsValue;
}

export interface EmailServerChange {
  type: 'emailServer';
  kind: 'create' | 'replace' | 'unchanged';
  alias: string;
  current?: EmailServerRecord;
  desired: BundleEmailServer;
  /** The fields that differ (all of them for a create). */
  fields: string[];
}

export type Change = CustomizationChange | SettingsChange | EmailServerChange;

/** One API call of the run, with the changes it carries out. */
export type Operation =
  | { kind: 'create'; template: string; language: string; input: CustomizationInput; changes: Change[] }
  | {
      kind: 'replace';
      template: string;
      language: string;
      /** Undefined when the customization is created earlier in the same run. */
      id: string | undefined;
      input: CustomizationInput;
      /** This call only moves the default onto a customization just created. */
      makesDefault?: boolean;
      changes: Change[];
    }
  | { kind: 'delete'; template: string; language: string; id: string; changes: Change[] }
  | { kind: 'deleteAll'; template: string; languages: string[]; changes: Change[] }
  | { kind: 'settings'; template: string; recipients: RecipientsValue; changes: Change[] }
  | { kind: 'createEmailServer'; alias: string; input: BundleEmailServer; changes: Change[] }
  | {
      kind: 'updateEmailServer';
      alias: string;
      id: string;
      patch: Record<string, unknown>;
      changes: Change[];
    };

export interface TemplatePlan {
  template: string;
  changes: (CustomizationChange | SettingsChange)[];
}

export interface Plan {
  templates: TemplatePlan[];
  emailServers: EmailServerChange[];
  /** The API calls, in the order they must run. */
  operations: Operation[];
  counts: Record<ChangeKind, number>;
  /** Creates, replaces and deletes (settings and SMTP servers included). */
  changeCount: number;
  /** Why the plan can't run as it is (e.g. a template the target org doesn't have). */
  problems: string[];
  /** New SMTP servers, by alias: the org needs their secret, which a bundle never carries. */
  secretsNeeded: { alias: string; field: SecretField }[];
}

export type SecretField = 'password' | 'clientSecret' | 'privateKey';

/** The write-only field an SMTP server of this kind can't be created without. */
export function secretFieldFor(authType: string | undefined): SecretField {
  if (authType === 'OAUTH2_CLIENT_CREDENTIALS') return 'clientSecret';
  if (authType === 'OAUTH2_JWT_BEARER_GRANT') return 'privateKey';
  return 'password';
}

const label = (template: string, language: string, side: 'current' | 'bundle', part: string) =>
  `${template}/${language}/${part} (${side})`;

function customizationChange(
  template: string,
  current: CustomizationRecord | undefined,
  desired: BundleCustomization | undefined,
  kind: ChangeKind,
  extra: Partial<CustomizationChange> = {},
): CustomizationChange {
  const language = (desired ?? current)!.language;
  // A subject is one line: diffed as a line, without "\ No newline at end of file" on both sides.
  const text = (c: { subject: string; body: string } | undefined, part: 'subject' | 'body') =>
    c === undefined ? '' : part === 'subject' ? `${c.subject}\n` : c.body;
  const diff = (part: 'subject' | 'body') =>
    kind === 'unchanged'
      ? ''
      : unifiedDiff(text(current, part), text(desired, part), {
          oldLabel: current ? label(template, language, 'current', part) : '/dev/null',
          newLabel: desired ? label(template, language, 'bundle', part) : '/dev/null',
        });
  return {
    type: 'customization',
    kind,
    template,
    language,
    ...(current ? { current } : {}),
    ...(desired ? { desired } : {}),
    subjectDiff: diff('subject'),
    bodyDiff: diff('body'),
    ...extra,
  };
}

/** Changes and ordered calls for one template. */
function planTemplate(
  name: string,
  current: TemplateState,
  desired: BundleTemplate | undefined,
  prune: boolean,
): { plan: TemplatePlan; operations: Operation[] } {
  const changes: (CustomizationChange | SettingsChange)[] = [];
  const operations: Operation[] = [];
  const existing = new Map(current.customizations.map((c) => [c.language, c]));
  const wanted = desired
    ? [...desired.customizations].sort((a, b) => byCodeUnits(a.language, b.language))
    : [];
  const listed = new Set(wanted.map((c) => c.language));

  // What each listed language needs.
  for (const d of wanted) {
    const c = existing.get(d.language);
    if (!c) {
      changes.push(customizationChange(name, undefined, d, 'create'));
      continue;
    }
    const sameContent = c.subject === d.subject && c.body === d.body;
    if (sameContent && c.isDefault === d.isDefault) {
      changes.push(customizationChange(name, c, d, 'unchanged'));
    } else if (sameContent && c.isDefault) {
      // Only the flag differs, and it leaves by itself when the new default takes it.
      changes.push(customizationChange(name, c, d, 'unchanged', { defaultChange: 'loses' }));
    } else {
      const defaultChange = c.isDefault === d.isDefault ? undefined : d.isDefault ? 'gains' : 'loses';
      changes.push(customizationChange(name, c, d, 'replace', defaultChange ? { defaultChange } : {}));
    }
  }
  // Languages the bundle doesn't list.
  const newDefault = wanted.find((d) => d.isDefault);
  for (const c of [...current.customizations].sort((a, b) => byCodeUnits(a.language, b.language))) {
    if (listed.has(c.language)) continue;
    if (prune) changes.push(customizationChange(name, c, undefined, 'delete'));
    else
      changes.push(
        customizationChange(name, c, undefined, 'unchanged', {
          kept: true,
          ...(c.isDefault && newDefault ? { defaultChange: 'loses' as const } : {}),
        }),
      );
  }

  const changeOf = (language: string) =>
    changes.find((ch): ch is CustomizationChange => ch.type === 'customization' && ch.language === language)!;
  const inputOf = (d: BundleCustomization, isDefault: boolean): CustomizationInput => ({
    language: d.language,
    subject: d.subject,
    body: d.body,
    isDefault,
  });

  // 1. The new default first: a replace with isDefault:true moves the flag (never E0000182 or E0000185).
  if (newDefault) {
    const change = changeOf(newDefault.language);
    if (change.kind === 'replace') {
      operations.push({
        kind: 'replace',
        template: name,
        language: newDefault.language,
        id: change.current!.id,
        input: inputOf(newDefault, true),
        changes: [change],
      });
    } else if (change.kind === 'create' && current.customizations.length === 0) {
      // The first customization of a template is the default anyway.
      operations.push({
        kind: 'create',
        template: name,
        language: newDefault.language,
        input: inputOf(newDefault, true),
        changes: [change],
      });
    } else if (change.kind === 'create') {
      // A create can't take the default from an existing one (E0000182): create, then move the flag.
      operations.push({
        kind: 'create',
        template: name,
        language: newDefault.language,
        input: inputOf(newDefault, false),
        changes: [change],
      });
      operations.push({
        kind: 'replace',
        template: name,
        language: newDefault.language,
        id: undefined,
        input: inputOf(newDefault, true),
        makesDefault: true,
        changes: [change],
      });
    }
  }
  // 2. The other listed languages, as non-defaults (the default has already moved, so no E0000185).
  for (const d of wanted) {
    if (d === newDefault) continue;
    const change = changeOf(d.language);
    if (change.kind === 'create') {
      operations.push({
        kind: 'create',
        template: name,
        language: d.language,
        input: inputOf(d, false),
        changes: [change],
      });
    } else if (change.kind === 'replace') {
      operations.push({
        kind: 'replace',
        template: name,
        language: d.language,
        id: change.current!.id,
        input: inputOf(d, false),
        changes: [change],
      });
    }
  }
  // 3. Deletes last, when the default is one that stays (never E0000184); all of them at once with delete-all.
  const deletes = changes.filter((ch): ch is CustomizationChange => ch.kind === 'delete');
  if (deletes.length > 0 && wanted.length === 0) {
    operations.push({
      kind: 'deleteAll',
      template: name,
      languages: deletes.map((d) => d.language),
      changes: deletes,
    });
  } else {
    for (const change of deletes) {
      operations.push({
        kind: 'delete',
        template: name,
        language: change.language,
        id: change.current!.id,
        changes: [change],
      });
    }
  }
  // 4. Recipients: as listed (the default when the entry names none); reset for unlisted templates on prune.
  const recipients = desired
    ? (desired.recipients ?? DEFAULT_RECIPIENTS)
    : prune
      ? DEFAULT_RECIPIENTS
      : undefined;
  if (recipients && recipients !== current.recipients) {
    const change: SettingsChange = {
      type: 'settings',
      kind: 'replace',
      template: name,
      current: current.recipients,
      desired: recipients,
    };
    changes.push(change);
    operations.push({ kind: 'settings', template: name, recipients, changes: [change] });
  }
  return { plan: { template: name, changes }, operations };
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

function planEmailServers(
  desired: BundleEmailServer[],
  current: EmailServerRecord[],
): { changes: EmailServerChange[]; operations: Operation[] } {
  const changes: EmailServerChange[] = [];
  const operations: Operation[] = [];
  const byAlias = new Map<string, EmailServerRecord>();
  for (const server of current) if (!byAlias.has(server.alias)) byAlias.set(server.alias, server);
  for (const d of [...desired].sort((a, b) => byCodeUnits(a.alias, b.alias))) {
    const c = byAlias.get(d.alias);
    if (!c) {
      const change: EmailServerChange = {
        type: 'emailServer',
        kind: 'create',
        alias: d.alias,
        desired: d,
        fields: Object.keys(d),
      };
      changes.push(change);
      operations.push({ kind: 'createEmailServer', alias: d.alias, input: d, changes: [change] });
      continue;
    }
    const now = pickEmailServerFields(c);
    const fields = EMAIL_SERVER_FIELDS.filter(
      (f) => f !== 'alias' && !sameValue(now[f], d[f]) && d[f] !== undefined,
    );
    const change: EmailServerChange = {
      type: 'emailServer',
      kind: fields.length > 0 ? 'replace' : 'unchanged',
      alias: d.alias,
      current: c,
      desired: d,
      fields: [...fields],
    };
    changes.push(change);
    if (fields.length > 0) {
      const patch = Object.fromEntries(fields.map((f) => [f, d[f]]));
      operations.push({ kind: 'updateEmailServer', alias: d.alias, id: c.id, patch, changes: [change] });
    }
  }
  return { changes, operations };
}

/** What importing `bundle` into a brand in `state` does. Pure: same inputs, same plan. */
export function planImport(state: BrandState, bundle: Bundle, options: { prune?: boolean } = {}): Plan {
  const prune = options.prune ?? false;
  const problems: string[] = [];
  const currentByName = new Map(state.templates.map((t) => [t.name, t]));
  const desiredByName = new Map(bundle.templates.map((t) => [t.name, t]));
  const names = new Set(bundle.templates.map((t) => t.name));
  if (prune) for (const t of state.templates) names.add(t.name);

  const templates: TemplatePlan[] = [];
  const operations: Operation[] = [];
  for (const name of [...names].sort(byCodeUnits)) {
    const current = currentByName.get(name);
    if (!current) {
      problems.push(`The target org has no email template called ${name}.`);
      continue;
    }
    const result = planTemplate(name, current, desiredByName.get(name), prune);
    if (result.plan.changes.length > 0) templates.push(result.plan);
    operations.push(...result.operations);
  }

  let emailServers: EmailServerChange[] = [];
  if (bundle.emailServers) {
    const servers = planEmailServers(bundle.emailServers, state.emailServers ?? []);
    emailServers = servers.changes;
    operations.push(...servers.operations);
  }

  const all: Change[] = [...templates.flatMap((t) => t.changes), ...emailServers];
  const counts: Record<ChangeKind, number> = { create: 0, replace: 0, delete: 0, unchanged: 0 };
  for (const change of all) counts[change.kind]++;
  return {
    templates,
    emailServers,
    operations,
    counts,
    changeCount: counts.create + counts.replace + counts.delete,
    problems,
    secretsNeeded: emailServers
      .filter((s) => s.kind === 'create')
      .map((s) => ({ alias: s.alias, field: secretFieldFor(s.desired.authType) })),
  };
}

/** One line per call, for progress and summaries: `+ create ForgotPassword fr`. */
export function describeOperation(operation: Operation): string {
  switch (operation.kind) {
    case 'create':
      return `+ create ${operation.template} ${operation.language}${operation.input.isDefault ? ' (default)' : ''}`;
    case 'replace':
      return operation.makesDefault
        ? `~ make ${operation.template} ${operation.language} the default`
        : `~ replace ${operation.template} ${operation.language}${operation.input.isDefault ? ' (default)' : ''}`;
    case 'delete':
      return `- delete ${operation.template} ${operation.language}`;
    case 'deleteAll':
      return `- delete all customizations of ${operation.template} (${operation.languages.join(', ')})`;
    case 'settings':
      return `~ recipients of ${operation.template} → ${operation.recipients}`;
    case 'createEmailServer':
      return `+ create SMTP server "${operation.alias}" (disabled)`;
    case 'updateEmailServer':
      return `~ update SMTP server "${operation.alias}" (${Object.keys(operation.patch).join(', ')})`;
  }
}

/** Every change of a plan, in plan order. */
export function planChanges(plan: Plan): Change[] {
  return [...plan.templates.flatMap((t) => t.changes), ...plan.emailServers];
}
