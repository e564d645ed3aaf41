/**
 * Real Okta mode's start-up check: one read per scope the console needs, so a wrong URL, a refused token or a
 * missing scope is one clear sentence at start and on sign-in, not a blank page later. Write scopes can't be
 * probed without writing, so they are not checked. The token is sent to the org only, never written anywhere.
 */
import { apiPaths } from '../../../shared/api-paths';

export interface OrgCheck {
  ok: boolean;
  /** When the check ran (ISO 8601). */
  checkedAt: string;
  /** One sentence each: what is wrong and what to do. */
  problems: string[];
}

export interface OrgConnection {
  /** The last check's result, if one ran. */
  last: () => OrgCheck | undefined;
  /** Runs the check now (concurrent callers share one run). */
  check: () => Promise<OrgCheck>;
  /** The last result, re-checked when it found problems and is older than `staleMs`. */
  current: (staleMs?: number) => Promise<OrgCheck>;
}

const TIMEOUT_MS = 10_000;

/** Read probes in order: the org itself first (it tells a wrong URL and a bad token apart), then one per scope. */
const PROBES: { scope: string; path: (brandId?: string) => string | undefined }[] = [
  { scope: 'okta.orgs.read', path: () => apiPaths.org() },
  { scope: 'okta.users.read.self', path: () => apiPaths.me() },
  { scope: 'okta.emailServers.read', path: () => apiPaths.emailServers() },
  { scope: 'okta.brands.read', path: () => `${apiPaths.brands()}?limit=1` },
  {
    scope: 'okta.templates.read',
    path: (brandId) => (brandId ? `${apiPaths.templates(brandId)}?limit=1` : undefined),
  },
];

export function createOrgConnection(options: { orgUrl: string; apiToken: string }): OrgConnection {
  let last: OrgCheck | undefined;
  let running: Promise<OrgCheck> | undefined;

  const check = () => {
    running ??= runCheck(options).then((result) => {
      last = result;
      running = undefined;
      return result;
    });
    return running;
  };
  return {
    last: () => last,
    check,
    current: async (staleMs = 30_000) => {
      if (last && (last.ok || Date.now() - Date.parse(last.checkedAt) < staleMs)) return last;
      return check();
    },
  };
}

async function runCheck({ orgUrl, apiToken }: { orgUrl: string; apiToken: string }): Promise<OrgCheck> {
  const problems: string[] = [];
  const finish = () => ({ ok: problems.length === 0, checkedAt: new Date().toISOString(), problems });
  let brandId: string | undefined;

  for (const probe of PROBES) {
    const path = probe.path(brandId);
    if (!path) continue;
    let response: Response;
    try {
      response = await fetch(orgUrl + path, {
        headers: { authorization: `SSWS ${apiToken}`, accept: 'application/json' },
        signal: AbortSignal.timeout(TIMEOUT_MS),
        redirect: 'manual',
      });
    } catch (error) {
      const reason =
        error instanceof Error && error.name === 'TimeoutError'
          ? `no answer within ${TIMEOUT_MS / 1000} s`
          : causeOf(error);
      problems.push(`Can't reach the Okta org at ${orgUrl} (${reason}). Check OKTA_ORG_URL.`);
      return finish();
    }
    const body = await response.text();
    const json = parseJson(body);
    if (response.status === 401) {
      problems.push(
        `The Okta org at ${orgUrl} refused OKTA_API_TOKEN (401${codeOf(json)}). Create a new API token in the org's admin console.`,
      );
      return finish();
    }
    if (response.status === 403) {
      const scope =
        /scope="([^"]+)"/.exec(response.headers.get('www-authenticate') ?? '')?.[1] ?? probe.scope;
      problems.push(
        `OKTA_API_TOKEN lacks ${scope}: GET ${path.split('?')[0]} answered 403${codeOf(json)}. Grant it to the token's admin role or app.`,
      );
      continue;
    }
    if (!response.ok || json === undefined) {
      const what = json === undefined ? 'not JSON' : `${response.status}${codeOf(json)}`;
      problems.push(
        `${orgUrl} doesn't answer like an Okta org: GET ${path.split('?')[0]} gave ${what}. Check OKTA_ORG_URL (e.g. https://acme.okta.com).`,
      );
      if (probe.scope === 'okta.orgs.read') return finish();
      continue;
    }
    if (probe.scope === 'okta.brands.read' && Array.isArray(json)) {
      const first = json[0] as { id?: unknown } | undefined;
      if (typeof first?.id === 'string') brandId = first.id;
    }
  }
  return finish();
}

function parseJson(text: string): unknown {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}

function codeOf(json: unknown): string {
  const code = (json as { errorCode?: unknown } | undefined)?.errorCode;
  return typeof code === 'string' ? ` ${code}` : '';
}

function causeOf(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
}
