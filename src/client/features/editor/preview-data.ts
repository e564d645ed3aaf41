// The editor's preview data: the sample user, org and brand, and this template's variables. Only what the admin
// changed is stored (per template, in localStorage); everything else comes from the samples, so a new sample
// value (or another language) shows up unless the admin overrode it.
import { buildRenderContext, DEFAULT_THEME, type RenderSubject } from '../../../shared/email/render-context';
import {
  findTemplate,
  sampleTemplateData,
  TEMPLATE_VARIABLES,
  type TemplateVariable,
} from '../../../shared/templates/catalog';
import { formatValue, lookupPreviewValue } from './language/docs';

export const SUBJECT_FIELDS = [
  { key: 'firstName', label: 'First name', group: 'user' },
  { key: 'lastName', label: 'Last name', group: 'user' },
  { key: 'email', label: 'Email', group: 'user' },
  { key: 'locale', label: 'Locale', group: 'user' },
  { key: 'orgName', label: 'Organization name', group: 'org' },
  { key: 'primaryColor', label: 'Primary colour', group: 'brand' },
  { key: 'secondaryColor', label: 'Secondary colour', group: 'brand' },
  { key: 'logo', label: 'Logo URL', group: 'brand' },
] as const;

export type SubjectField = (typeof SUBJECT_FIELDS)[number]['key'];

/** What the admin changed: sample fields by key, template variables by dotted name. */
export interface PreviewOverrides {
  subject: Partial<Record<SubjectField, string>>;
  variables: Record<string, string>;
}

export const NO_OVERRIDES: PreviewOverrides = { subject: {}, variables: {} };

const storageKey = (templateName: string) => `mailroom.previewData.${templateName}`;

export function loadOverrides(templateName: string): PreviewOverrides {
  try {
    const raw = window.localStorage.getItem(storageKey(templateName));
    if (!raw) return NO_OVERRIDES;
    const parsed = JSON.parse(raw) as Partial<PreviewOverrides>;
    return { subject: strings(parsed.subject), variables: strings(parsed.variables) };
  } catch {
    return NO_OVERRIDES;
  }
}

export function saveOverrides(templateName: string, overrides: PreviewOverrides): void {
  try {
    const empty =
      Object.keys(overrides.subject).length === 0 && Object.keys(overrides.variables).length === 0;
    if (empty) window.localStorage.removeItem(storageKey(templateName));
    else window.localStorage.setItem(storageKey(templateName), JSON.stringify(overrides));
  } catch {
    // Storage full or disabled: the data still applies for this visit.
  }
}

function strings(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (typeof value !== 'object' || value === null) return out;
  for (const [key, item] of Object.entries(value)) {
    if (typeof item === 'string' && key !== '__proto__') out[key] = item;
  }
  return out;
}

/** The template's own variables (catalog order), each with the value the samples give it. */
export function templateVariables(
  templateName: string,
  now: number,
): { variable: TemplateVariable; sample: string }[] {
  const samples = sampleTemplateData(templateName, now);
  return (findTemplate(templateName)?.variables ?? []).map((name) => {
    const found = lookupPreviewValue(samples, name);
    const value = found.found ? found.value : TEMPLATE_VARIABLES[name].example;
    return {
      variable: TEMPLATE_VARIABLES[name],
      sample: Array.isArray(value) ? value.join(', ') : formatValue(value),
    };
  });
}

/** The sample values of the subject fields, before any override. */
export function subjectSamples(base: RenderSubject): Record<SubjectField, string> {
  const profile = base.user.profile;
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  return {
    firstName: text(profile.firstName),
    lastName: text(profile.lastName),
    email: text(profile.email),
    locale: text(profile.locale),
    orgName: base.org.name,
    primaryColor: base.brand.primaryColor ?? DEFAULT_THEME.primaryColor,
    secondaryColor: base.brand.secondaryColor ?? DEFAULT_THEME.secondaryColor,
    logo: base.brand.logo ?? `${base.baseUrl}/mailroom-logo.png`,
  };
}

/** A typed value for a variable from what was typed: lists are comma-separated, numbers stay numbers. */
function typedValue(variable: TemplateVariable | undefined, text: string): unknown {
  if (variable?.type === 'list')
    return text
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean);
  if (variable?.type === 'number' && text.trim() !== '' && Number.isFinite(Number(text))) return Number(text);
  return text;
}

function setPath(target: Record<string, unknown>, path: string, value: unknown) {
  const parts = path.split('.');
  let node = target;
  for (const part of parts.slice(0, -1)) {
    const next = node[part];
    if (typeof next === 'object' && next !== null && !Array.isArray(next))
      node = next as Record<string, unknown>;
    else node = node[part] = {};
  }
  node[parts[parts.length - 1]] = value;
}

/**
 * The render context of the preview: the same builder the server uses (`buildRenderContext`), with the
 * admin's sample changes applied to the subject and the template variables passed as overrides.
 */
export function previewContext(
  templateName: string,
  base: RenderSubject,
  overrides: PreviewOverrides,
  now: number,
): Record<string, unknown> {
  // Only what was changed is applied, so without changes this is exactly the server's context.
  const o = overrides.subject;
  const profile: Record<string, unknown> = { ...base.user.profile };
  for (const key of ['firstName', 'lastName', 'email', 'locale'] as const)
    if (o[key] !== undefined) profile[key] = o[key];
  if (o.firstName !== undefined || o.lastName !== undefined) {
    // The server derives the full name from the same profile; keep it in step with the edited names.
    profile.fullName = [profile.firstName, profile.lastName].filter(Boolean).join(' ');
  }
  const subject: RenderSubject = {
    ...base,
    user: { ...base.user, profile },
    org: { ...base.org, name: o.orgName ?? base.org.name },
    brand: {
      ...base.brand,
      primaryColor: o.primaryColor ?? base.brand.primaryColor,
      secondaryColor: o.secondaryColor ?? base.brand.secondaryColor,
      logo: o.logo ?? base.brand.logo,
    },
  };
  const variables: Record<string, unknown> = {};
  for (const [name, text] of Object.entries(overrides.variables)) {
    if (
      name.split('.').some((part) => part === '__proto__' || part === 'constructor' || part === 'prototype')
    )
      continue;
    setPath(variables, name, typedValue(TEMPLATE_VARIABLES[name], text));
  }
  return buildRenderContext(templateName, subject, variables, now);
}
