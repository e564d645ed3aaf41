import type { RouteEntry } from './route-table';
import { concretePath } from './route-table';
import type { seededRandom } from './http';

type Random = ReturnType<typeof seededRandom>;

export interface FuzzRequest {
  kind: string;
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string | Buffer;
  /** The statuses that are right for this request: never "any 4xx". */
  expect: number[];
  /** The error codes right for a 4xx answer (when set). */
  codes?: string[];
}

/** What a valid request to the route may rightly get, whatever state the fuzzing left things in. */
interface Answers {
  statuses: number[];
  codes: string[];
}

/**
 * The answers a *valid* request to `route` can get at any time during a fuzz run: success, and the documented
 * refusals its sample body meets (a conflict once the sample exists, an unreachable SMTP server, a resource an
 * earlier DELETE removed).
 */
export function validAnswers(route: RouteEntry): Answers {
  const key = `${route.method} ${route.url}`;
  const ok = { statuses: [200, 201, 204], codes: [] as string[] };
  const add = (statuses: number[], codes: string[]) => ({
    statuses: [...ok.statuses, ...statuses],
    codes: [...ok.codes, ...codes],
  });
  // The console's session: the fuzzer has no cookie, and its sample token is not a token.
  if (key.endsWith(' /api/mailroom/v1/session')) return { statuses: [204, 401], codes: ['E0000011'] };
  if (key.endsWith('/smtp-test') || key.endsWith('/email-servers/:emailServerId/test'))
    // The sample server is 127.0.0.1:1: nothing listens (E0000223); the server may be deleted meanwhile.
    return add([400, 404], ['E0000223', 'E0000007']);
  if (key === 'POST /api/v1/brands') return add([409], ['E0000202']);
  if (key.includes('/customizations'))
    // E0000182–185 as the one-default rules say; the fuzzed customization may be gone (delete, delete-all).
    return add([404, 409], ['E0000007', 'E0000182', 'E0000183', 'E0000184', 'E0000185']);
  if (key.endsWith('/settings')) return add([409], ['E0000254']);
  if (/:(emailServerId|messageId)/.test(key)) return add([404], ['E0000007']);
  return ok;
}

const merge = (answers: Answers, statuses: number[], codes: string[]) => ({
  expect: [...new Set([...answers.statuses, ...statuses])],
  codes: [...new Set([...answers.codes, ...codes])],
});

/** POST routes that take no body at all (Okta's sendTestEmail): a bad body is simply not read. */
const BODYLESS = /\/templates\/email\/:templateName\/test$/;

/** A valid body per route, the starting point of the mutations. */
export function sampleBody(route: RouteEntry): Record<string, unknown> {
  const key = `${route.method} ${route.url}`;
  if (key.endsWith('/session')) return { token: 'not-a-token' };
  if (key.endsWith('/smtp-test'))
    return {
      host: '127.0.0.1',
      port: 1,
      username: 'u',
      password: 'fuzz-pass',
      fromAddress: 'a@example.com',
      toAddress: 'b@example.com',
    };
  if (key === 'POST /api/v1/email-servers')
    return { alias: 'Fuzz', host: '127.0.0.1', port: 1, username: 'u', password: 'fuzz-pass' };
  if (key.startsWith('PATCH /api/v1/email-servers')) return { alias: 'Fuzzed', port: 2 };
  if (key.endsWith('/email-servers/:emailServerId/test'))
    return { fromAddress: 'a@example.com', toAddress: 'b@example.com' };
  if (key === 'POST /api/v1/brands') return { name: 'Fuzz brand' };
  if (key.endsWith('/customizations') || key.endsWith('/:customizationId'))
    return { language: 'de', subject: 'Fuzz ${org.name}', body: '<p>Fuzz ${user.profile.firstName}</p>' };
  if (key.endsWith('/settings')) return { recipients: 'ALL_USERS' };
  if (key.endsWith('/test-sends')) return { to: 'fuzz@example.com', language: 'fr' };
  if (key.startsWith('POST /api/v1/users')) return { profile: { firstName: 'Ada' } };
  return {};
}

const BAD_JSON = [
  '{',
  '}',
  '{"a":',
  '{"a" 1}',
  "{'a':1}",
  '[1,2',
  'nul',
  'tru',
  'undefined',
  'NaN',
  '{"a":1,}',
  '{"a":01}',
  '{"__proto__":{"polluted":1}}',
  '{"constructor":{"prototype":{"polluted":1}}}',
  '{"a":"\\x41"}',
  '\u0000',
  '/* */{}',
  '{"a":1}{"b":2}',
  '{"a":1e99999',
];

const WEIRD_VALUES: unknown[] = [
  null,
  true,
  0,
  -1,
  1.5,
  1e308,
  -1e308,
  '',
  ' ',
  'x'.repeat(70_000),
  '\u0000',
  '\u202e\u200b\ud83d\ude00',
  '${user.constructor.constructor("return process")()}',
  '../../../../etc/passwd',
  [],
  [1, 'a'],
  {},
  { $gt: '' },
  '<script>alert(1)</script>',
];

