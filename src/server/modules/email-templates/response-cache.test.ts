import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startListeningApp } from '../../../../test/support/listening-app';
import type { TestApp } from '../../../../test/support/build-test-app';
import { runTransferCli } from '../../cli/transfer-cli';
import { defaultContent } from '../../../shared/templates/default-content';

// The response cache on real HTTP: every write path that changes a brand's template answers makes the next GET
// rebuild them (new bytes, new ETag), a conditional GET with the old ETag gets the new content, and auth,
// scopes and rate limits still run before the cache. build-test-app checks every answer against Okta's schemas,
// cached bytes and 304s included.

type App = TestApp & { url: string };

interface Answer {
  status: number;
  headers: Headers;
  text: string;
  json: () => unknown;
}

interface Caller {
  token?: string;
  cookie?: string;
  csrf?: string;
}

async function http(
  app: App,
  method: string,
  apiPath: string,
  options: Caller & { body?: unknown; headers?: Record<string, string> } = {},
): Promise<Answer> {
  const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
  if (options.cookie) headers.cookie = options.cookie;
  else headers.authorization = `SSWS ${options.token ?? app.token}`;
  if (options.csrf) headers['x-csrf-token'] = options.csrf;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`${app.url}${apiPath}`, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, json: () => JSON.parse(text) };
}

const BODY = defaultContent('ForgotPassword', 'en')!.body;

