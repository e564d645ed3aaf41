import { describe, expect, it } from 'vitest';
import {
  readBrand,
  readCustomization,
  readCustomizationList,
  readDefaultContent,
  readEmailServer,
  readEmailServerList,
  readEmailSettings,
  readEmailTemplate,
  readOrg,
  readUser,
  UnexpectedShapeError,
} from './read';

// Documented shapes are the spec's examples (docs/okta/API-REFERENCE.md §2.3, §3.2, §4.2, §4.3); live ones are the recorded
// answers of §2.6 and §5.1.
const documentedServer = {
  id: 'ces7n3u7sSohfoaou0g1',
  alias: 'CustomServer1',
  enabled: true,
  authType: 'BASIC_SMTP_AUTH',
  host: 'smtp.example.com',
  port: 587,
  username: 'user@example.com',
};
const liveServer = {
  alias: 'CustomServer1',
  host: 'smtp.example.com',
  port: 587,
  id: 'ces7n3u7sSohfoaou0g1',
  username: 'user@example.com',
  enabled: true,
};

describe('email servers', () => {
  it('reads the documented wrapper and the live bare array as the same list', () => {
    const documented = readEmailServerList({ 'email-servers': [documentedServer] });
    const live = readEmailServerList([liveServer]);
    expect(live).toEqual(documented);
    expect(live[0]).toMatchObject({ id: 'ces7n3u7sSohfoaou0g1', authType: 'BASIC_SMTP_AUTH', port: 587 });
  });

  it('keeps fields it does not know and the OAuth parts', () => {
    const server = readEmailServer({
      ...documentedServer,
      authType: 'OAUTH2_CLIENT_CREDENTIALS',
      clientId: 'abc',
      scopes: ['mail.send'],
      somethingNew: { nested: 1 },
    });
    expect(server).toMatchObject({
      authType: 'OAUTH2_CLIENT_CREDENTIALS',
      clientId: 'abc',
      somethingNew: { nested: 1 },
    });
  });

  it('fills what is missing instead of crashing, and refuses what is not a server', () => {
    expect(readEmailServer({ id: 'ces1' })).toEqual({
      id: 'ces1',
      alias: 'ces1',
      authType: 'BASIC_SMTP_AUTH',
      enabled: false,
      host: '',
      port: 0,
      username: '',
    });
    expect(readEmailServer({ ...liveServer, port: '2587' }).port).toBe(2587);
    expect(() => readEmailServerList('<html>Bad gateway</html>')).toThrow(UnexpectedShapeError);
    expect(() => readEmailServerList({ data: [] })).toThrow(/isn't a list of SMTP servers/);
    expect(() => readEmailServer({ alias: 'no id' })).toThrow(/isn't an SMTP server/);
  });
});

describe('templates and customizations', () => {
  const documentedTemplate = {
    name: 'UserActivation',
    _embedded: {
      customizationCount: 0,
      settings: { recipients: 'ALL_USERS', _links: { self: { href: 'https://x/settings' } } },
    },
    _links: { self: { href: 'https://x/UserActivation', hints: { allow: ['GET'] } } },
  };

  it('reads a template with and without _embedded (it only comes with expand)', () => {
    expect(readEmailTemplate(documentedTemplate)._embedded).toMatchObject({
      customizationCount: 0,
      settings: { recipients: 'ALL_USERS' },
    });
    const bare = readEmailTemplate({ name: 'ForgotPassword' });
    expect(bare._embedded).toBeUndefined();
    expect(bare._links).toEqual({});
  });

  it('reads the documented customization and the live one (with a settings link) alike', () => {
    const documented = {
      language: 'en',
      isDefault: true,
      subject: 'Welcome to ${org.name}!',
      body: '<p>${activationLink}</p>',
      id: 'oel11u6DqUiMbQkpl0g4',
      created: '2021-11-09T20:38:10.000Z',
      lastUpdated: '2021-11-11T20:38:10.000Z',
      _links: { self: { href: 'a' }, template: { href: 'b' }, preview: { href: 'c' }, test: { href: 'd' } },
    };
    const live = { ...documented, _links: { ...documented._links, settings: { href: 'e' } } };
    expect(readCustomization(documented)).toEqual(documented);
    expect(readCustomization(live)._links).toHaveProperty('settings');
    expect(readCustomizationList([documented, live])).toHaveLength(2);
  });

  it('treats a missing isDefault as false and a missing body as empty', () => {
    const c = readCustomization({ id: 'oel1', language: 'fr' });
    expect(c).toMatchObject({ isDefault: false, subject: '', body: '', lastUpdated: '' });
  });

  it('reads default content and settings with Okta’s defaults', () => {
    expect(readDefaultContent({ subject: 'S', body: 'B' })).toEqual({ subject: 'S', body: 'B', _links: {} });
    expect(readEmailSettings({}).recipients).toBe('ALL_USERS');
    expect(readEmailSettings({ recipients: 'NO_USERS' }).recipients).toBe('NO_USERS');
  });
});

describe('brand, user and org', () => {
  it('reads the documented brand and a sparse one', () => {
    const brand = readBrand({
      id: 'bnd114iNkrcN6aR680g4',
      name: 'Okta Default',
      isDefault: true,
      locale: 'en',
      emailDomainId: 'OeD114iNkrcN6aR680g4',
      defaultApp: { appInstanceId: '0oa1', appLinkName: null, classicApplicationUri: null },
      _links: { self: { href: 'https://acme.okta.com/api/v1/brands/bnd114iNkrcN6aR680g4' } },
    });
    expect(brand).toMatchObject({ name: 'Okta Default', emailDomainId: 'OeD114iNkrcN6aR680g4' });
    expect(readBrand({ id: 'bnd2' })).toMatchObject({ name: 'bnd2', locale: 'en', isDefault: false });
  });

  it('reads a user whose profile lacks names and an org without optional fields', () => {
    const user = readUser({ id: '00u1', profile: { email: 'ada@example.com', locale: 'en_US' } });
    expect(user.profile).toMatchObject({ firstName: null, login: 'ada@example.com', locale: 'en_US' });
    expect(readOrg({ companyName: 'Acme', subdomain: 'acme' })).toMatchObject({
      companyName: 'Acme',
      id: '',
    });
  });
});
