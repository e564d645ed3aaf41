import { Type, type Static } from 'typebox';
import { Value } from 'typebox/value';
import { RecipientsSchema } from '../okta/email-template';
import { oauthSettingsProperties, SmtpAuthTypeSchema } from '../okta/email-server';
import { findTemplate, type RecipientsValue } from '../templates/catalog';
import { customizationLanguage } from '../templates/languages';
import { validateCustomizationContent } from '../email/validate-customization';

/**
 * A Mailroom bundle: one brand's email customizations, template settings and (optionally) SMTP servers, as a
 * versioned JSON file that moves between orgs. Nothing org-specific (ids, dates, brand) and no secrets, in a
 * fixed order, so a bundle diffs cleanly in git and exporting the same content twice gives the same bytes.
 * The format is documented in docs/transfer.md.
 */

export const BUNDLE_FORMAT = 'mailroom-bundle';
export const BUNDLE_VERSION = 1;
export const DEFAULT_RECIPIENTS: RecipientsValue = 'ALL_USERS';

const strict = { additionalProperties: false } as const;

export const BundleCustomizationSchema = Type.Object(
  {
    language: Type.String(),
    isDefault: Type.Boolean(),
    subject: Type.String(),
    body: Type.String(),
  },
  strict,
);
export type BundleCustomization = Static<typeof BundleCustomizationSchema>;

export const BundleTemplateSchema = Type.Object(
  {
    name: Type.String(),
    /** Omitted when it is Okta's default (`ALL_USERS`). */
    recipients: Type.Optional(RecipientsSchema),
    customizations: Type.Array(BundleCustomizationSchema),
  },
  strict,
);
export type BundleTemplate = Static<typeof BundleTemplateSchema>;

/** The non-secret fields of an SMTP server, in the order a bundle writes them. */
export const EMAIL_SERVER_FIELDS = [
  'alias',
  'host',
  'port',
  'username',
  'authType',
  'clientId',
  'tokenEndpoint',
  'tokenEndpointAuthMethod',
  'scopes',
  'signingAlgorithm',
  'issuer',
  'subject',
  'audience',
] as const;

/** Fields an SMTP server has that a bundle never carries. */
export const SECRET_FIELDS = ['password', 'clientSecret', 'privateKey'] as const;

export const BundleEmailServerSchema = Type.Object(
  {
    alias: Type.String({ minLength: 1, maxLength: 255 }),
    host: Type.String({ minLength: 1, maxLength: 255 }),
    port: Type.Integer({ minimum: 1, maximum: 65535 }),
    username: Type.String({ maxLength: 255 }),
    authType: SmtpAuthTypeSchema,
    ...oauthSettingsProperties,
  },
  strict,
);
export type BundleEmailServer = Static<typeof BundleEmailServerSchema>;

export const BundleSchema = Type.Object(
  {
    format: Type.Literal(BUNDLE_FORMAT),
    version: Type.Literal(BUNDLE_VERSION),
    templates: Type.Array(BundleTemplateSchema),
    /** Present only when the export included SMTP servers; absent means "leave the target's servers alone". */
    emailServers: Type.Optional(Type.Array(BundleEmailServerSchema)),
  },
  strict,
);
export type Bundle = Static<typeof BundleSchema>;

// ---- Writing ---------------------------------------------------------------------------------------------

/** Code-unit order: the same on every machine and locale (localeCompare is not). */
export const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The bundle in its one canonical form: keys in a fixed order, templates by name, languages by tag, servers
 * by alias, `recipients` only when not the default, 2-space JSON and a trailing newline.
 */
export function serializeBundle(bundle: Bundle): string {
  const canonical: Bundle = {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    templates: [...bundle.templates]
      .sort((a, b) => byCodeUnits(a.name, b.name))
      .map((t) => ({
        name: t.name,
        ...(t.recipients && t.recipients !== DEFAULT_RECIPIENTS ? { recipients: t.recipients } : {}),
        customizations: [...t.customizations]
          .sort((a, b) => byCodeUnits(a.language, b.language))
          .map((c) => ({ language: c.language, isDefault: c.isDefault, subject: c.subject, body: c.body })),
      })),
  };
  if (bundle.emailServers) {
    canonical.emailServers = [...bundle.emailServers]
      .sort((a, b) => byCodeUnits(a.alias, b.alias))
      .map((server) => pickEmailServerFields(server));
  }
  return JSON.stringify(canonical, null, 2) + '\n';
}