describe('response cache: no stale read after a write', () => {
  let t: App;
  let root: string;
  let template: string;
  let dir: string;

  beforeAll(async () => {
    t = await startListeningApp({ RATE_LIMIT: '0', AUTH_FAILURE_LIMIT: '0' });
    root = `/api/v1/brands/${t.defaultBrandId}/templates/email`;
    template = `${root}/ForgotPassword`;
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mailroom-cache-'));
  });
  afterAll(async () => {
    await t.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const hits = () => t.app.mailroom.responses.stats().hits;
  const listPath = () => `${root}?expand=settings,customizationCount`;
  const customizationsPath = () => `${template}/customizations`;

  /**
   * GET each path twice (the second must be a cache hit answering 304 to its own ETag), run the write, then
   * each path must answer 200 with a new ETag and content that `reflects` accepts; a conditional GET with the
   * old ETag gets that new content (200, not 304), and one with the new ETag gets 304.
   */
  async function expectFreshAfter(
    paths: string[],
    write: () => Promise<void>,
    reflects: (apiPath: string, body: unknown) => void,
    caller: Caller = {},
  ) {
    const before = new Map<string, string>();
    for (const p of paths) {
      const first = await http(t, 'GET', p, caller);
      expect(first.status, `${p}: ${first.text}`).toBe(200);
      const etag = first.headers.get('etag')!;
      // fetch asks for gzip, so the compression plugin weakens the cached answer's strong tag (same bytes, new
      // encoding); If-None-Match compares weakly, so the weak tag still revalidates below.
      expect(etag).toMatch(/^(W\/)?"[\w-]+"$/);
      const hitsBefore = hits();
      const again = await http(t, 'GET', p, { ...caller, headers: { 'if-none-match': etag } });
      expect(again.status, `${p}: warm and unchanged`).toBe(304);
      expect(hits(), `${p}: served from the cache`).toBe(hitsBefore + 1);
      before.set(p, etag);
    }
    await write();
    for (const p of paths) {
      const after = await http(t, 'GET', p, caller);
      expect(after.status, `${p}: ${after.text}`).toBe(200);
      const etag = after.headers.get('etag')!;
      expect(etag, `${p}: a new ETag after the write`).not.toBe(before.get(p));
      reflects(p, after.json());
      const conditional = await http(t, 'GET', p, {
        ...caller,
        headers: { 'if-none-match': before.get(p)! },
      });
      expect(conditional.status, `${p}: the old ETag gets the new content`).toBe(200);
      expect(conditional.text).toBe(after.text);
      expect(conditional.headers.get('etag')).toBe(etag);
      const current = await http(t, 'GET', p, { ...caller, headers: { 'if-none-match': etag } });
      expect(current.status).toBe(304);
      expect(current.text).toBe('');
    }
  }

  type Template = {
    name: string;
    _embedded: { customizationCount?: number; settings?: { recipients: string } };
  };
  type Customization = { id: string; language: string; subject: string; isDefault: boolean };
  const countIn = (body: unknown) =>
    Array.isArray(body)
      ? (body as Template[]).find((x) => x.name === 'ForgotPassword')!._embedded.customizationCount
      : (body as Template)._embedded.customizationCount;
  const recipientsIn = (body: unknown) =>
    Array.isArray(body)
      ? (body as Template[]).find((x) => x.name === 'ForgotPassword')!._embedded.settings!.recipients
      : ((body as Template)._embedded?.settings?.recipients ?? (body as { recipients: string }).recipients);

  const create = async (language: string, subject: string, caller: Caller = {}) => {
    const res = await http(t, 'POST', customizationsPath(), {
      ...caller,
      body: { language, subject, body: BODY },
    });
    expect(res.status, res.text).toBe(201);
    return res.json() as Customization;
  };

  it('API create of a customization', async () => {
    await expectFreshAfter(
      [listPath(), `${template}?expand=customizationCount`, customizationsPath()],
      async () => {
        await create('en', 'Reset, in English');
      },
      (p, body) => {
        if (p === customizationsPath())
          expect((body as Customization[]).map((c) => c.subject)).toEqual(['Reset, in English']);
        else expect(countIn(body)).toBe(1);
      },
    );
  });

  it('API replace of a customization', async () => {
    const fr = await create('fr', 'Réinitialisation');
    const item = `${customizationsPath()}/${fr.id}`;
    await expectFreshAfter(
      [item, customizationsPath()],
      async () => {
        const res = await http(t, 'PUT', item, {
          body: { language: 'fr', subject: 'Nouveau sujet', body: BODY },
        });
        expect(res.status, res.text).toBe(200);
      },
      (p, body) => {
        const list = Array.isArray(body) ? (body as Customization[]) : [body as Customization];
        expect(list.find((c) => c.id === fr.id)!.subject).toBe('Nouveau sujet');
      },
    );
  });

  it('API delete of a customization (and its own GET turns 404, even with its old ETag)', async () => {
    const de = await create('de', 'Passwort');
    const item = `${customizationsPath()}/${de.id}`;
    const warm = await http(t, 'GET', item);
    expect(warm.status).toBe(200);
    await expectFreshAfter(
      [listPath(), customizationsPath()],
      async () => {
        const res = await http(t, 'DELETE', item);
        expect(res.status, res.text).toBe(204);
      },
      (p, body) => {
        if (p === customizationsPath())
          expect((body as Customization[]).map((c) => c.language)).not.toContain('de');
        else expect(countIn(body)).toBe(2);
      },
    );
    const gone = await http(t, 'GET', item, { headers: { 'if-none-match': warm.headers.get('etag')! } });
    expect(gone.status).toBe(404);
    expect(gone.headers.get('etag')).toBeNull();
    expect(gone.headers.get('cache-control')).toBe('no-store');
  });

  it('API delete-all of a template’s customizations', async () => {
    await expectFreshAfter(
      [listPath(), `${template}?expand=customizationCount`, customizationsPath()],
      async () => {
        const res = await http(t, 'DELETE', customizationsPath());
        expect(res.status, res.text).toBe(204);
      },
      (p, body) => {
        if (p === customizationsPath()) expect(body).toEqual([]);
        else expect(countIn(body)).toBe(0);
      },
    );
  });

  it('settings PUT', async () => {
    await expectFreshAfter(
      [`${template}/settings`, listPath(), `${template}?expand=settings`],
      async () => {
        const res = await http(t, 'PUT', `${template}/settings`, { body: { recipients: 'ADMINS_ONLY' } });
        expect(res.status, res.text).toBe(200);
      },
      (_p, body) => expect(recipientsIn(body)).toBe('ADMINS_ONLY'),
    );
  });

  it('brand create: the new brand answers for itself at once, and other brands’ entries stay valid', async () => {
    const warm = await http(t, 'GET', listPath());
    const created = await http(t, 'POST', '/api/v1/brands', { body: { name: 'Cache test brand' } });
    expect(created.status, created.text).toBe(201);
    const brandId = (created.json() as { id: string }).id;
    const list = `/api/v1/brands/${brandId}/templates/email?expand=settings,customizationCount`;
    const first = await http(t, 'GET', list);
    expect(first.status).toBe(200);
    expect(first.text).toContain(`/api/v1/brands/${brandId}/templates/email/`);
    expect(first.text).not.toContain(t.defaultBrandId);
    const hitsBefore = hits();
    expect((await http(t, 'GET', list)).text).toBe(first.text);
    expect(hits(), 'the new brand has a version: its answers are cached').toBe(hitsBefore + 1);
    // A write to the new brand leaves the default brand's answers (and ETags) as they were.
    await expectFreshAfter(
      [list],
      async () => {
        const res = await http(
          t,
          'PUT',
          `/api/v1/brands/${brandId}/templates/email/ForgotPassword/settings`,
          {
            body: { recipients: 'NO_USERS' },
          },
        );
        expect(res.status).toBe(200);
      },
      (_p, body) => expect(recipientsIn(body)).toBe('NO_USERS'),
    );
    const unchanged = await http(t, 'GET', listPath(), {
      headers: { 'if-none-match': warm.headers.get('etag')! },
    });
    expect(unchanged.status).toBe(304);
  });

  async function cliImport(args: string[], bundle: unknown) {
    const file = path.join(dir, `bundle-${Date.now()}.json`);
    fs.writeFileSync(file, JSON.stringify(bundle));
    let output = '';
    const code = await runTransferCli({
      args: ['import', file, '--yes', ...args],
      env: t.storeEnv,
      stdout: { write: (text: string) => (output += text) },
      stderr: { write: (text: string) => (output += text) },
    });
    expect(code, output).toBe(0);
  }

  const bundle = (recipients: string, customizations: { language: string; subject: string }[]) => ({
    format: 'mailroom-bundle',
    version: 1,
    templates: [
      {
        name: 'ForgotPassword',
        recipients,
        customizations: customizations.map((c, i) => ({ ...c, isDefault: i === 0, body: BODY })),
      },
    ],
  });

  it('transfer import by the CLI on the same DATA_DIR (its own app and SQLite connection)', async () => {
    await expectFreshAfter(
      [listPath(), customizationsPath(), `${template}/settings`],
      () => cliImport([], bundle('ALL_USERS', [{ language: 'it', subject: 'Reimposta (CLI)' }])),
      (p, body) => {
        if (p === customizationsPath())
          expect((body as Customization[]).map((c) => c.subject)).toContain('Reimposta (CLI)');
        else expect(recipientsIn(body)).toBe('ALL_USERS');
      },
    );
  });

  it('transfer import over HTTP (--org URL --token)', async () => {
    await expectFreshAfter(
      [listPath(), customizationsPath(), `${template}/settings`],
      () =>
        cliImport(
          ['--org', t.url, '--token', t.token],
          bundle('ADMINS_ONLY', [{ language: 'it', subject: 'Reimposta (HTTP)' }]),
        ),
      (p, body) => {
        if (p === customizationsPath())
          expect((body as Customization[]).map((c) => c.subject)).toContain('Reimposta (HTTP)');
        else expect(recipientsIn(body)).toBe('ADMINS_ONLY');
      },
    );
  });

  it('a write through a console session (cookie + CSRF token), read through the session', async () => {
    const signIn = await http(t, 'POST', '/api/mailroom/v1/session', {
      cookie: 'none=1',
      body: { token: t.token },
    });
    expect(signIn.status, signIn.text).toBe(201);
    const session = {
      cookie: signIn.headers.get('set-cookie')!.split(';')[0],
      csrf: (signIn.json() as { csrfToken: string }).csrfToken,
    };
    const existing = (await http(t, 'GET', customizationsPath(), session)).json() as Customization[];
    const item = `${customizationsPath()}/${existing.find((c) => c.language === 'it')!.id}`;
    await expectFreshAfter(
      [item, customizationsPath(), listPath()],
      async () => {
        const saved = await http(t, 'PUT', item, {
          ...session,
          body: { language: 'it', subject: 'Salvato dalla console', body: BODY, isDefault: true },
        });
        expect(saved.status, saved.text).toBe(200);
        const settings = await http(t, 'PUT', `${template}/settings`, {
          ...session,
          body: { recipients: 'NO_USERS' },
        });
        expect(settings.status, settings.text).toBe(200);
      },
      (p, body) => {
        if (p === listPath()) expect(recipientsIn(body)).toBe('NO_USERS');
        else {
          const list = Array.isArray(body) ? (body as Customization[]) : [body as Customization];
          expect(list.find((c) => c.language === 'it')!.subject).toBe('Salvato dalla console');
        }
      },
      session,
    );
  });

  it('default content without a language follows the caller’s locale, which is not a brand write', async () => {
    const stock = `${template}/default-content`;
    await expectFreshAfter(
      [stock],
      async () => {
        const res = await http(t, 'POST', '/api/v1/users/me', { body: { profile: { locale: 'fr_FR' } } });
        expect(res.status, res.text).toBe(200);
      },
      (_p, body) =>
        expect((body as { subject: string }).subject).toBe(defaultContent('ForgotPassword', 'fr')!.subject),
    );
    // An explicit language is the same answer whoever asks.
    const de = await http(t, 'GET', `${stock}?language=de`);
    expect((de.json() as { subject: string }).subject).toBe(defaultContent('ForgotPassword', 'de')!.subject);
  });
});

describe('response cache: what runs before it', () => {
  let t: App;
  let list: string;
  beforeAll(async () => {
    t = await startListeningApp({
      RATE_LIMIT: '4',
      RATE_LIMIT_WINDOW_SECONDS: '3600',
      AUTH_FAILURE_LIMIT: '0',
    });
    list = `/api/v1/brands/${t.defaultBrandId}/templates/email?expand=settings,customizationCount`;
  });
  afterAll(async () => {
    await t.close();
  });

  it('a token without the scope gets 403 on a warm entry, even with the right ETag; a bad token 401', async () => {
    const warm = await http(t, 'GET', list);
    expect(warm.status).toBe(200);
    const etag = warm.headers.get('etag')!;
    const hits = t.app.mailroom.responses.stats().hits;
    const brandsOnly = await t.tokenWith('okta.brands.read');
    for (const headers of [{}, { 'if-none-match': etag }, { 'if-none-match': '*' }] as Record<
      string,
      string
    >[]) {
      const refused = await http(t, 'GET', list, { token: brandsOnly, headers });
      expect(refused.status).toBe(403);
      expect((refused.json() as { errorCode: string }).errorCode).toBe('E0000006');
      expect(refused.headers.get('etag')).toBeNull();
      expect(refused.text).not.toContain('ForgotPassword');
      const unknown = await http(t, 'GET', list, { token: '00NotAToken', headers });
      expect(unknown.status).toBe(401);
      expect(unknown.headers.get('etag')).toBeNull();
    }
    expect(t.app.mailroom.responses.stats().hits, 'refused before the cache').toBe(hits);
  });

  it('hits and 304s carry fresh request ids, Date and rate-limit headers, then the limit answers 429', async () => {
    const token = await t.tokenWith('okta.templates.read');
    const first = await http(t, 'GET', list, { token });
    const second = await http(t, 'GET', list, { token });
    const third = await http(t, 'GET', list, {
      token,
      headers: { 'if-none-match': first.headers.get('etag')! },
    });
    expect([first.status, second.status, third.status]).toEqual([200, 200, 304]);
    const ids = [first, second, third].map((r) => r.headers.get('x-okta-request-id'));
    expect(new Set(ids).size).toBe(3);
    for (const r of [first, second, third]) {
      expect(Date.parse(r.headers.get('date')!)).toBeGreaterThan(Date.now() - 60_000);
      expect(r.headers.get('x-rate-limit-limit')).toBe('4');
      expect(r.headers.get('x-rate-limit-reset')).toMatch(/^\d+$/);
      expect(r.headers.get('cache-control')).toBe('no-cache, private');
    }
    expect([first, second, third].map((r) => r.headers.get('x-rate-limit-remaining'))).toEqual([
      '3',
      '2',
      '1',
    ]);
    expect((await http(t, 'GET', list, { token })).status).toBe(200);
    for (const headers of [{}, { 'if-none-match': first.headers.get('etag')! }] as Record<string, string>[]) {
      const limited = await http(t, 'GET', list, { token, headers });
      expect(limited.status).toBe(429);
      expect((limited.json() as { errorCode: string }).errorCode).toBe('E0000047');
      expect(limited.headers.get('x-rate-limit-remaining')).toBe('0');
      expect(limited.headers.get('etag')).toBeNull();
    }
  });

  it('only the cached GETs are revalidated: other answers stay no-store', async () => {
    const me = await http(t, 'GET', '/api/v1/users/me', { token: await t.tokenWith('okta.users.read.self') });
    expect(me.status).toBe(200);
    expect(me.headers.get('cache-control')).toBe('no-store');
    expect(me.headers.get('etag')).toBeNull();
  });
});
