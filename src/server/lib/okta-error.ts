/**
 * Okta error codes used by Mailroom, with Okta's exact summaries (docs/okta/API-REFERENCE.md §1.3).
 * Throw `new OktaApiError(...)` anywhere in a request; the error handler turns it into Okta's error body.
 */
export const OKTA_ERRORS = {
  E0000001: { status: 400, summary: 'Api validation failed: {0}' },
  E0000003: { status: 400, summary: 'The request body was not well-formed.' },
  E0000006: { status: 403, summary: 'You do not have permission to perform the requested action' },
  E0000007: { status: 404, summary: 'Not found: {0}' },
  E0000009: { status: 500, summary: 'Internal Server Error' },
  E0000011: { status: 401, summary: 'Invalid token provided' },
  E0000022: { status: 405, summary: 'The endpoint does not support the provided HTTP method' },
  E0000047: { status: 429, summary: 'API call exceeded rate limit due to too many requests.' },
  E0000182: { status: 409, summary: 'A default email template customization already exists.' },
  E0000183: { status: 409, summary: 'An email template customization for that language already exists.' },
  E0000184: { status: 409, summary: "A default email template customization can't be deleted." },
  E0000185: {
    status: 409,
    summary: "The isDefault parameter of the default email template customization can't be set to false.",
  },
  E0000189: { status: 422, summary: 'This template does not support the recipients value.' },
  E0000202: { status: 409, summary: 'Brand name already exists.' },
  E0000222: {
    status: 400,
    summary: 'You can enable only one SMTP server at a time. Another SMTP server is already enabled.',
  },
  E0000223: { status: 400, summary: 'Connection with the specified SMTP server failed.' },
  E0000224: { status: 400, summary: 'Authentication with the specified SMTP server failed.' },
  E0000225: {
    status: 400,
    summary:
      "You reached the maximum number of enrolled SMTP servers. An org can't have more than {0} enrolled servers.",
  },
  E0000236: { status: 400, summary: "The language doesn't conform to the BCP 47 standard for locales." },
  E0000266: {
    status: 400,
    summary: 'Failed to get access token for SMTP server configuration. Failure details: {0}.',
  },
  // Not in Okta's catalogue for these endpoints; Mailroom's own, for transport-level failures.
  MR0000413: { status: 413, summary: 'The request body is too large. The limit is {0}.' },
  MR0000415: { status: 415, summary: 'Unsupported media type: send application/json.' },
  MR0000401: {
    status: 502,
    summary: "The Okta org refused Mailroom's org token (OKTA_API_TOKEN): {0}",
  },
  MR0000409: {
    status: 409,
    summary:
      'In real Okta mode the org tests saved SMTP servers only: save the settings, then test the server.',
  },
  MR0000501: {
    status: 501,
    summary:
      'In real Okta mode test emails go to the signed-in admin only (POST …/test): Okta has no way to send one to another address.',
  },
  MR0000502: { status: 502, summary: 'The Okta org could not be reached: {0}' },
} as const;

export type OktaErrorCode = keyof typeof OKTA_ERRORS;

export class OktaApiError extends Error {
  readonly status: number;
  readonly errorCode: OktaErrorCode;
  readonly causes: string[];
  readonly headers: Record<string, string>;

  constructor(
    errorCode: OktaErrorCode,
    options: { arg?: string; causes?: string[]; headers?: Record<string, string> } = {},
  ) {
    const { status, summary } = OKTA_ERRORS[errorCode];
    super(summary.replace('{0}', options.arg ?? ''));
    this.status = status;
    this.errorCode = errorCode;
    this.causes = options.causes ?? [];
    this.headers = options.headers ?? {};
  }
}

/** 400 E0000001 with one cause per field, each written `field: what is wrong`. */
export function validationError(fields: Record<string, string>): OktaApiError {
  const names = Object.keys(fields);
  return new OktaApiError('E0000001', {
    arg: names.join(', '),
    causes: names.map((name) => `${name}: ${fields[name]}`),
  });
}

export const notFound = (what = 'Resource') => new OktaApiError('E0000007', { arg: what });
