import http from 'node:http';
import type { AddressInfo } from 'node:net';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startChildServer } from '../../../../test/support/child-server';
import { startListeningApp } from '../../../../test/support/listening-app';
import { startLiveOktaOrg, type LiveOktaOrg } from '../../../../test/support/live-okta-org';
import { closedPort } from '../../../../test/support/smtp-test-server';
import type { TestApp } from '../../../../test/support/build-test-app';
import { createOrgConnection } from './org-check';

const ORG_TOKEN = '00CheckedOrgToken00000000000000000000000000';

describe('the start-up check of real Okta mode', () => {
  let live: LiveOktaOrg;
  let mailroomOrg: TestApp & { url: string };

  beforeAll(async () => {
    live = await startLiveOktaOrg(ORG_TOKEN);
    mailroomOrg = await startListeningApp({ ADMIN_TOKEN: ORG_TOKEN });
  }, 60_000);
  afterAll(async () => {
    await live?.stop();
    await mailroomOrg?.close();
  });

  const check = (orgUrl: string, apiToken = ORG_TOKEN) => createOrgConnection({ orgUrl, apiToken }).check();

  it('passes for an org in live shapes with a token that reads everything', async () => {
    expect(await check(live.url)).toMatchObject({ ok: true, problems: [] });
  });

  it('names a wrong URL, a refused token, and a URL that is not an Okta org, each in one sentence', async () => {
    const port = await closedPort();
    const unreachable = await check(`http://127.0.0.1:${port}`);
    expect(unreachable.problems).toEqual([
      expect.stringMatching(
        /^Can't reach the Okta org at http:\/\/127\.0\.0\.1:\d+ \(ECONNREFUSED\)\. Check OKTA_ORG_URL\.$/,
      ),
    ]);

    const refused = await check(live.url, '00SomeoneElsesToken000000000000000000000000');
    expect(refused.problems).toEqual([expect.stringContaining('refused OKTA_API_TOKEN (401 E0000011)')]);

    const website = http.createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<html>Welcome</html>');
    });
    await new Promise<void>((resolve) => website.listen(0, '127.0.0.1', resolve));
    try {
      const notOkta = await check(`http://127.0.0.1:${(website.address() as AddressInfo).port}`);
      expect(notOkta.problems).toEqual([expect.stringContaining("doesn't answer like an Okta org")]);
    } finally {
      website.close();
    }
  });

  it('names each scope the token lacks', async () => {
    const token = await mailroomOrg.tokenWith('okta.orgs.read', 'okta.users.read.self', 'okta.brands.read');
    const result = await check(mailroomOrg.url, token);
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual([
      expect.stringMatching(
        /^OKTA_API_TOKEN lacks okta\.emailServers\.read: GET \/api\/v1\/email-servers answered 403 E0000006/,
      ),
      expect.stringMatching(
        /^OKTA_API_TOKEN lacks okta\.templates\.read: GET \/api\/v1\/brands\/[^/]+\/templates\/email answered 403/,
      ),
    ]);
    expect(JSON.stringify(result)).not.toContain(token);
  });

  it('prints the result at start, one line per problem, never the token', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mailroom-org-check-'));
    const wrongToken = '00StartUpWrongToken0000000000000000000000000';
    const server = await startChildServer(dataDir, '00FrontAdminToken00000000000000000000000000', {
      OKTA_ORG_URL: live.url,
      OKTA_API_TOKEN: wrongToken,
    });
    try {
      // The check runs right after listening: wait for its lines.
      await expect.poll(() => server.output(), { timeout: 15_000 }).toContain('Problem:');
      const output = server.output();
      expect(output).toContain(`Real Okta mode: managing ${live.url}`);
      expect(output).toMatch(/Problem: The Okta org at .* refused OKTA_API_TOKEN \(401 E0000011\)/);
      expect(output).not.toContain(wrongToken);
    } finally {
      await server.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