/** The non-secret fields of a server, in bundle order; absent or null optional fields are left out. */
export function pickEmailServerFields(server: Record<string, unknown>): BundleEmailServer {
  const picked: Record<string, unknown> = {};
  for (const field of EMAIL_SERVER_FIELDS) {
    const value = server[field];
    if (value === undefined || value === null) continue;
    picked[field] = Array.isArray(value) ? [...value] : value;
  }
  picked.authType ??= 'BASIC_SMTP_AUTH';
  return picked as BundleEmailServer;
}

// ---- Reading ---------------------------------------------------------------------------------------------

/** One problem with a bundle: which entry (a JSON path plus its template/language when known) and what. */
export interface BundleProblem {
  entry: string;
  message: string;
}

export type ParseResult = { ok: true; bundle: Bundle } | { ok: false; problems: BundleProblem[] };

/** `"path (names)"` for an entry, e.g. `templates[2].customizations[0] (ForgotPassword, fr)`. */
function entryName(data: unknown, path: (string | number)[]): string {
  if (path.length === 0) return 'bundle';
  let node: unknown = data;
  const names: string[] = [];
  let text = '';
  for (const part of path) {
    text += typeof part === 'number' ? `[${part}]` : text ? `.${part}` : part;
    node = (node as Record<string | number, unknown> | undefined)?.[part];
    if (typeof part !== 'number') continue;
    const named = node as { name?: unknown; language?: unknown; alias?: unknown } | undefined;
    const name = named?.name ?? named?.language ?? named?.alias;
    if (typeof name === 'string' && name.length <= 80) names.push(name);
  }
  return names.length > 0 ? `${text} (${names.join(', ')})` : text;
}

/** The entry an instance path belongs to: a customization, a template, a server, or the bundle itself. */
function entryPath(instancePath: string): { path: (string | number)[]; field: string | undefined } {
  const parts = instancePath
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
  const shapes: (string | number)[][] = [];
  if (parts[0] === 'templates' && typeof parts[1] === 'number') {
    if (parts[2] === 'customizations' && typeof parts[3] === 'number') shapes.push(parts.slice(0, 4));
    shapes.push(parts.slice(0, 2));
  }
  if (parts[0] === 'emailServers' && typeof parts[1] === 'number') shapes.push(parts.slice(0, 2));
  const path = shapes.find((shape) => shape.length <= parts.length) ?? [];
  const rest = parts.slice(path.length);
  return { path, field: rest.length > 0 ? rest.join('.') : undefined };
}

const ENTRY_KINDS = ['a bundle', 'a template', 'an SMTP server', 'a customization'];

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  integer: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
};

interface SchemaError {
  keyword: string;
  instancePath: string;
  params: Record<string, unknown>;
  message: string;
}

/** TypeBox's errors in plain words, at most one per entry (the first is the one to fix first). */
function structuralProblems(data: unknown): BundleProblem[] {
  const errors = [...Value.Errors(BundleSchema, data)] as unknown as SchemaError[];
  const byEntry = new Map<string, string>();
  for (const error of errors) {
    const { path, field } = entryPath(error.instancePath);
    const entry = entryName(data, path);
    if (byEntry.has(entry)) continue;
    const quoted = field ? `"${field}"` : 'It';
    let message: string | undefined;
    switch (error.keyword) {
      case 'required':
        message = `"${(error.params.requiredProperties as string[]).join('", "')}" is missing.`;
        break;
      case 'additionalProperties': {
        const extra = (error.params.additionalProperties as string[])[0];
        message = (SECRET_FIELDS as readonly string[]).includes(extra)
          ? `"${extra}" is a secret, and bundles never carry secrets. Remove it; you give the password when you import.`
          : `"${extra}" is not a field of ${ENTRY_KINDS[path.length === 4 ? 3 : path.length === 0 ? 0 : path[0] === 'templates' ? 1 : 2]}.`;
        break;
      }
      case 'type':
        message = `${quoted} must be ${TYPE_WORDS[error.params.type as string] ?? error.params.type}.`;
        break;
      case 'anyOf': {
        const allowed = errors
          .filter((e) => e.instancePath === error.instancePath && e.keyword === 'const')
          .map((e) => `"${String(e.params.allowedValue)}"`);
        message = `${quoted} must be one of ${allowed.join(', ')}.`;
        break;
      }
      case 'const':
      case 'boolean':
        // Reported through their `anyOf` / `additionalProperties` errors.
        break;
      default:
        message = `${quoted} ${error.message}.`;
    }
    if (message) byEntry.set(entry, message);
  }
  return [...byEntry].map(([entry, message]) => ({ entry, message }));
}