/** Content types and how each is read: as JSON, as not JSON (415), or as a malformed header. */
const CONTENT_TYPES: { type: string; reads: 'json' | 'other' | 'malformed' }[] = [
  { type: 'text/plain', reads: 'other' },
  { type: 'application/xml', reads: 'other' },
  { type: 'multipart/form-data; boundary=x', reads: 'other' },
  { type: 'application/x-www-form-urlencoded', reads: 'other' },
  { type: 'application/octet-stream', reads: 'other' },
  { type: 'application/json-patch+json', reads: 'other' },
  { type: 'text/json', reads: 'other' },
  { type: 'application/jsonx', reads: 'other' },
  { type: 'application/json; charset=utf-16', reads: 'json' },
  { type: 'application/json; charset=latin1', reads: 'json' },
  { type: 'APPLICATION/JSON', reads: 'json' },
  { type: ';;;', reads: 'malformed' },
  { type: 'application/json, text/plain', reads: 'malformed' },
];

const BAD_IDS = [
  '..',
  '..%2F..%2Fetc%2Fpasswd',
  '%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  '%00',
  '%FF',
  '%E0%A4%A',
  '%',
  'x'.repeat(1000),
  '%F0%9F%98%80',
  "1'%20OR%20'1'='1",
  '%3Cscript%3E',
  'null',
  'undefined',
  '__proto__',
  'constructor',
  '0',
  '-1',
  '%20',
  '~',
  '*',
];

const BAD_QUERIES = [
  'limit=-1',
  'limit=0',
  'limit=201',
  'limit=abc',
  'limit=1e309',
  'limit=1.5',
  'limit[]=1&limit[]=2',
  'limit=1&limit=2',
  'after=' + 'z'.repeat(5000),
  'after=%00',
  'expand=everything',
  'expand=settings,' + 'x'.repeat(200),
  'language=%FF',
  'language=' + 'en-'.repeat(100),
  'language=x-klingon',
  'language=__proto__',
  'q=' + 'q'.repeat(300),
  '%',
  'a=%E0%A4%A',
  '__proto__[polluted]=1',
  'constructor[prototype][polluted]=1',
];

function deepNest(depth: number): string {
  return rndNest(depth);
}
function rndNest(depth: number): string {
  return '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
}

/** Replaces one path parameter (or the whole path) with something hostile. */
function badPath(
  route: RouteEntry,
  ids: Record<string, string>,
  rnd: Random,
): { url: string; expect: number[] } {
  const params = [...route.url.matchAll(/:([A-Za-z]+)/g)].map((m) => m[1]);
  if (params.length === 0 || rnd.chance(0.25)) {
    const traversal = rnd.pick([
      '/../../../../etc/passwd',
      '/..%2F..%2F..%2Fetc%2Fpasswd',
      '/%2e%2e/%2e%2e/etc/passwd',
      '/.%00./',
      '//',
      '/%2F%2F',
      '/;x',
      '/./',
    ]);
    // Appended segments make a path no route has: 404, or 405 where it lands on another route's path.
    return { url: concretePath(route.url, ids) + traversal, expect: [400, 404, 405] };
  }
  const target = rnd.pick(params);
  const value = rnd.pick(BAD_IDS);
  // The route exists, the id does not: 404 E0000007, or 400 for an id the router can't decode. A `..` id removes
  // a segment (RFC 3986 dot segments), so the path becomes the parent's, which may lack the method: 405.
  return {
    url: concretePath(route.url, { ...ids, [target]: value }),
    expect: value === '..' ? [400, 404, 405] : [400, 404],
  };
}

