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
  /** The statuses that are right for this kind of bad request (any 4xx when empty). */
  expect: number[];
}

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

const CONTENT_TYPES = [
  'text/plain',
  'application/xml',
  'multipart/form-data; boundary=x',
  'application/x-www-form-urlencoded',
  'application/octet-stream',
  'application/json-patch+json',
  'text/json',
  'application/json; charset=utf-16',
  'application/json; charset=latin1',
  'application/jsonx',
  'APPLICATION/JSON',
  ';;;',
  'application/json, text/plain',
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
    return { url: concretePath(route.url, ids) + traversal, expect: [400, 404, 405] };
  }
  const target = rnd.pick(params);
  const value = rnd.pick(BAD_IDS);
  return { url: concretePath(route.url, { ...ids, [target]: value }), expect: [400, 404, 405] };
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
      };
    }
    case 1:
      return {
        ...base,
        kind: 'bad query',
        url: `${url}?${rnd.pick(BAD_QUERIES)}`,
        headers: json,
        body: hasBody ? JSON.stringify(sample) : undefined,
        expect: [],
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
            expect: [404, 405],
          }
        : { ...base, kind: 'unexpected body', headers: json, body: rnd.pick(BAD_JSON), expect: [] };
    case 3:
      return { ...base, kind: 'malformed JSON', headers: json, body: rnd.pick(BAD_JSON), expect: [400] };
    case 4: {
      const text = JSON.stringify(sample);
      return {
        ...base,
        kind: 'truncated JSON',
        headers: json,
        body: text.slice(0, 1 + rnd.int(text.length - 1)),
        expect: [400],
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
        expect: [],
      };
    }
    case 6:
      return {
        ...base,
        kind: 'wrong top-level type',
        headers: json,
        body: JSON.stringify(rnd.pick([null, 1, 'text', [], [sample], true])),
        expect: [400],
      };
    case 7:
      return {
        ...base,
        kind: 'deep nesting',
        headers: json,
        body: rnd.chance(0.5) ? deepNest(1000 + rnd.int(20_000)) : '['.repeat(50_000) + ']'.repeat(50_000),
        expect: [400, 413],
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
        expect: [],
      };
    case 9: {
      const type = rnd.pick(CONTENT_TYPES);
      return {
        ...base,
        kind: 'odd content type',
        headers: { ...auth, 'content-type': type },
        body: JSON.stringify(sample),
        // JSON in another spelling may be read as JSON (then any documented answer); anything else is 415.
        expect: /^application\/json/i.test(type) ? [] : [400, 415],
      };
    }
    case 10:
      return {
        ...base,
        kind: 'oversize body',
        headers: json,
        body: JSON.stringify({ ...sample, pad: 'p'.repeat(1024 * 1024 + rnd.int(100_000)) }),
        expect: [413],
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
      return { ...base, kind: 'bad encoding', headers: json, body: rnd.pick(variants), expect: [] };
    }
  }
}
