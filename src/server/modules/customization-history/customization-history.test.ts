import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apiPaths } from '../../../shared/api-paths';
import { MIGRATIONS } from '../../db/migrations';
import { openSqlite } from '../../db/database';
import { runTransferCli } from '../../cli/transfer-cli';
import { buildTestApp, expectOktaError, type TestApp } from '../../../../test/support/build-test-app';
import { startListeningApp } from '../../../../test/support/listening-app';

const BODY = (n: number | string) =>
  `<p>Hello \${user.profile.firstName} (${n}), <a href="\${activationLink}">activate</a></p>`;
const TEMPLATE = 'UserActivation';

interface Summary {
  customizationId: string;
  version: number;
  language: string;
  subject: string;
  isDefault: boolean;
  author: string | null;
  created: string;
  body?: string;
}

describe('customization version history', () => {
  const apps: TestApp[] = [];
  let t: TestApp;
  const open = async (env: Record<string, string> = {}, dataDir?: string) => {
    const app = await buildTestApp(env, dataDir);
    apps.push(app);
    return app;
  };
  beforeEach(async () => {
    t = await open();
  });
  afterEach(async () => {
    for (const app of apps.splice(0).reverse()) await app.close();
  });

  const customizations = (app = t) => apiPaths.customizations(app.defaultBrandId, TEMPLATE);
  const create = async (language: string, extra: Record<string, unknown> = {}, app = t, token?: string) => {
    const res = await app.call({
      method: 'POST',
      url: customizations(app),
      token,
      payload: { language, subject: `Welcome (${language})`, body: BODY(0), ...extra },
    });
    expect(res.statusCode).toBe(201);
    return res.json() as { id: string };
  };
  const replace = async (id: string, payload: Record<string, unknown>, app = t) => {
    const res = await app.call({
      method: 'PUT',
      url: apiPaths.customization(app.defaultBrandId, TEMPLATE, id),
      payload: { language: 'en', subject: 'Welcome', body: BODY(1), ...payload },
    });
    return res;
  };
  const versions = async (id: string, app = t, token?: string) => {
    const res = await app.call({
      method: 'GET',
      url: apiPaths.customizationVersions(app.defaultBrandId, TEMPLATE, id),
      token,
    });
    expect(res.statusCode).toBe(200);
    return res.json() as Summary[];
  };
  const version = (id: string, n: number | string, app = t) =>
    app.call({
      method: 'GET',
      url: `${apiPaths.customizationVersions(app.defaultBrandId, TEMPLATE, id)}/${n}`,
    });

  it('keeps a version per create and replace: who, when, language, default flag; the list newest first, no bodies', async () => {
    const { id } = await create('en', { subject: 'First' });
    expect((await replace(id, { subject: 'Second', body: BODY(2) })).statusCode).toBe(200);
    const { token: named } = await t.app.mailroom.tokens.create({
      name: 'ci pipeline',
      scopes: ['okta.templates.manage'],
      userId: (await t.app.mailroom.tokens.verify(t.token))!.userId,
    });
    expect(
      (
        await t.call({
          method: 'PUT',
          url: apiPaths.customization(t.defaultBrandId, TEMPLATE, id),
          token: named,
          payload: { language: 'en', subject: 'Third', body: BODY(3) },
        })
      ).statusCode,
    ).toBe(200);

    const list = await versions(id);
    expect(list.map((v) => [v.version, v.subject, v.author, v.language, v.isDefault])).toEqual([
      [3, 'Third', 'ci pipeline', 'en', true],
      [2, 'Second', 'Bootstrap admin', 'en', true],
      [1, 'First', 'Bootstrap admin', 'en', true],
    ]);
    expect(list.every((v) => v.body === undefined && v.customizationId === id)).toBe(true);
    const saved = (
      await t.call({ method: 'GET', url: apiPaths.customization(t.defaultBrandId, TEMPLATE, id) })
    ).json();
    expect(list[0].created).toBe(saved.lastUpdated);

    const second = await version(id, 2);
    expect(second.statusCode).toBe(200);
    expect(second.json()).toMatchObject({ version: 2, subject: 'Second', body: BODY(2), isDefault: true });
    // Never cached: a save shows in the next read.
    expect(second.headers['cache-control']).toBe('no-store');
  });

  it('records the default flag as saved, and a refused save records nothing', async () => {
    await create('en');
    const fr = await create('fr');
    expect((await replace(fr.id, { language: 'fr', isDefault: true })).statusCode).toBe(200);
    expectOktaError(await replace(fr.id, { language: 'en' }), 409, 'E0000183');
    expectOktaError(await replace(fr.id, { language: 'fr', isDefault: false }), 409, 'E0000185');
    expect((await versions(fr.id)).map((v) => [v.version, v.isDefault])).toEqual([
      [2, true],
      [1, false],
    ]);
  });

  it("records a console session's saves under the signed-in user's name", async () => {
    const signIn = await t.app.inject({
      method: 'POST',
      url: '/api/mailroom/v1/session',
      payload: { token: t.token },
    });
    const cookie = String(signIn.headers['set-cookie']).split(';')[0];
    const res = await t.app.inject({
      method: 'POST',
      url: customizations(),
      headers: { cookie, 'x-csrf-token': signIn.json().csrfToken },
      payload: { language: 'en', subject: 'From the console', body: BODY(0) },
    });
    expect(res.statusCode).toBe(201);
    const me = (await t.call({ method: 'GET', url: '/api/v1/users/me' })).json().profile;
    const [v] = await versions(res.json().id);
    expect(v.author).toBe(`${me.firstName} ${me.lastName}`);
  });

  it('keeps the versions of a deleted customization (one or all) and lists it as deleted', async () => {
    await create('en');
    const fr = await create('fr', { subject: 'Bienvenue' });
    await replace(fr.id, { language: 'fr', subject: 'Bienvenue !' });
    const del = await t.call({
      method: 'DELETE',
      url: apiPaths.customization(t.defaultBrandId, TEMPLATE, fr.id),
    });
    expect(del.statusCode).toBe(204);
    expect((await versions(fr.id)).map((v) => v.subject)).toEqual(['Bienvenue !', 'Bienvenue']);
    expect((await version(fr.id, 2)).json().body).toBe(BODY(1));

    const deleted = async () =>
      (
        await t.call({
          method: 'GET',
          url: apiPaths.deletedCustomizations(t.defaultBrandId, TEMPLATE),
        })
      ).json() as { customizationId: string; deletedBy: string; latest: Summary }[];
    expect((await deleted()).map((d) => [d.customizationId, d.deletedBy, d.latest.version])).toEqual([
      [fr.id, 'Bootstrap admin', 2],
    ]);

    // Reset (delete all) keeps the default's versions too.
    const en = (await t.call({ method: 'GET', url: customizations() })).json()[0];
    expect((await t.call({ method: 'DELETE', url: customizations() })).statusCode).toBe(204);
    expect((await versions(en.id)).length).toBe(1);
    expect((await deleted()).map((d) => d.customizationId).sort()).toEqual([en.id, fr.id].sort());
  });

  it('keeps HISTORY_LIMIT versions per customization, dropping the oldest; numbers go on', async () => {
    const small = await open({ HISTORY_LIMIT: '3' });
    const { id } = await create('en', { subject: 'v1' }, small);
    for (const n of [2, 3, 4, 5])
      expect((await replace(id, { subject: `v${n}` }, small)).statusCode).toBe(200);
    const other = await create('fr', { subject: 'fr v1' }, small);
    expect((await versions(id, small)).map((v) => [v.version, v.subject])).toEqual([
      [5, 'v5'],
      [4, 'v4'],
      [3, 'v3'],
    ]);
    expectOktaError(await version(id, 2, small), 404, 'E0000007');
    expect((await versions(other.id, small)).length).toBe(1);
    const rows = (await small.app.mailroom.db.get<{ n: number }>(
      'SELECT count(*) AS n FROM customization_versions',
    ))!.n;
    expect(rows).toBe(4);
    await expect(buildTestApp({ HISTORY_LIMIT: '0' })).rejects.toThrow(/HISTORY_LIMIT must be at least 1/);
  });

  it('survives a restart on the same DATA_DIR', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mailroom-history-'));
    try {
      const first = await buildTestApp({}, dataDir);
      const { id } = await create('en', { subject: 'Before restart' }, first);
      await replace(id, { subject: 'Also before' }, first);
      await first.close();
      const second = await buildTestApp({}, dataDir);
      try {
        expect((await versions(id, second)).map((v) => v.subject)).toEqual(['Also before', 'Before restart']);
        expect((await version(id, 1, second)).json().body).toBe(BODY(0));
      } finally {
        await second.close();
      }
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('needs okta.templates.read (403 without it), and answers 404 E0000007 for what does not exist', async () => {
    const { id } = await create('en');
    const reader = await t.tokenWith('okta.templates.read');
    expect((await versions(id, t, reader)).length).toBe(1);
    const outsider = await t.tokenWith('okta.brands.read', 'okta.templates.manage');
    for (const url of [
      apiPaths.customizationVersions(t.defaultBrandId, TEMPLATE, id),
      apiPaths.customizationVersion(t.defaultBrandId, TEMPLATE, id, 1),
      apiPaths.deletedCustomizations(t.defaultBrandId, TEMPLATE),
    ]) {
      expectOktaError(await t.call({ method: 'GET', url, token: outsider }), 403, 'E0000006');
      expectOktaError(await t.call({ method: 'GET', url, token: null }), 401, 'E0000011');
    }

    const missing = (url: string, what: string) =>
      t.call({ method: 'GET', url }).then((res) => {
        const body = expectOktaError(res, 404, 'E0000007');
        expect(body.errorSummary).toBe(`Not found: ${what}`);
      });
    await missing(apiPaths.customizationVersions('bndMissing', TEMPLATE, id), 'Brand');
    await missing(apiPaths.customizationVersions(t.defaultBrandId, 'NoSuchTemplate', id), 'EmailTemplate');
    await missing(
      apiPaths.customizationVersions(t.defaultBrandId, TEMPLATE, 'tcsMissing'),
      'EmailCustomization',
    );
    await missing(apiPaths.customizationVersion(t.defaultBrandId, TEMPLATE, id, 2), 'CustomizationVersion');
    for (const bad of ['0', 'abc', '-1', '1.5', '99999999999'])
      await missing(
        `${apiPaths.customizationVersions(t.defaultBrandId, TEMPLATE, id)}/${bad}`,
        'CustomizationVersion',
      );
    // Another template's customization is not this template's.
    await missing(
      apiPaths.customizationVersions(t.defaultBrandId, 'ForgotPassword', id),
      'EmailCustomization',
    );
  });

  it('records what `npm run mailroom -- import` saves on a local DATA_DIR', async () => {
    const source = await open({ ADMIN_TOKEN: '00HistorySourceToken0000000000000000000000' });
    await create('en', { subject: 'Imported subject' }, source);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mailroom-history-cli-'));
    const file = path.join(dir, 'bundle.json');
    const quiet = { write: () => true };
    try {
      const run = (args: string[], env: Record<string, string>) =>
        runTransferCli({ args, env, stdout: quiet, stderr: quiet });
      expect(await run(['export', '--out', file], source.storeEnv)).toBe(0);
      expect(await run(['import', file, '--yes'], t.storeEnv)).toBe(0);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    const [imported] = (await t.call({ method: 'GET', url: customizations() })).json();
    expect((await versions(imported.id)).map((v) => [v.subject, v.author])).toEqual([
      ['Imported subject', 'Bootstrap admin'],
    ]);
  });

  it('in real Okta mode records the saves and deletes it forwarded to the org', async () => {
    const orgToken = '00HistoryOrgToken000000000000000000000000';
    const org = await startListeningApp({ ADMIN_TOKEN: orgToken });
    apps.push(org);
    const front = await open({ OKTA_ORG_URL: org.url, OKTA_API_TOKEN: orgToken });
    const brandId = org.defaultBrandId;
    const url = apiPaths.customizations(brandId, TEMPLATE);
    const post = (language: string) =>
      front.call({ method: 'POST', url, payload: { language, subject: `Hi ${language}`, body: BODY(0) } });
    const en = (await post('en')).json();
    const fr = (await post('fr')).json();
    const put = await front.call({
      method: 'PUT',
      url: apiPaths.customization(brandId, TEMPLATE, fr.id),
      payload: { language: 'fr', subject: 'Salut', body: BODY(5), isDefault: true },
    });
    expect(put.statusCode).toBe(200);
    expectOktaError(
      await front.call({
        method: 'PUT',
        url: apiPaths.customization(brandId, TEMPLATE, fr.id),
        payload: { language: 'en', subject: 'Clash', body: BODY(6) },
      }),
      409,
      'E0000183',
    );
    const history = async (id: string) =>
      (
        await front.call({ method: 'GET', url: apiPaths.customizationVersions(brandId, TEMPLATE, id) })
      ).json() as Summary[];
    expect((await history(fr.id)).map((v) => [v.version, v.subject, v.isDefault, v.author])).toEqual([
      [2, 'Salut', true, 'Bootstrap admin'],
      [1, 'Hi fr', false, 'Bootstrap admin'],
    ]);
    const one = await front.call({
      method: 'GET',
      url: apiPaths.customizationVersion(brandId, TEMPLATE, fr.id, 2),
    });
    expect(one.json().body).toBe(BODY(5));

    expect(
      (await front.call({ method: 'DELETE', url: apiPaths.customization(brandId, TEMPLATE, en.id) }))
        .statusCode,
    ).toBe(204);
    const deleted = (
      await front.call({ method: 'GET', url: apiPaths.deletedCustomizations(brandId, TEMPLATE) })
    ).json();
    expect(deleted.map((d: { customizationId: string }) => d.customizationId)).toEqual([en.id]);
    // A customization saved elsewhere (not through this Mailroom) has no history here: empty, not an error.
    expect(await history('oelSavedElsewhere')).toEqual([]);
  });
});

describe('migration 5', () => {
  it('gives every customization saved before history its current state as version 1, with no author', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mailroom-history-db-'));
    const file = path.join(dir, 'mailroom.sqlite');
    try {
      const old = new Database(file);
      for (const migration of MIGRATIONS.slice(0, 4)) old.exec(migration.sqlite);
      old.pragma('user_version = 4');
      old
        .prepare("INSERT INTO brands (id, name, is_default, created) VALUES ('bnd1', 'B', 1, '2026-01-01')")
        .run();
      old
        .prepare(
          `INSERT INTO customizations (id, brand_id, template_name, language, subject, body, is_default, created, last_updated)
           VALUES ('oel1', 'bnd1', 'UserActivation', 'en', 'Old subject', 'Old body', 1, '2026-01-01', '2026-02-02')`,
        )
        .run();
      old.close();
      const db = openSqlite(file);
      expect(await db.all('SELECT * FROM customization_versions')).toEqual([
        {
          customization_id: 'oel1',
          version: 1,
          brand_id: 'bnd1',
          template_name: 'UserActivation',
          language: 'en',
          subject: 'Old subject',
          body: 'Old body',
          is_default: 1,
          author: null,
          created: '2026-02-02',
        },
      ]);
      await db.close();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
