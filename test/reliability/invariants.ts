import type { RawResponse } from './http';

// What the concurrency suites check every answer and every snapshot against: one process (concurrency.test.ts) or
// two replicas on one PostgreSQL (replicas.test.ts).

/** Documented answers per operation (Okta's reference; 404 where the id may be gone). */
export const DOCUMENTED: Record<string, { status: number; code?: string }[]> = {
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
};

export function undocumented(op: string, res: RawResponse): string | undefined {
  let code: string | undefined;
  try {
    code = res.status >= 400 ? JSON.parse(res.body).errorCode : undefined;
  } catch {
    code = 'not JSON';
  }
  const ok = DOCUMENTED[op].some((d) => d.status === res.status && (d.code === undefined || d.code === code));
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
