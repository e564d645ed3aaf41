import { describe, expect, it } from 'vitest';
import {
  expectOktaResponse,
  findSecretFields,
  oktaOperations,
  oktaSchemaSource,
  validateOktaError,
  validateOktaResponse,
  validateOktaSchema,
} from './okta-schema.js';

const base = 'https://mailroom.example';
const brandId = 'bnd1234567890abcdef';
const link = (path: string) => ({ href: `${base}${path}` });
const templateLinks = (name: string) => `/api/v1/brands/${brandId}/templates/email/${name}`;

const customization = {
  id: 'oel2kk1zYJBJbeaGo0g4',
  language: 'fr',
  subject: 'Bienvenue dans ${org.name}!',
  body: '<html><body><p>${user.profile.firstName}</p></body></html>',
  isDefault: false,
  created: '2021-11-09T20:38:10.000Z',
  lastUpdated: '2021-11-09T20:38:10.000Z',
  _links: {
    self: link(`${templateLinks('UserActivation')}/customizations/oel2kk1zYJBJbeaGo0g4`),
    template: link(templateLinks('UserActivation')),
    preview: link(`${templateLinks('UserActivation')}/customizations/oel2kk1zYJBJbeaGo0g4/preview`),
    test: link(`${templateLinks('UserActivation')}/test`),
  },
};

const settings = {
  recipients: 'ALL_USERS',
  _links: {
    self: link(`${templateLinks('UserActivation')}/settings`),
    template: link(templateLinks('UserActivation')),
  },
};

const template = {
  name: 'UserActivation',
  _embedded: { settings, customizationCount: 1 },
  _links: {
    self: link(templateLinks('UserActivation')),
    settings: link(`${templateLinks('UserActivation')}/settings`),
    defaultContent: link(`${templateLinks('UserActivation')}/default-content`),
    customizations: link(`${templateLinks('UserActivation')}/customizations`),
    test: link(`${templateLinks('UserActivation')}/test`),
  },
};

const brand = {
  id: brandId,
  name: 'Mailroom',
  isDefault: true,
  removePoweredByOkta: false,
  agreeToCustomPrivacyPolicy: false,
  locale: 'en',
  defaultApp: {
    appInstanceId: '0oa1',
    appLinkName: 'mailroom',
    classicApplicationUri: 'https://example.com',
  },
  _links: {
    self: link(`/api/v1/brands/${brandId}`),
    themes: { ...link(`/api/v1/brands/${brandId}/themes`), hints: { allow: ['GET'] } },
  },
};

const emailServer = {
  id: 'smtp1234567890abcdef',
  alias: 'CustomServer1',
  enabled: true,
  authType: 'BASIC_SMTP_AUTH',
  host: '192.168.160.1',
  port: 587,
  username: 'some_user@example.com',
};

const error = {
  errorCode: 'E0000007',
  errorSummary: 'Not found: Resource not found: nope (EmailCustomization)',
  errorLink: 'E0000007',
  errorId: 'oaeXXXXXXXXXXXXXXXXXXXX',
  errorCauses: [{ errorSummary: 'language: Invalid language' }],
};