/** One generated bad request for `route`, authenticated with `token`. */
export function badRequest(
  route: RouteEntry,
  ids: Record<string, string>,
  token: string,
  rnd: Random,
  /** Methods registered for this path (so a "wrong method" really is one). */
  methods: readonly string[] = [route.method],
): FuzzRequest {
  const hasBody = route.method === 'POST' || route.method === 'PUT' || route.method === 'PATCH';
  const auth = { authorization: `SSWS ${token}` };
  const json = { ...auth, 'content-type': 'application/json' };
  const url = concretePath(route.url, ids);
  const sample = sampleBody(route);
  const base = { method: route.method, url };
  const valid = validAnswers(route);
  const bodyless = BODYLESS.test(route.url);
  /** The oddity may be tolerated (then any valid answer) or refused as a bad request. */
  const validOr400 = (codes: string[]) => merge(valid, [400], codes);
  const roll = rnd.int(hasBody ? 12 : 3);
  switch (roll) {
    case 0: {
      const { url: bad, expect } = badPath(route, ids, rnd);
      return {
        ...base,
        kind: 'bad id / path traversal',
        url: bad,
        headers: json,
        body: hasBody ? JSON.stringify(sample) : undefined,
        expect,
        codes: ['E0000007', 'E0000001', 'E0000003', 'E0000022'],
      };
    }
    case 1:
      return {
        ...base,
        kind: 'bad query',
        url: `${url}?${rnd.pick(BAD_QUERIES)}`,
        headers: json,
        body: hasBody ? JSON.stringify(sample) : undefined,
        // Unknown parameters are ignored; a bad value of a known one is E0000001; bad %-encoding E0000003.
        ...validOr400(['E0000001', 'E0000003']),
      };
    case 2:
      // A method the route does not have, or a body where none belongs.
      return rnd.chance(0.5)
        ? {
            ...base,
            kind: 'wrong method',
            method: rnd.pick(
              ['PATCH', 'PUT', 'POST', 'DELETE', 'OPTIONS'].filter((m) => !methods.includes(m)),
            ),
            headers: auth,
            // The path exists with other methods: 405 E0000022, never 404.
            expect: [405],
            codes: ['E0000022'],
          }
        : {
            ...base,
            kind: 'unexpected body',
            headers: json,
            body: rnd.pick(BAD_JSON),
            // GET ignores a body; DELETE and bodiless POSTs parse it when it says it is JSON.
            ...validOr400(['E0000003']),
          };
    case 3:
      return {
        ...base,
        kind: 'malformed JSON',
        headers: json,
        body: rnd.pick(BAD_JSON),
        ...(bodyless ? validOr400(['E0000003']) : { expect: [400], codes: ['E0000003'] }),
      };
    case 4: {
      const text = JSON.stringify(sample);
      return {
        ...base,
        kind: 'truncated JSON',
        headers: json,
        body: text.slice(0, 1 + rnd.int(text.length - 1)),
        ...(bodyless ? validOr400(['E0000003']) : { expect: [400], codes: ['E0000003'] }),
      };
    }
    case 5: {
      const fields = Object.keys(sample);
      const body: Record<string, unknown> = { ...sample };
      if (fields.length) body[rnd.pick(fields)] = rnd.pick(WEIRD_VALUES);
      return {
        ...base,
        kind: 'wrong type / null / huge',
        headers: json,
        body: JSON.stringify(body),
        // A value of the wrong type is E0000001 naming the field; some fields take any string.
        ...validOr400(['E0000001', 'E0000236']),
      };
    }
    case 6:
      return {
        ...base,
        kind: 'wrong top-level type',
        headers: json,
        body: JSON.stringify(rnd.pick([null, 1, 'text', [], [sample], true])),
        // Not an object: E0000003 (not the body Okta reads) or E0000001 (validation names the body).
        ...(bodyless
          ? validOr400(['E0000001', 'E0000003'])
          : { expect: [400], codes: ['E0000001', 'E0000003'] }),
      };
    case 7:
      return {
        ...base,
        kind: 'deep nesting',
        headers: json,
        body: rnd.chance(0.5) ? deepNest(1000 + rnd.int(20_000)) : '['.repeat(50_000) + ']'.repeat(50_000),
        // An object nested under an unknown field is dropped like any unknown field; an array is not an object.
        ...merge(valid, [400, 413], ['E0000001', 'E0000003', 'MR0000413']),
      };
    case 8:
      return {
        ...base,
        kind: 'unknown fields',
        headers: json,
        body: JSON.stringify({
          ...sample,
          ['x' + rnd.int(1e6)]: rnd.pick(WEIRD_VALUES),
          id: 'forged',
          _links: {},
        }),
        // Unknown fields are dropped, as Okta ignores them: the answer is the valid request's.
        ...merge(valid, [], []),
      };
    case 9: {
      const { type, reads } = rnd.pick(CONTENT_TYPES);
      return {
        ...base,
        kind: 'odd content type',
        headers: { ...auth, 'content-type': type },
        body: JSON.stringify(sample),
        // JSON in another spelling is read as JSON (a valid answer, or 400 if its charset confuses it); another
        // type is 415 MR0000415; a header that isn't a media type is 400 or 415 (the body goes unread).
        ...(bodyless
          ? merge(valid, [400, 415], ['E0000001', 'E0000003', 'MR0000415'])
          : reads === 'json'
            ? validOr400(['E0000003'])
            : reads === 'other'
              ? { expect: [415], codes: ['MR0000415'] }
              : { expect: [400, 415], codes: ['E0000001', 'E0000003', 'MR0000415'] }),
      };
    }
    case 10:
      return {
        ...base,
        kind: 'oversize body',
        headers: json,
        body: JSON.stringify({ ...sample, pad: 'p'.repeat(1024 * 1024 + rnd.int(100_000)) }),
        expect: [413],
        codes: ['MR0000413'],
      };
    default: {
      const text = JSON.stringify(sample);
      const variants: Buffer[] = [
        Buffer.concat([
          Buffer.from(text.slice(0, -2)),
          Buffer.from([0xff, 0xfe, 0xc0, 0x80]),
          Buffer.from(text.slice(-2)),
        ]),
        Buffer.from(text, 'utf16le'),
        Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]),
        Buffer.from(text.replace(/"([^"]*)"/, '"$1\\ud83d"')),
      ];
      return {
        ...base,
        kind: 'bad encoding',
        headers: json,
        body: rnd.pick(variants),
        // Invalid UTF-8 is replaced, a BOM tolerated or refused; UTF-16 is not JSON (E0000003).
        ...validOr400(['E0000001', 'E0000003']),
      };
    }
  }
}
