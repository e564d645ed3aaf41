import type { RecipientsValue } from '../templates/catalog';

/**
 * What transfers need from an Okta-compatible org: the Custom Email Templates API of one brand, and the
 * Email Servers API. Implemented over HTTP (`http-client.ts`: the CLI with a token, the console through its
 * own server) and by nothing else: transfers go through the same API, and the same rules, as everyone.
 */
export interface TransferClient {
  listBrands(): Promise<BrandSummary[]>;
  /** Every template the brand lists, with its recipients and customization count when the org expands them. */
  listTemplates(brandId: string): Promise<TemplateSummary[]>;
  listCustomizations(brandId: string, templateName: string): Promise<CustomizationRecord[]>;
  createCustomization(
    brandId: string,
    templateName: string,
    input: CustomizationInput,
  ): Promise<CustomizationRecord>;
  replaceCustomization(
    brandId: string,
    templateName: string,
    id: string,
    input: CustomizationInput,
  ): Promise<CustomizationRecord>;
  deleteCustomization(brandId: string, templateName: string, id: string): Promise<void>;
  deleteAllCustomizations(brandId: string, templateName: string): Promise<void>;
  getSettings(brandId: string, templateName: string): Promise<{ recipients: RecipientsValue }>;
  replaceSettings(brandId: string, templateName: string, recipients: RecipientsValue): Promise<void>;
  listEmailServers(): Promise<EmailServerRecord[]>;
  createEmailServer(input: Record<string, unknown>): Promise<EmailServerRecord>;
  updateEmailServer(id: string, patch: Record<string, unknown>): Promise<EmailServerRecord>;
}

export interface BrandSummary {
  id: string;
  name: string;
  isDefault: boolean;
}

export interface TemplateSummary {
  name: string;
  recipients?: RecipientsValue;
  customizationCount?: number;
}

export interface CustomizationInput {
  language: string;
  subject: string;
  body: string;
  isDefault?: boolean;
}

export interface CustomizationRecord {
  id: string;
  language: string;
  isDefault: boolean;
  subject: string;
  body: string;
}

export type EmailServerRecord = { id: string; alias: string } & Record<string, unknown>;

/** Okta's error object plus the HTTP status (0: no answer at all). */
export interface OktaFailure {
  status: number;
  errorCode: string;
  errorSummary: string;
  errorCauses: { errorSummary: string }[];
  errorId?: string;
}

/** What a transfer client throws when the org refuses or can't be reached. */
export class TransferApiError extends Error implements OktaFailure {
  readonly status: number;
  readonly errorCode: string;
  readonly errorSummary: string;
  readonly errorCauses: { errorSummary: string }[];
  readonly errorId: string | undefined;

  constructor(failure: OktaFailure) {
    super(failure.errorSummary);
    this.name = 'TransferApiError';
    this.status = failure.status;
    this.errorCode = failure.errorCode;
    this.errorSummary = failure.errorSummary;
    this.errorCauses = failure.errorCauses;
    this.errorId = failure.errorId;
  }
}

/** Any thrown value as an Okta failure: ours, the console's `OktaApiError` (same fields), or anything else. */
export function toOktaFailure(error: unknown): OktaFailure {
  const e = error as Partial<OktaFailure> | undefined;
  if (e && typeof e === 'object' && typeof e.errorCode === 'string') {
    return {
      status: typeof e.status === 'number' ? e.status : 0,
      errorCode: e.errorCode,
      errorSummary: e.errorSummary ?? '',
      errorCauses: Array.isArray(e.errorCauses) ? e.errorCauses : [],
      errorId: e.errorId,
    };
  }
  return {
    status: 0,
    errorCode: 'MR_UNEXPECTED',
    errorSummary: error instanceof Error ? error.message : String(error),
    errorCauses: [],
  };
}

/**
 * A failure in plain words, with the fix where there is one (docs/console.md, "Words for errors"), followed by
 * the org's own causes. Shared by the CLI and the console so both say the same thing.
 */
export function describeFailure(failure: OktaFailure, language?: string): string {
  const causes = failure.errorCauses.map((c) => c.errorSummary).filter(Boolean);
  const words: Record<string, string> = {
    E0000182: "This template already has a default customization. A new one can't also be the default.",
    E0000183: `There's already a${language ? ` ${language}` : ''} customization of this template.`,
    E0000184: "The default customization can't be deleted while it's the default.",
    E0000185:
      'Every customized template needs a default. Choose another default instead of unsetting this one.',
    E0000189: "This template can't be sent to that audience.",
    E0000006: "The token doesn't have permission for this (it lacks a scope).",
    E0000011: 'The org refused the API token: it is wrong, expired or revoked.',
    E0000047: 'The org is rate-limiting these calls. Wait a minute, then run the same import again.',
    E0000007: 'The org has no such resource (it may have been deleted meanwhile).',
  };
  const plain =
    words[failure.errorCode] ??
    (failure.errorCode === 'E0000001' && causes.length > 0 ? 'The org refused the content.' : undefined) ??
    failure.errorSummary;
  const detail = causes.length > 0 ? ` ${causes.join(' ')}` : '';
  const code = failure.status === 0 ? '' : ` (${failure.errorCode}, HTTP ${failure.status})`;
  return `${plain}${detail}${code}`;
}
