import type { Brand } from './brand';
import type { EmailServer } from './email-server';
import type {
  EmailCustomization,
  EmailDefaultContent,
  EmailPreview,
  EmailSettingsResponse,
  EmailTemplate,
} from './email-template';
import type { OrgSetting, User } from './user';

/**
 * Reading Okta's answers: one function per resource that accepts both the documented shape and the shapes live
 * Okta is recorded to send (`docs/okta/API-REFERENCE.md` §2.6, §5.1), keeps fields it doesn't know, and fills
 * missing optional ones with what Okta documents as their default, so a page never crashes on an org's answer.
 * `_links` is kept as sent (possibly empty): read links with optional chaining.
 */

type Json = Record<string, unknown>;

/** The answer isn't the resource at all (HTML from a proxy, an error page, `null`): one clear message. */
export class UnexpectedShapeError extends Error {
  constructor(what: string, raw: unknown) {
    super(`The org answered with something that isn't ${what} (${describe(raw)}).`);
    this.name = 'UnexpectedShapeError';
  }
}

function describe(raw: unknown): string {
  if (raw === null) return 'null';
  if (Array.isArray(raw)) return 'a list';
  return typeof raw === 'object' ? 'an object without the expected fields' : `a ${typeof raw}`;
}

const isObject = (raw: unknown): raw is Json =>
  typeof raw === 'object' && raw !== null && !Array.isArray(raw);
const text = (value: unknown, fallback = ''): string =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : fallback;
const bool = (value: unknown, fallback = false): boolean =>
  typeof value === 'boolean' ? value : value === 'true' ? true : value === 'false' ? false : fallback;
const links = (value: unknown) => (isObject(value) ? value : {}) as never;

function object(what: string, raw: unknown, required?: string): Json {
  if (!isObject(raw) || (required !== undefined && typeof raw[required] !== 'string'))
    throw new UnexpectedShapeError(what, raw);
  return raw;
}

function list<T>(what: string, raw: unknown, read: (item: unknown) => T): T[] {
  if (!Array.isArray(raw)) throw new UnexpectedShapeError(what, raw);
  return raw.map(read);
}

/**
 * An SMTP server. Live Okta sends `{alias, host, port, id, username, enabled}` with no `authType` (§5.1);
 * a missing `authType` means basic authentication (§2.3).
 */
export function readEmailServer(raw: unknown): EmailServer {
  const server = object('an SMTP server', raw, 'id');
  const port = typeof server.port === 'number' ? server.port : Number(server.port);
  return {
    ...server,
    id: server.id as string,
    alias: text(server.alias, server.id as string),
    authType: (text(server.authType) || 'BASIC_SMTP_AUTH') as EmailServer['authType'],
    enabled: bool(server.enabled),
    host: text(server.host),
    port: Number.isInteger(port) ? port : 0,
    username: text(server.username),
  };
}

/** The SMTP server list: documented as `{"email-servers": [...]}`, sent by live Okta as a bare array (§2.6). */
export function readEmailServerList(raw: unknown): EmailServer[] {
  const items = isObject(raw) && Array.isArray(raw['email-servers']) ? raw['email-servers'] : raw;
  return list('a list of SMTP servers', items, readEmailServer);
}

/** A template of the catalog; `_embedded` only comes with `expand` (§4.2). */
export function readEmailTemplate(raw: unknown): EmailTemplate {
  const template = object('an email template', raw, 'name');
  const embedded = isObject(template._embedded) ? template._embedded : undefined;
  return {
    ...template,
    name: template.name as string,
    _links: links(template._links),
    ...(embedded
      ? {
          _embedded: {
            ...embedded,
            ...(embedded.settings !== undefined ? { settings: readEmailSettings(embedded.settings) } : {}),
            ...(typeof embedded.customizationCount === 'number'
              ? { customizationCount: embedded.customizationCount }
              : {}),
          },
        }
      : {}),
  } as EmailTemplate;
}

export const readEmailTemplateList = (raw: unknown) =>
  list('a list of email templates', raw, readEmailTemplate);

