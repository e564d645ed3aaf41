import { sampleTemplateData } from '../templates/catalog';

/** What a render needs to know about the world; the server fills it from the caller, the console from its data panel. */
export interface RenderSubject {
  user: { id?: string; profile: Record<string, unknown>; groups?: string[] };
  org: { name: string; subDomain: string; locale?: string };
  brand: {
    id?: string;
    name?: string;
    locale?: string;
    primaryColor?: string;
    secondaryColor?: string;
    logo?: string;
  };
  /** Absolute base of links in the email (the org's URL). */
  baseUrl: string;
}

/** Okta's default theme colours (the Brands API's Theme defaults). */
export const DEFAULT_THEME = { primaryColor: '#1662dd', secondaryColor: '#ebebed' };

/**
 * The Velocity context Okta gives a template: user, org, brand theme, app, baseURL, plus this template's own
 * variables with realistic sample values. Overrides (e.g. the editor's preview-data panel) win.
 */
export function buildRenderContext(
  templateName: string,
  subject: RenderSubject,
  overrides: Record<string, unknown> = {},
  /** "Now" for sample expiry dates; pass a fixed value for repeatable output. */
  now: number = Date.now(),
): Record<string, unknown> {
  const profile = subject.user.profile;
  const fullName = [profile.firstName, profile.lastName].filter(Boolean).join(' ');
  const base: Record<string, unknown> = {
    user: {
      profile: {
        ...profile,
        fullName: profile.fullName ?? fullName,
        username: profile.username ?? profile.login,
      },
      groups: {
        names: subject.user.groups ?? ['Everyone'],
        ids: (subject.user.groups ?? ['Everyone']).map((_, i) => `00g${i}`),
      },
    },
    org: {
      name: subject.org.name,
      locale: subject.org.locale ?? 'en',
      subDomain: subject.org.subDomain,
      activationTokenExpirationHours: 168,
    },
    brand: {
      theme: {
        logo: subject.brand.logo ?? `${subject.baseUrl}/mailroom-logo.png`,
        primaryColor: subject.brand.primaryColor ?? DEFAULT_THEME.primaryColor,
        secondaryColor: subject.brand.secondaryColor ?? DEFAULT_THEME.secondaryColor,
      },
    },
    app: { id: '0oa1example2app3ID4x5', name: 'mailroom_console', label: 'Mailroom Console' },
    baseURL: subject.baseUrl,
    oktaLogoUrl: `${subject.baseUrl}/mailroom-logo.png`,
    parentLogoUrl: `${subject.baseUrl}/mailroom-logo.png`,
  };
  return deepMerge(deepMerge(base, sampleTemplateData(templateName, now)), overrides);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function deepMerge(
  target: Record<string, unknown>,
  source: Record<string, unknown>,
): Record<string, unknown> {
  const out: Record<string, unknown> = { ...target };
  for (const [key, value] of Object.entries(source)) {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue;
    out[key] =
      isPlainObject(value) && isPlainObject(out[key])
        ? deepMerge(out[key] as Record<string, unknown>, value)
        : value;
  }
  return out;
}
