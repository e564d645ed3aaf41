import { apiPaths } from '../../src/shared/api-paths';
import type { RawRequest, RawResponse } from './http';

// What the concurrency suites check every answer and every snapshot against: one process (concurrency.test.ts) or
// two replicas on one PostgreSQL (replicas.test.ts).

/** Documented answers per operation (Okta's reference; 404 where the id may be gone). */
export const DOCUMENTED = {
  create: [{ status: 201 }, { status: 409, code: 'E0000182' }, { status: 409, code: 'E0000183' }],
  replace: [
    { status: 200 },
    { status: 404, code: 'E0000007' },
    { status: 409, code: 'E0000183' },
    { status: 409, code: 'E0000185' },
  ],
  delete: [{ status: 204 }, { status: 404, code: 'E0000007' }, { status: 409, code: 'E0000184' }],
  deleteAll: [{ status: 204 }],
  settings: [{ status: 200 }],
  list: [{ status: 200 }],
  createServer: [{ status: 201 }, { status: 400, code: 'E0000222' }, { status: 400, code: 'E0000225' }],
  enable: [{ status: 200 }, { status: 400, code: 'E0000222' }, { status: 404, code: 'E0000007' }],
  disable: [{ status: 200 }, { status: 404, code: 'E0000007' }],
  deleteServer: [{ status: 204 }, { status: 404, code: 'E0000007' }],
  listServers: [{ status: 200 }],
} satisfies Record<string, { status: number; code?: string }[]>;

/** One operation of the random mix the concurrency suites run. */
export type Operation = keyof typeof DOCUMENTED;

/** What an operation acts on and sends: ids it targets (a made-up one while none exists) and its chosen body. */
export interface OperationInput {
  token: string;
  brandId: string;
  templateName: string;
  customizationId?: string;
  serverId?: string;
  /** `create` and `replace`: the customization sent. */
  customization?: object;
  /** `settings`: the recipients sent. */
  recipients?: string;
  /** `createServer`: the SMTP server sent. */
  server?: object;
}

/** The request an operation sends. */
export function operationRequest(op: Operation, input: OperationInput): RawRequest {
  const auth = { authorization: `SSWS ${input.token}`, accept: 'application/json' };
  const json = { ...auth, 'content-type': 'application/json' };
  const customizations = apiPaths.customizations(input.brandId, input.templateName);
  const customization = apiPaths.customization(
    input.brandId,
    input.templateName,
    input.customizationId ?? 'cus0000000000000000',
  );
  const server = apiPaths.emailServer(input.serverId ?? 'smtp0000000000000');
  const send = (method: string, path: string, body?: unknown): RawRequest =>
    body === undefined
      ? { method, path, headers: auth }
      : { method, path, headers: json, body: JSON.stringify(body) };
  switch (op) {
    case 'create':
      return send('POST', customizations, input.customization);
    case 'replace':
      return send('PUT', customization, input.customization);
    case 'delete':
      return send('DELETE', customization);
    case 'deleteAll':
      return send('DELETE', customizations);
    case 'settings':
      return send('PUT', apiPaths.settings(input.brandId, input.templateName), {
        recipients: input.recipients,
      });
    case 'list':
      return send('GET', `${customizations}?limit=200`);
    case 'createServer':
      return send('POST', apiPaths.emailServers(), input.server);
    case 'enable':
    case 'disable':
      return send('PATCH', server, { enabled: op === 'enable' });
    case 'deleteServer':
      return send('DELETE', server);
    case 'listServers':
      return send('GET', apiPaths.emailServers());
  }
}

export function undocumented(op: Operation, res: RawResponse): string | undefined {
  let code: string | undefined;
  try {
    code = res.status >= 400 ? JSON.parse(res.body).errorCode : undefined;
  } catch {
    code = 'not JSON';
  }
  const documented: readonly { status: number; code?: string }[] = DOCUMENTED[op];
  const ok = documented.some((d) => d.status === res.status && (d.code === undefined || d.code === code));
  return ok ? undefined : `${op} → ${res.status} ${code ?? ''}`.trim();
}

export interface Customization {
  id: string;
  language: string;
  isDefault: boolean;
}

export function customizationProblems(list: Customization[]): string[] {
  const problems: string[] = [];
  const defaults = list.filter((c) => c.isDefault).length;
  if (list.length > 0 && defaults !== 1) problems.push(`${defaults} defaults among ${list.length}`);
  const languages = new Set(list.map((c) => c.language));
  if (languages.size !== list.length) problems.push(`duplicate language in ${list.map((c) => c.language)}`);
  return problems;
}
