import http from 'node:http';

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
  ms: number;
}

export interface RawRequest {
  method: string;
  path: string;
  headers?: Record<string, string | number>;
  /** Sent as is: a string, or bytes for bad encodings. */
  body?: string | Buffer;
}

/**
 * A client over real TCP connections to a listening Mailroom, with a pool of `connections` keep-alive sockets,
 * that sends bodies and headers exactly as given (wrong lengths, bad bytes and odd content types included).
 */
export function httpClient(baseUrl: string, connections = 16) {
  const url = new URL(baseUrl);
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const send = (request: RawRequest, timeoutMs = 15_000) =>
    new Promise<RawResponse>((resolve, reject) => {
      const started = performance.now();
      const body = request.body;
      const headers: Record<string, string | number> = { ...request.headers };
      if (body !== undefined && !Object.keys(headers).some((h) => h.toLowerCase() === 'content-length')) {
        headers['content-length'] = Buffer.byteLength(body);
      }
      const req = http.request(
        {
          host: url.hostname,
          port: url.port,
          method: request.method,
          path: request.path,
          headers,
          agent,
          timeout: timeoutMs,
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              headers: res.headers,
              body: Buffer.concat(chunks).toString('utf8'),
              ms: performance.now() - started,
            }),
          );
          res.on('error', reject);
        },
      );
      req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
      req.on('error', reject);
      if (body !== undefined) req.write(body);
      req.end();
    });
  return { send, close: () => agent.destroy() };
}

/** Runs `tasks` with at most `parallel` in flight; results in task order. */
export async function runPool<T>(tasks: (() => Promise<T>)[], parallel: number): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const i = next++;
      results[i] = await tasks[i]();
    }
  };
  await Promise.all(Array.from({ length: Math.min(parallel, tasks.length) }, worker));
  return results;
}

/** A small seeded PRNG (xorshift32), so a failing run can be replayed with the same SEED. */
export function seededRandom(seed: number) {
  let x = seed >>> 0 || 0x9e3779b9;
  const next = () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)],
    chance: (p: number) => next() < p,
  };
}

export const SEED = Number(process.env.SEED ?? Date.now() % 1_000_000);

/** Checks an Okta error object: errorCode, errorSummary, errorLink, errorId, errorCauses[]. Returns problems. */
export function oktaErrorProblems(res: RawResponse): string[] {
  const problems: string[] = [];
  if (!String(res.headers['content-type'] ?? '').startsWith('application/json'))
    problems.push(`content-type ${String(res.headers['content-type'])}`);
  let body: Record<string, unknown>;
  try {
    body = JSON.parse(res.body);
  } catch {
    return [...problems, `body is not JSON: ${res.body.slice(0, 80)}`];
  }
  for (const key of ['errorCode', 'errorSummary', 'errorLink', 'errorId'])
    if (typeof body[key] !== 'string' || body[key] === '') problems.push(`${key} missing`);
  if (!Array.isArray(body.errorCauses)) problems.push('errorCauses missing');
  if (!res.headers['x-okta-request-id']) problems.push('no X-Okta-Request-Id');
  return problems;
}