/**
 * Reads a bundle file: JSON, the format and version, the structure, then Okta's rules for each entry (known
 * templates, supported languages, content rules, one customization per language and exactly one default per
 * template, allowed recipients, one server per alias). Every bad entry gets one problem naming it.
 */
export function parseBundle(text: string): ParseResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      problems: [{ entry: 'file', message: `This is not JSON: ${(error as Error).message}` }],
    };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, problems: [{ entry: 'file', message: 'A bundle is a JSON object; this is not.' }] };
  }
  const head = data as { format?: unknown; version?: unknown };
  if (head.format !== BUNDLE_FORMAT) {
    return {
      ok: false,
      problems: [
        {
          entry: 'bundle',
          message: `This is not a Mailroom bundle: "format" must be "${BUNDLE_FORMAT}"${head.format === undefined ? ', and it is missing' : `, not ${JSON.stringify(head.format)}`}.`,
        },
      ],
    };
  }
  if (head.version !== BUNDLE_VERSION) {
    const newer = typeof head.version === 'number' && head.version > BUNDLE_VERSION;
    return {
      ok: false,
      problems: [
        {
          entry: 'bundle',
          message: newer
            ? `This bundle is version ${head.version}, made by a newer Mailroom; this one reads version ${BUNDLE_VERSION}.`
            : `"version" must be ${BUNDLE_VERSION}, not ${JSON.stringify(head.version)}.`,
        },
      ],
    };
  }
  const structural = structuralProblems(data);
  if (structural.length > 0) return { ok: false, problems: structural };

  const bundle = data as Bundle;
  const problems: BundleProblem[] = [];
  const report = (path: (string | number)[], message: string) =>
    problems.push({ entry: entryName(data, path), message });
  const templateIndex = new Map<string, number>();
  bundle.templates.forEach((template, t) => {
    const definition = findTemplate(template.name);
    if (!definition) {
      report(['templates', t], `"${template.name}" is not one of Okta's email templates.`);
      return;
    }
    const first = templateIndex.get(template.name);
    if (first !== undefined) {
      report(['templates', t], `${template.name} is in the bundle twice (also templates[${first}]).`);
      return;
    }
    templateIndex.set(template.name, t);
    if (template.recipients && !definition.allowedRecipients.includes(template.recipients)) {
      report(
        ['templates', t],
        `${template.name} can't be sent to ${template.recipients}; it allows ${definition.allowedRecipients.join(', ')}.`,
      );
    }
    const languages = new Map<string, number>();
    template.customizations.forEach((customization, c) => {
      const at = ['templates', t, 'customizations', c];
      // Any well-formed BCP 47 tag: a custom locale (`fr-CA`) exported from an org with custom languages on
      // imports into one that has them too; an org without them refuses it when the plan applies (E0000001).
      const language = customizationLanguage(customization.language);
      if (!language) {
        report(at, `"${customization.language}" is not a BCP 47 language tag.`);
        return;
      }
      const seen = languages.get(language.toLowerCase());
      if (seen !== undefined) {
        report(
          at,
          `${template.name} has two ${language} customizations (also customizations[${seen}]); keep one.`,
        );
        return;
      }
      languages.set(language.toLowerCase(), c);
      // The same rules, in the same words, as the API and the editor.
      const content = validateCustomizationContent(template.name, customization);
      const fields = Object.keys(content);
      if (fields.length > 0) report(at, fields.map((field) => `${field}: ${content[field]}`).join(' '));
    });
    const defaults = template.customizations.filter((c) => c.isDefault).length;
    if (template.customizations.length > 0 && defaults !== 1) {
      report(
        ['templates', t],
        defaults === 0
          ? `${template.name} has no default customization; mark exactly one with "isDefault": true.`
          : `${template.name} has ${defaults} default customizations; exactly one may have "isDefault": true.`,
      );
    }
  });
  const aliases = new Map<string, number>();
  bundle.emailServers?.forEach((server, s) => {
    const seen = aliases.get(server.alias);
    if (seen !== undefined) {
      report(
        ['emailServers', s],
        `Two SMTP servers are called "${server.alias}" (also emailServers[${seen}]).`,
      );
    } else aliases.set(server.alias, s);
  });
  if (problems.length > 0) return { ok: false, problems };

  // Normalise what Okta would (`pt-br` → `pt-BR`, `fr-ca` → `fr-CA`), so plans compare like with like.
  for (const template of bundle.templates) {
    for (const customization of template.customizations) {
      customization.language = customizationLanguage(customization.language)!;
    }
  }
  return { ok: true, bundle };
}
