import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, expectOktaError, type TestApp } from '../../testing/build-test-app';

const LINK = '${activationLink}';
/** Templates that parse but attack at render time (each also satisfies the required variable). */
const HOSTILE: Record<string, string> = {
  'huge range': `${LINK}#foreach($i in [1..100000000])x#end`,
  'nested loops': `${LINK}#foreach($a in [1..1000])#foreach($b in [1..1000])#foreach($c in [1..1000])x#end#end#end`,
  'string doubling': `${LINK}#set($s = "xxxxxxxxxxxxxxxx")#foreach($i in [1..60])#set($s = "$s$s")#end$s`,
  'recursive macro': `${LINK}#macro(boom $n)#boom($n)#boom($n)#end#boom(1)`,
  'evaluate recursion': `${LINK}#set($t = '#evaluate($t)')#evaluate($t)`,
  'constructor walk': `${LINK}$user.constructor.constructor("return process")()`,
  'proto walk': `${LINK}#set($p = $user.profile.__proto__)$p.polluted`,
  'class for name': `${LINK}$user.getClass().forName("java.lang.Runtime")`,
  'parse include': `${LINK}#parse("/etc/passwd")#include("/etc/passwd")`,
  'replace bomb': `${LINK}#set($s = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")#foreach($i in [1..40])#set($s = $s.replace("a", "aa"))#end$s`,
};

describe('hostile templates through the API', () => {
  let t: TestApp;
  let url: string;
  beforeAll(async () => {
    t = await buildTestApp();
    url = `/api/v1/brands/${t.defaultBrandId}/templates/email/UserActivation/customizations`;
  });
  afterAll(async () => {
    await t.close();
  });

  for (const [name, body] of Object.entries(HOSTILE)) {
    it(`${name}: a clear answer within a second, no escape, and the server keeps answering`, async () => {
      await t.call({ method: 'DELETE', url });
      const started = Date.now();
      const created = await t.call({ method: 'POST', url, payload: { language: 'en', subject: 'x', body } });
      let answer = created;
      if (created.statusCode === 201) {
        answer = await t.call({ method: 'GET', url: `${url}/${created.json().id}/preview` });
      }
      expect(Date.now() - started).toBeLessThan(1_000);
      if (answer.statusCode !== 200) {
        const error = expectOktaError(answer, 400, 'E0000001');
        expect(error.errorCauses[0].errorSummary).toMatch(/^body: /);
      } else {
        // Rendered harmlessly: no process internals, no pollution.
        expect(answer.body).not.toMatch(/\[native code\]|process\.env|function /);
      }
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect((await t.call({ method: 'GET', url: '/api/v1/users/me' })).statusCode).toBe(200);
    });
  }
});
