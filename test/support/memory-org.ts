import { EMAIL_TEMPLATES, findTemplate, type RecipientsValue } from '../../src/shared/templates/catalog';
import {
  TransferApiError,
  type CustomizationRecord,
  type EmailServerRecord,
  type TransferClient,
} from '../../src/shared/transfer/client';

/**
 * An in-memory org for planner and runner unit tests: Okta's customization rules (docs/okta/API-REFERENCE.md §4.6) and nothing
 * else, so a test can run thousands of random plans. Every call is logged; `failOn` makes one call fail.
 * (The same scenarios also run against the real server in src/server/transfer/transfer-api.test.ts.)
 */
export interface MemoryOrg extends TransferClient {
  templates: Map<string, { recipients: RecipientsValue; customizations: CustomizationRecord[] }>;
  servers: (EmailServerRecord & { password?: string })[];
  calls: string[];
  failOn?: (call: string) => boolean;
}

const conflict = (errorCode: string, errorSummary: string) =>
  new TransferApiError({ status: 409, errorCode, errorSummary, errorCauses: [] });

export function memoryOrg(): MemoryOrg {
  let ids = 0;
  const org: MemoryOrg = {
    templates: new Map(EMAIL_TEMPLATES.map((t) => [t.name, { recipients: 'ALL_USERS', customizations: [] }])),
    servers: [],
    calls: [],
    async listBrands() {
      return [{ id: 'bnd1', name: 'Default', isDefault: true }];
    },
    async listTemplates() {
      return [...org.templates].map(([name, t]) => ({
        name,
        recipients: t.recipients,
        customizationCount: t.customizations.length,
      }));
    },
    async listCustomizations(_brand, name) {
      return structuredClone(org.templates.get(name)!.customizations);
    },
    async createCustomization(_brand, name, input) {
      log(`create ${name} ${input.language}${input.isDefault ? ' default' : ''}`);
      const list = org.templates.get(name)!.customizations;
      if (list.some((c) => c.language === input.language))
        throw conflict('E0000183', 'An email template customization for that language already exists.');
      if (input.isDefault && list.some((c) => c.isDefault))
        throw conflict('E0000182', 'A default email template customization already exists.');
      const made = { id: `oel${++ids}`, ...input, isDefault: list.length === 0 || Boolean(input.isDefault) };
      list.push(made);
      return { ...made };
    },
    async replaceCustomization(_brand, name, id, input) {
      log(`replace ${name} ${input.language}${input.isDefault ? ' default' : ''}`);
      const list = org.templates.get(name)!.customizations;
      const target = list.find((c) => c.id === id);
      if (!target)
        throw new TransferApiError({
          status: 404,
          errorCode: 'E0000007',
          errorSummary: 'Not found',
          errorCauses: [],
        });
      if (list.some((c) => c.language === input.language && c.id !== id))
        throw conflict('E0000183', 'An email template customization for that language already exists.');
      if (target.isDefault && input.isDefault === false)
        throw conflict(
          'E0000185',
          "The isDefault parameter of the default email template customization can't be set to false.",
        );
      if (input.isDefault) for (const c of list) c.isDefault = false;
      Object.assign(target, input, { isDefault: input.isDefault ?? target.isDefault });
      return { ...target };
    },
    async deleteCustomization(_brand, name, id) {
      const t = org.templates.get(name)!;
      const target = t.customizations.find((c) => c.id === id)!;
      log(`delete ${name} ${target.language}`);
      if (target.isDefault)
        throw conflict('E0000184', "A default email template customization can't be deleted.");
      t.customizations = t.customizations.filter((c) => c.id !== id);
    },
    async deleteAllCustomizations(_brand, name) {
      log(`delete-all ${name}`);
      org.templates.get(name)!.customizations = [];
    },
    async getSettings(_brand, name) {
      return { recipients: org.templates.get(name)!.recipients };
    },
    async replaceSettings(_brand, name, recipients) {
      log(`settings ${name} ${recipients}`);
      if (!findTemplate(name)!.allowedRecipients.includes(recipients))
        throw new TransferApiError({
          status: 422,
          errorCode: 'E0000189',
          errorSummary: 'Recipients',
          errorCauses: [],
        });
      org.templates.get(name)!.recipients = recipients;
    },
    async listEmailServers() {
      return org.servers.map(({ password: _password, ...s }) => ({ ...s }));
    },
    async createEmailServer(input) {
      log(`create-server ${String(input.alias)}`);
      const made = { id: `ces${++ids}`, ...(input as { alias: string }) };
      org.servers.push(made);
      const { password: _password, ...shown } = made as typeof made & { password?: string };
      return shown;
    },
    async updateEmailServer(id, patch) {
      const server = org.servers.find((s) => s.id === id)!;
      log(`update-server ${server.alias}`);
      Object.assign(server, patch);
      return { ...server };
    },
  };
  function log(call: string) {
    org.calls.push(call);
    if (org.failOn?.(call))
      throw new TransferApiError({
        status: 400,
        errorCode: 'E0000001',
        errorSummary: 'Api validation failed: body',
        errorCauses: [{ errorSummary: 'body: refused for the test' }],
      });
  }
  return org;
}

/** Seeds a template's customizations directly, without the API's checks. */
export function seed(
  org: MemoryOrg,
  template: string,
  entries: Record<string, { subject: string; body: string; isDefault?: boolean }>,
) {
  org.templates.get(template)!.customizations = Object.entries(entries).map(([language, c], i) => ({
    id: `seed-${template}-${language}-${i}`,
    language,
    isDefault: Boolean(c.isDefault),
    subject: c.subject,
    body: c.body,
  }));
}