/** A customization; `isDefault` absent means false, as for every customization but the first (§4.3). */
export function readCustomization(raw: unknown): EmailCustomization {
  const customization = object('an email customization', raw, 'id');
  return {
    ...customization,
    id: customization.id as string,
    language: text(customization.language, 'en'),
    isDefault: bool(customization.isDefault),
    subject: text(customization.subject),
    body: text(customization.body),
    created: text(customization.created),
    lastUpdated: text(customization.lastUpdated, text(customization.created)),
    _links: links(customization._links),
  };
}

export const readCustomizationList = (raw: unknown) =>
  list('a list of email customizations', raw, readCustomization);

export function readDefaultContent(raw: unknown): EmailDefaultContent {
  const content = object('default content', raw);
  return {
    ...content,
    subject: text(content.subject),
    body: text(content.body),
    _links: links(content._links),
  };
}

export function readPreview(raw: unknown): EmailPreview {
  const preview = object('an email preview', raw);
  return {
    ...preview,
    subject: text(preview.subject),
    body: text(preview.body),
    _links: links(preview._links),
  };
}

/** Template settings; `ALL_USERS` is Okta's documented default (§4.5). */
export function readEmailSettings(raw: unknown): EmailSettingsResponse {
  const settings = object('template settings', raw);
  const recipients = text(settings.recipients);
  return {
    ...settings,
    recipients: (['ALL_USERS', 'ADMINS_ONLY', 'NO_USERS'].includes(recipients)
      ? recipients
      : 'ALL_USERS') as EmailSettingsResponse['recipients'],
    _links: links(settings._links),
  };
}

/** A brand (§3.2): `locale` and the flags may be absent on older orgs. */
export function readBrand(raw: unknown): Brand {
  const brand = object('a brand', raw, 'id');
  const app = isObject(brand.defaultApp) ? brand.defaultApp : {};
  const orNull = (value: unknown) => (typeof value === 'string' ? value : null);
  return {
    ...brand,
    id: brand.id as string,
    name: text(brand.name, brand.id as string),
    isDefault: bool(brand.isDefault),
    agreeToCustomPrivacyPolicy: bool(brand.agreeToCustomPrivacyPolicy),
    customPrivacyPolicyUrl: orNull(brand.customPrivacyPolicyUrl),
    removePoweredByOkta: bool(brand.removePoweredByOkta),
    locale: text(brand.locale, 'en'),
    defaultApp: {
      ...app,
      appInstanceId: orNull(app.appInstanceId),
      appLinkName: orNull(app.appLinkName),
      classicApplicationUri: orNull(app.classicApplicationUri),
    },
    _links: links(brand._links),
  };
}

export const readBrandList = (raw: unknown) => list('a list of brands', raw, readBrand);

/** The signed-in user (`/users/me`): profile fields may be null or missing. */
export function readUser(raw: unknown): User {
  const user = object('a user', raw, 'id');
  const profile = isObject(user.profile) ? user.profile : {};
  const orNull = (value: unknown) => (typeof value === 'string' ? value : null);
  return {
    ...user,
    id: user.id as string,
    status: text(user.status, 'ACTIVE'),
    created: text(user.created),
    activated: orNull(user.activated),
    statusChanged: orNull(user.statusChanged),
    lastLogin: orNull(user.lastLogin),
    lastUpdated: text(user.lastUpdated),
    passwordChanged: orNull(user.passwordChanged),
    type: isObject(user.type) ? { ...user.type, id: text(user.type.id) } : { id: '' },
    profile: {
      ...profile,
      firstName: orNull(profile.firstName),
      lastName: orNull(profile.lastName),
      email: text(profile.email),
      login: text(profile.login, text(profile.email)),
    } as User['profile'],
    _links: links(user._links),
  };
}

/** The org's settings (`/org`). */
export function readOrg(raw: unknown): OrgSetting {
  const org = object('org settings', raw);
  return {
    ...org,
    id: text(org.id),
    companyName: text(org.companyName),
    subdomain: text(org.subdomain),
    status: text(org.status, 'ACTIVE'),
    created: text(org.created),
    lastUpdated: text(org.lastUpdated),
    _links: links(org._links),
  };
}
