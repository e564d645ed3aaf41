import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../src/server/app';
import { loadConfig, type Config } from '../../src/server/config';
import type { Scope } from '../../src/shared/scopes';
import { expect } from 'vitest';
import { validateOktaError, findSecretFields } from './okta-schema';
import { checkEveryResponse } from './response-conformance';
import { testDatabase } from './test-store';

export const TEST_ADMIN_TOKEN = '00TestAdminToken0000000000000000000000000';

export interface TestApp {
  app: FastifyInstance;
  config: Config;
  dataDir: string;
  /** What a CLI run needs to open this app's store: DATA_DIR, and DATABASE_URL on PostgreSQL. */
  storeEnv: Record<string, string>;
  token: string;
  /** The brand every org has from its first start. */
  defaultBrandId: string;
  /** `app.inject` with the admin token (or `token`) and JSON handling. */
  call(options: InjectOptions & { token?: string | null }): Promise<LightMyRequestResponse>;
  /** A fresh token for the bootstrap admin with exactly these scopes. */
  tokenWith(...scopes: Scope[]): Promise<string>;
  close(): Promise<void>;
}

/**
 * The store of each DATA_DIR in this test process: on PostgreSQL (the node-postgres project) a DATA_DIR's database
 * lives as long as the directory, so an app started again on an existing DATA_DIR finds its data, as on SQLite.
 */
const databases = new Map<string, Awaited<ReturnType<typeof testDatabase>>>();

/**
 * buildApp on a temporary DATA_DIR (or `existingDataDir`, to start again on one) with a free SMTP catcher port, a
 * known admin token and this run's store (test-store.ts).
 */
export async function buildTestApp(
  env: Record<string, string> = {},
  existingDataDir?: string,
): Promise<TestApp> {
  const dataDir = existingDataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'mailroom-test-'));
  let database = databases.get(dataDir);
  if (!database) {
    database = await testDatabase();
    databases.set(dataDir, database);
  }
  const config = loadConfig({
    ...database.env,
    DATA_DIR: dataDir,
    SMTP_CATCHER_PORT: '0',
    ADMIN_TOKEN: TEST_ADMIN_TOKEN,
    CLIENT_DIR: path.join(dataDir, 'no-client'),
    LOG_LEVEL: 'silent',
    ...env,
  });
  const app = await buildApp(config, { logger: false });
  const violations: string[] = [];
  checkEveryResponse(app, violations);
  const adminToken = config.adminToken ?? TEST_ADMIN_TOKEN;
  const userId = (await app.mailroom.tokens.verify(adminToken))!.userId;
  return {
    app,
    config,
    dataDir,
    storeEnv: { DATA_DIR: dataDir, ...database.env },
    token: adminToken,
    defaultBrandId: (await app.mailroom.brands.getDefault())!.id,
    call({ token, ...options }) {
      const headers: Record<string, string> = { ...(options.headers as Record<string, string>) };
      const chosen = token === undefined ? adminToken : token;
      if (chosen !== null) headers.authorization = `SSWS ${chosen}`;
      return app.inject({ ...options, headers });
    },
    async tokenWith(...scopes) {
      return (await app.mailroom.tokens.create({ name: 'test', scopes, userId })).token;
    },
    async close() {
      await app.close();
      // Every response of the test matched Okta's schemas (or was a proper Okta error) and carried no secret.
      expect(violations, 'responses that break the Okta contract').toEqual([]);
      if (!existingDataDir) {
        fs.rmSync(dataDir, { recursive: true, force: true });
        databases.delete(dataDir);
        await database.drop();
      }
    },
  };
}

/** Asserts an Okta error response: status, code, Okta's error shape, and (optionally) causes mentioning text. */
export function expectOktaError(
  response: { statusCode: number; body: string; headers: Record<string, unknown> },
  status: number,
  errorCode: string,
  causeIncludes?: string,
) {
  const body = JSON.parse(response.body);
  expect({ status: response.statusCode, errorCode: body.errorCode }).toEqual({ status, errorCode });
  expect(validateOktaError(body)).toEqual([]);
  expect(String(response.headers['content-type'])).toMatch(/^application\/json/);
  if (causeIncludes) {
    expect(body.errorCauses.map((c: { errorSummary: string }) => c.errorSummary).join('\n')).toContain(
      causeIncludes,
    );
  }
  return body;
}

export function expectNoSecrets(body: unknown) {
  expect(findSecretFields(body)).toEqual([]);
}