describe('okta-schemas.json', () => {
  it('records where it came from', () => {
    expect(oktaSchemaSource.file).toBe('management-oneOfInheritance.yaml');
    expect(oktaSchemaSource.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(oktaSchemaSource.infoVersion).toBeTruthy();
  });

  const success: [string, number, string, string][] = [
    ['listEmailServers', 200, 'GET', '/api/v1/email-servers'],
    ['createEmailServer', 201, 'POST', '/api/v1/email-servers'],
    ['getEmailServer', 200, 'GET', '/api/v1/email-servers/{emailServerId}'],
    ['updateEmailServer', 200, 'PATCH', '/api/v1/email-servers/{emailServerId}'],
    ['deleteEmailServer', 204, 'DELETE', '/api/v1/email-servers/{emailServerId}'],
    ['testEmailServer', 204, 'POST', '/api/v1/email-servers/{emailServerId}/test'],
    ['listBrands', 200, 'GET', '/api/v1/brands'],
    ['getBrand', 200, 'GET', '/api/v1/brands/{brandId}'],
    ['createBrand', 201, 'POST', '/api/v1/brands'],
    ['listEmailTemplates', 200, 'GET', '/api/v1/brands/{brandId}/templates/email'],
    ['getEmailTemplate', 200, 'GET', '/api/v1/brands/{brandId}/templates/email/{templateName}'],
    [
      'listEmailCustomizations',
      200,
      'GET',
      '/api/v1/brands/{brandId}/templates/email/{templateName}/customizations',
    ],
    [
      'createEmailCustomization',
      201,
      'POST',
      '/api/v1/brands/{brandId}/templates/email/{templateName}/customizations',
    ],
    [
      'deleteAllCustomizations',
      204,
      'DELETE',
      '/api/v1/brands/{brandId}/templates/email/{templateName}/customizations',
    ],
    [
      'getEmailCustomization',
      200,
      'GET',
      '/api/v1/brands/{brandId}/templates/email/{templateName}/customizations/{customizationId}',
    ],
    [
      'replaceEmailCustomization',
      200,
      'PUT',
      '/api/v1/brands/{brandId}/templates/email/{templateName}/customizations/{customizationId}',
    ],
    [
      'deleteEmailCustomization',
      204,
      'DELETE',
      '/api/v1/brands/{brandId}/templates/email/{templateName}/customizations/{customizationId}',
    ],
    [
      'getCustomizationPreview',
      200,
      'GET',
      '/api/v1/brands/{brandId}/templates/email/{templateName}/customizations/{customizationId}/preview',
    ],
    [
      'getEmailDefaultContent',
      200,
      'GET',
      '/api/v1/brands/{brandId}/templates/email/{templateName}/default-content',
    ],
    [
      'getEmailDefaultPreview',
      200,
      'GET',
      '/api/v1/brands/{brandId}/templates/email/{templateName}/default-content/preview',
    ],
    ['getEmailSettings', 200, 'GET', '/api/v1/brands/{brandId}/templates/email/{templateName}/settings'],
    ['replaceEmailSettings', 200, 'PUT', '/api/v1/brands/{brandId}/templates/email/{templateName}/settings'],
    ['sendTestEmail', 204, 'POST', '/api/v1/brands/{brandId}/templates/email/{templateName}/test'],
    ['getUser', 200, 'GET', '/api/v1/users/{id}'],
    ['updateUser', 200, 'POST', '/api/v1/users/{id}'],
    ['getOrgSettings', 200, 'GET', '/api/v1/org'],
  ];

  it.each(success)('has %s with its success status %i', (operationId, status, method, path) => {
    const operation = oktaOperations[operationId];
    expect(operation).toBeDefined();
    expect(operation.method).toBe(method);
    expect(operation.path).toBe(path);
    expect(Object.keys(operation.responses)).toContain(String(status));
    if (status === 204) expect(operation.responses[String(status)]).toBeNull();
    else expect(operation.responses[String(status)]).not.toBeNull();
  });

  it('has no operations beyond the listed ones', () => {
    expect(Object.keys(oktaOperations).sort()).toEqual(success.map(([id]) => id).sort());
  });
});

describe('validateOktaResponse', () => {
  it('throws for an unknown operation or an undocumented status', () => {
    expect(() => validateOktaResponse('nope', 200, {})).toThrow(/nope/);
    expect(() => validateOktaResponse('getEmailTemplate', 418, {})).toThrow(/418/);
  });

  it('accepts an empty body where the spec documents none, and rejects a body there', () => {
    expect(validateOktaResponse('deleteEmailServer', 204, undefined)).toEqual([]);
    expect(validateOktaResponse('sendTestEmail', 204, '')).toEqual([]);
    expect(validateOktaResponse('deleteEmailCustomization', 204, { ok: true })).not.toEqual([]);
  });

  it('accepts an email customization with _links', () => {
    expect(validateOktaResponse('getEmailCustomization', 200, customization)).toEqual([]);
    expect(validateOktaResponse('createEmailCustomization', 201, customization)).toEqual([]);
    expect(validateOktaResponse('listEmailCustomizations', 200, [customization])).toEqual([]);
  });

  it('rejects a customization without language, subject or body, or with bad dates', () => {
    const { language: _language, ...noLanguage } = customization;
    expect(validateOktaResponse('getEmailCustomization', 200, noLanguage).join('\n')).toMatch(/language/);
    const { subject: _subject, ...noSubject } = customization;
    expect(validateOktaResponse('getEmailCustomization', 200, noSubject).join('\n')).toMatch(/subject/);
    expect(
      validateOktaResponse('getEmailCustomization', 200, { ...customization, created: 'yesterday' }).join(
        '\n',
      ),
    ).toMatch(/created.*date-time/);
    expect(validateOktaResponse('listEmailCustomizations', 200, customization)).not.toEqual([]);
  });

  it('rejects a _links entry without href', () => {
    const bad = { ...customization, _links: { ...customization._links, self: { url: 'x' } } };
    expect(validateOktaResponse('getEmailCustomization', 200, bad).join('\n')).toMatch(/_links\/self.*href/);
  });

  it('accepts an email template with _embedded settings and customizationCount', () => {
    expect(validateOktaResponse('getEmailTemplate', 200, template)).toEqual([]);
    expect(validateOktaResponse('listEmailTemplates', 200, [template])).toEqual([]);
    const badCount = { ...template, _embedded: { settings, customizationCount: '1' } };
    expect(validateOktaResponse('getEmailTemplate', 200, badCount).join('\n')).toMatch(/customizationCount/);
  });

  it('checks email settings recipients', () => {
    expect(validateOktaResponse('getEmailSettings', 200, settings)).toEqual([]);
    expect(validateOktaResponse('replaceEmailSettings', 200, { recipients: 'ADMINS_ONLY' })).toEqual([]);
    expect(
      validateOktaResponse('getEmailSettings', 200, { ...settings, recipients: 'SOME' }).join('\n'),
    ).toMatch(/recipients.*ALL_USERS/);
    expect(validateOktaResponse('replaceEmailSettings', 200, {}).join('\n')).toMatch(/recipients/);
  });

  it('accepts default content and previews', () => {
    const links = {
      self: link(`${templateLinks('UserActivation')}/default-content`),
      template: link(templateLinks('UserActivation')),
      preview: link(`${templateLinks('UserActivation')}/default-content/preview`),
      test: link(`${templateLinks('UserActivation')}/test`),
    };
    expect(
      validateOktaResponse('getEmailDefaultContent', 200, { subject: 's', body: '<p>b</p>', _links: links }),
    ).toEqual([]);
    expect(
      validateOktaResponse('getEmailDefaultContent', 200, { subject: 's', _links: links }).join('\n'),
    ).toMatch(/body/);
    const preview = {
      subject: 'Welcome',
      body: '<p>Hi</p>',
      _links: {
        self: link(`${templateLinks('UserActivation')}/default-content/preview`),
        contentSource: link(`${templateLinks('UserActivation')}/default-content`),
        template: link(templateLinks('UserActivation')),
        test: link(`${templateLinks('UserActivation')}/test`),
        defaultContent: link(`${templateLinks('UserActivation')}/default-content`),
      },
    };
    expect(validateOktaResponse('getEmailDefaultPreview', 200, preview)).toEqual([]);
    expect(validateOktaResponse('getCustomizationPreview', 200, preview)).toEqual([]);
  });

  it('accepts brands with _links', () => {
    expect(validateOktaResponse('getBrand', 200, brand)).toEqual([]);
    expect(validateOktaResponse('createBrand', 201, brand)).toEqual([]);
    expect(validateOktaResponse('listBrands', 200, [brand])).toEqual([]);
    expect(validateOktaResponse('getBrand', 200, { ...brand, removePoweredByOkta: 'no' }).join('\n')).toMatch(
      /removePoweredByOkta/,
    );
    // The spec types these as non-nullable strings, but its own examples (and live Okta) send null.
    const okta = {
      ...brand,
      customPrivacyPolicyUrl: null,
      defaultApp: { appInstanceId: '0oa1', appLinkName: null, classicApplicationUri: null },
    };
    expect(validateOktaResponse('getBrand', 200, okta)).toEqual([]);
    expect(validateOktaResponse('getBrand', 200, { ...brand, customPrivacyPolicyUrl: 7 })).not.toEqual([]);
    expect(validateOktaResponse('getBrand', 200, { ...brand, name: null })).not.toEqual([]);
  });

  it('dispatches email servers on the authType discriminator', () => {
    expect(validateOktaResponse('getEmailServer', 200, emailServer)).toEqual([]);
    expect(validateOktaResponse('updateEmailServer', 200, emailServer)).toEqual([]);
    expect(validateOktaResponse('createEmailServer', 201, emailServer)).toEqual([]);
    expect(validateOktaResponse('listEmailServers', 200, { 'email-servers': [emailServer] })).toEqual([]);
    expect(validateOktaSchema('BaseEmailServer', emailServer)).toEqual([]);
    const oauth = {
      ...emailServer,
      authType: 'OAUTH2_CLIENT_CREDENTIALS',
      clientId: 'abc',
      scopes: ['https://outlook.office.com/SMTP.Send'],
      tokenEndpoint: 'https://login.example/token',
      tokenEndpointAuthMethod: 'CLIENT_SECRET_POST',
    };
    expect(validateOktaResponse('getEmailServer', 200, oauth)).toEqual([]);
    // The branch for the tag applies: a bad enum value in the OAuth child schema is caught.
    expect(
      validateOktaResponse('getEmailServer', 200, { ...oauth, tokenEndpointAuthMethod: 'NOPE' }),
    ).not.toEqual([]);
    expect(validateOktaSchema('BaseEmailServer', { ...oauth, tokenEndpointAuthMethod: 'NOPE' })).not.toEqual(
      [],
    );
  });

  it('rejects email servers with an unknown or missing authType or wrong types', () => {
    for (const check of [
      (body: unknown) => validateOktaResponse('getEmailServer', 200, body),
      (body: unknown) => validateOktaSchema('BaseEmailServer', body),
      (body: unknown) => validateOktaResponse('listEmailServers', 200, { 'email-servers': [body] }),
    ]) {
      expect(check({ ...emailServer, authType: 'NOPE' }).join('\n')).toMatch(/authType/);
      const { authType: _authType, ...noAuthType } = emailServer;
      expect(check(noAuthType).join('\n')).toMatch(/authType/);
      expect(check({ ...emailServer, port: '587' }).join('\n')).toMatch(/port/);
    }
  });

  it('validates a bare array of email servers item by item', () => {
    const items = [emailServer, { ...emailServer, id: 'smtp2', port: 'x' }];
    const errors = items.map((item) => validateOktaSchema('BaseEmailServer', item));
    expect(errors[0]).toEqual([]);
    expect(errors[1]).not.toEqual([]);
    expect(validateOktaResponse('listEmailServers', 200, { 'email-servers': 'nope' })).not.toEqual([]);
  });

  it('accepts the current user and org settings', () => {
    const user = {
      id: '00u1234567890abcdef',
      status: 'ACTIVE',
      created: '2024-01-01T00:00:00.000Z',
      activated: null,
      statusChanged: null,
      lastLogin: '2024-01-02T00:00:00.000Z',
      lastUpdated: '2024-01-01T00:00:00.000Z',
      passwordChanged: null,
      type: { id: 'oty1' },
      profile: {
        firstName: 'Ada',
        lastName: 'Admin',
        email: 'ada@example.com',
        login: 'ada@example.com',
        locale: 'en_US',
        mobilePhone: null,
      },
      credentials: { password: {}, provider: { type: 'OKTA', name: 'OKTA' } },
      _links: { self: link('/api/v1/users/00u1234567890abcdef') },
    };
    expect(validateOktaResponse('getUser', 200, user)).toEqual([]);
    expect(validateOktaResponse('updateUser', 200, user)).toEqual([]);
    expect(validateOktaResponse('getUser', 200, { ...user, status: 'HAPPY' }).join('\n')).toMatch(/status/);
    expect(
      validateOktaResponse('getUser', 200, { ...user, profile: { ...user.profile, email: 'nope' } }).join(
        '\n',
      ),
    ).toMatch(/email/);
    const org = {
      id: '00o1234567890abcdef',
      companyName: 'Mailroom',
      subdomain: 'mailroom',
      status: 'ACTIVE',
      created: '2024-01-01T00:00:00.000Z',
      lastUpdated: '2024-01-01T00:00:00.000Z',
      website: 'https://example.com',
      _links: { preferences: link('/api/v1/org/preferences') },
    };
    expect(validateOktaResponse('getOrgSettings', 200, org)).toEqual([]);
    expect(validateOktaResponse('getOrgSettings', 200, { ...org, _links: { logo: null } })).toEqual([]);
    expect(validateOktaResponse('getOrgSettings', 200, { ...org, _links: { logo: {} } })).not.toEqual([]);
    expect(validateOktaResponse('getOrgSettings', 200, { ...org, status: 'GONE' })).not.toEqual([]);
  });

  it('expectOktaResponse throws a readable error', () => {
    expect(() => expectOktaResponse('getEmailCustomization', 200, customization)).not.toThrow();
    expect(() => expectOktaResponse('getEmailSettings', 200, { recipients: 'SOME' })).toThrow(
      /getEmailSettings 200[\s\S]*\/recipients/,
    );
  });
});

describe('validateOktaError', () => {
  it('accepts an Okta error object, also through error responses', () => {
    expect(validateOktaError(error)).toEqual([]);
    expect(validateOktaError({ ...error, errorCauses: [] })).toEqual([]);
    expect(validateOktaResponse('getEmailTemplate', 404, error)).toEqual([]);
    expect(validateOktaResponse('createEmailCustomization', 409, error)).toEqual([]);
  });

  it('rejects malformed errors', () => {
    expect(validateOktaError({ ...error, errorCode: 7 }).join('\n')).toMatch(/errorCode/);
    const { errorId: _errorId, ...noId } = error;
    expect(validateOktaError(noId).join('\n')).toMatch(/errorId/);
    const { errorCauses: _errorCauses, ...noCauses } = error;
    expect(validateOktaError(noCauses).join('\n')).toMatch(/errorCauses/);
    expect(validateOktaError({ ...error, errorCauses: ['bad'] }).join('\n')).toMatch(/errorCauses\/0/);
    expect(validateOktaError({ ...error, errorCauses: [{ errorSummary: 1 }] }).join('\n')).toMatch(
      /errorCauses\/0/,
    );
    expect(validateOktaError('oops')).not.toEqual([]);
    expect(validateOktaError(null)).not.toEqual([]);
  });

  it("knows replaceEmailSettings' 409 uses Error409 (errorCauses are strings there)", () => {
    expect(
      validateOktaResponse('replaceEmailSettings', 409, { ...error, errorCauses: ['conflict'] }),
    ).toEqual([]);
    expect(validateOktaSchema('Error409', error)).not.toEqual([]);
  });
});

describe('findSecretFields', () => {
  it('finds secret-looking keys at any depth', () => {
    const body = {
      'email-servers': [
        { ...emailServer, password: 'hunter2' },
        { id: 'b', clientSecret: 's', nested: { privateKey: '-----BEGIN' } },
      ],
      apiToken: 'x',
      credentials: { password: {} },
      ok: { passwordless: 'fine', secret: null },
    };
    expect(findSecretFields(body).sort()).toEqual(
      [
        '/apiToken',
        '/email-servers/0/password',
        '/email-servers/1/clientSecret',
        '/email-servers/1/nested/privateKey',
      ].sort(),
    );
    expect(findSecretFields(emailServer)).toEqual([]);
    expect(findSecretFields([1, 'a', null])).toEqual([]);
  });

  it('reports an empty-string password (the key itself leaks that a secret field is serialized)', () => {
    expect(findSecretFields({ password: '' })).toEqual(['/password']);
  });

  it('notes that the spec itself lets secret fields through in email-server responses', () => {
    // BASIC_SMTP_AUTH and friends declare password/clientSecret/privateKey, so schema validation
    // alone can't catch a leaked secret: tests must also call findSecretFields.
    expect(validateOktaResponse('getEmailServer', 200, { ...emailServer, password: 'hunter2' })).toEqual([]);
    expect(findSecretFields({ ...emailServer, password: 'hunter2' })).toEqual(['/password']);
  });
});
