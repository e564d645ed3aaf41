import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app';
import { loadConfig } from '../config';
import { TEST_ADMIN_TOKEN } from '../../../test/support/build-test-app';
import { formatPretty, loggerOptions } from './logging';

describe('LOG_FORMAT', () => {
  it('is pretty on a terminal and JSON elsewhere, unless LOG_FORMAT says', () => {
    expect(loadConfig({}, true).logFormat).toBe('pretty');
    expect(loadConfig({}, false).logFormat).toBe('json');
    expect(loadConfig({ LOG_FORMAT: 'json' }, true).logFormat).toBe('json');
    expect(loadConfig({ LOG_FORMAT: 'pretty' }, false).logFormat).toBe('pretty');
    expect(loadConfig({ LOG_FORMAT: 'JSON' }, true).logFormat).toBe('json');
  });

  it('refuses anything else at start-up, saying what it takes', () => {
    expect(() => loadConfig({ LOG_FORMAT: 'yaml' }, false)).toThrow(
      'LOG_FORMAT must be "pretty" or "json", got "yaml"',
    );
  });
});

describe('server logs', () => {
  let app: FastifyInstance | undefined;
  let dataDir: string;
  afterEach(async () => {
    await app?.close();
    app = undefined;
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  /** A real app logging into `lines`, as main.ts sets it up, in the given format and level. */
  async function appLogging(env: Record<string, string>) {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mailroom-log-'));
    const config = loadConfig(
      { DATA_DIR: dataDir, SMTP_CATCHER_PORT: '0', ADMIN_TOKEN: TEST_ADMIN_TOKEN, ...env },
      false,
    );
    const lines: string[] = [];
    app = await buildApp(config, {
      logger: loggerOptions(config, {
        write: (chunk: string) => lines.push(...chunk.split('\n').filter(Boolean)),
      }),
    });
    // Credentials in every place a client puts them.
    const secretHeaders = {
      authorization: `SSWS ${TEST_ADMIN_TOKEN}`,
      cookie: 'mailroom_session=SessionSecret123456',
      'x-csrf-token': 'CsrfSecret123456',
    };
    await app.inject({ method: 'GET', url: '/api/v1/brands', headers: secretHeaders });
    await app.inject({ method: 'GET', url: '/api/v1/nothing-here', headers: secretHeaders });
    const secrets = [TEST_ADMIN_TOKEN, 'SessionSecret123456', 'CsrfSecret123456'];
    for (const secret of secrets)
      expect(
        lines.filter((l) => l.includes(secret)),
        `${secret} in the log`,
      ).toEqual([]);
    return lines;
  }

  it('JSON: one line per request at debug, with method, path, status and time, and no credentials', async () => {
    const lines = await appLogging({ LOG_FORMAT: 'json', LOG_LEVEL: 'debug' });
    const records = lines.map((l) => JSON.parse(l));
    const requests = records.filter((r) => r.req?.method && r.res);
    expect(requests.map((r) => [r.level, r.req.method, r.req.url, r.res.statusCode])).toEqual([
      [20, 'GET', '/api/v1/brands', 200],
      [20, 'GET', '/api/v1/nothing-here', 404],
    ]);
    expect(typeof requests[0].responseTime).toBe('number');
  });

  it('pretty: human one-liners, requests as "GET /path → 200 n ms", still no credentials', async () => {
    const lines = await appLogging({ LOG_FORMAT: 'pretty', LOG_LEVEL: 'debug' });
    expect(lines.some((l) => l.startsWith('{'))).toBe(false);
    expect(lines).toContainEqual(
      expect.stringMatching(/^\d\d:\d\d:\d\d\.\d{3} DEBUG GET \/api\/v1\/brands → 200 \d+\.\d ms req=\S+$/),
    );
    expect(lines).toContainEqual(expect.stringMatching(/ DEBUG GET \/api\/v1\/nothing-here → 404 /));
  });

  it('at the default level (info) writes no request lines', async () => {
    for (const format of ['json', 'pretty']) {
      const lines = await appLogging({ LOG_FORMAT: format });
      expect(
        lines.filter((l) => l.includes('/api/v1/brands')),
        format,
      ).toEqual([]);
      await app?.close();
      app = undefined;
    }
  });
});

describe('formatPretty', () => {
  const time = new Date(2026, 10, 30, 9, 5, 7, 42).getTime();

  it('writes level, message and extra fields on one line; newlines cannot split it', () => {
    const line = JSON.stringify({
      level: 40,
      time,
      pid: 1,
      hostname: 'h',
      msg: 'Okta org unreachable\nnext',
      org: 'https://acme.okta.com',
      reason: 'no answer within 15 s',
    });
    expect(formatPretty(line)).toBe(
      '09:05:07.042 WARN  Okta org unreachable\\nnext org=https://acme.okta.com reason="no answer within 15 s"\n',
    );
  });

  it("puts an error's type and message on the line and its stack on the indented lines after", () => {
    const line = JSON.stringify({
      level: 50,
      time,
      msg: 'request failed',
      reqId: 'r1',
      err: {
        type: 'TypeError',
        message: 'x is undefined',
        stack: 'TypeError: x is undefined\n    at f (a.ts:1:1)',
      },
    });
    expect(formatPretty(line)).toBe(
      '09:05:07.042 ERROR request failed err="TypeError: x is undefined" req=r1\n    at f (a.ts:1:1)\n',
    );
  });

  it('passes a line that is not JSON through', () => {
    expect(formatPretty('plain text')).toBe('plain text\n');
  });
});
