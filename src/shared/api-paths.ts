/**
 * Every API path Mailroom serves, once: `routes` are the Fastify patterns the server registers, `paths` build the
 * concrete URLs the console, the CLI and the tests call (ids URL-encoded). Okta's paths are Okta's contract; the
 * `/api/mailroom/v1` ones are Mailroom's (docs/architecture.md, "API additions").
 */
const enc = encodeURIComponent;
const TEMPLATE = '/api/v1/brands/:brandId/templates/email/:templateName';
const HISTORY = '/api/mailroom/v1/brands/:brandId/templates/email/:templateName';

export const apiRoutes = {
  emailServers: '/api/v1/email-servers',
  emailServer: '/api/v1/email-servers/:emailServerId',
  emailServerTest: '/api/v1/email-servers/:emailServerId/test',
  brands: '/api/v1/brands',
  brand: '/api/v1/brands/:brandId',
  templates: '/api/v1/brands/:brandId/templates/email',
  template: TEMPLATE,
  customizations: `${TEMPLATE}/customizations`,
  customization: `${TEMPLATE}/customizations/:customizationId`,
  customizationPreview: `${TEMPLATE}/customizations/:customizationId/preview`,
  defaultContent: `${TEMPLATE}/default-content`,
  defaultContentPreview: `${TEMPLATE}/default-content/preview`,
  settings: `${TEMPLATE}/settings`,
  templateTest: `${TEMPLATE}/test`,
  testSends: '/api/mailroom/v1/brands/:brandId/templates/email/:templateName/test-sends',
  user: '/api/v1/users/:userId',
  org: '/api/v1/org',
  session: '/api/mailroom/v1/session',
  messages: '/api/mailroom/v1/messages',
  message: '/api/mailroom/v1/messages/:messageId',
  deliveries: '/api/mailroom/v1/deliveries',
  smtpTest: '/api/mailroom/v1/smtp-test',
  health: '/api/mailroom/v1/health',
  customizationVersions: `${HISTORY}/customizations/:customizationId/versions`,
  customizationVersion: `${HISTORY}/customizations/:customizationId/versions/:version`,
  deletedCustomizations: `${HISTORY}/deleted-customizations`,
} as const;

const template = (brandId: string, name: string) =>
  `/api/v1/brands/${enc(brandId)}/templates/email/${enc(name)}`;

/** Mailroom's version history sits beside Okta's paths, under /api/mailroom/v1, with the same ids. */
const history = (brandId: string, name: string) =>
  `/api/mailroom/v1/brands/${enc(brandId)}/templates/email/${enc(name)}`;

export const apiPaths = {
  emailServers: () => apiRoutes.emailServers,
  emailServer: (id: string) => `${apiRoutes.emailServers}/${enc(id)}`,
  emailServerTest: (id: string) => `${apiRoutes.emailServers}/${enc(id)}/test`,
  brands: () => apiRoutes.brands,
  brand: (brandId: string) => `${apiRoutes.brands}/${enc(brandId)}`,
  templates: (brandId: string) => `/api/v1/brands/${enc(brandId)}/templates/email`,
  template,
  customizations: (brandId: string, name: string) => `${template(brandId, name)}/customizations`,
  customization: (brandId: string, name: string, id: string) =>
    `${template(brandId, name)}/customizations/${enc(id)}`,
  customizationPreview: (brandId: string, name: string, id: string) =>
    `${template(brandId, name)}/customizations/${enc(id)}/preview`,
  defaultContent: (brandId: string, name: string) => `${template(brandId, name)}/default-content`,
  defaultContentPreview: (brandId: string, name: string) =>
    `${template(brandId, name)}/default-content/preview`,
  settings: (brandId: string, name: string) => `${template(brandId, name)}/settings`,
  templateTest: (brandId: string, name: string) => `${template(brandId, name)}/test`,
  testSends: (brandId: string, name: string) =>
    `/api/mailroom/v1/brands/${enc(brandId)}/templates/email/${enc(name)}/test-sends`,
  user: (userId: string) => `/api/v1/users/${enc(userId)}`,
  me: () => '/api/v1/users/me',
  org: () => apiRoutes.org,
  session: () => apiRoutes.session,
  messages: () => apiRoutes.messages,
  message: (id: string) => `${apiRoutes.messages}/${enc(id)}`,
  deliveries: () => apiRoutes.deliveries,
  smtpTest: () => apiRoutes.smtpTest,
  health: () => apiRoutes.health,
  customizationVersions: (brandId: string, name: string, id: string) =>
    `${history(brandId, name)}/customizations/${enc(id)}/versions`,
  customizationVersion: (brandId: string, name: string, id: string, version: number) =>
    `${history(brandId, name)}/customizations/${enc(id)}/versions/${version}`,
  deletedCustomizations: (brandId: string, name: string) =>
    `${history(brandId, name)}/deleted-customizations`,
};
