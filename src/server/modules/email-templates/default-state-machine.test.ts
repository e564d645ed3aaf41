import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/support/build-test-app';

/** Small seeded PRNG (mulberry32) so a failing sequence can be replayed from its seed. */
function prng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let x = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

const LANGUAGES = ['en', 'fr', 'de', 'es', 'ja'];
const BODY = '<p>${user.profile.firstName}: <a href="${activationLink}">go</a></p>';
const DOCUMENTED: Record<string, number[]> = {
  create: [201, 409],
  replace: [200, 404, 409],
  delete: [204, 404, 409],
  deleteAll: [204],
};

describe('the one-default state machine under random operation sequences', () => {
  let t: TestApp;
  let url: string;
  beforeAll(async () => {
    t = await buildTestApp();
    url = `/api/v1/brands/${t.defaultBrandId}/templates/email/UserActivation/customizations`;
  });
  afterAll(async () => {
    await t.close();
  });

  for (const seed of [1, 2, 3, 4, 5]) {
    it(`seed ${seed}: exactly one default while customized, at most one per language`, async () => {
      const random = prng(seed);
      const pick = <T>(items: T[]) => items[Math.floor(random() * items.length)];
      const maybeDefault = () => pick([true, false, undefined]);
      await t.call({ method: 'DELETE', url });

      for (let step = 0; step < 120; step++) {
        const current: { id: string; language: string; isDefault: boolean }[] = (
          await t.call({ method: 'GET', url: `${url}?limit=200` })
        ).json();
        const op = pick(['create', 'create', 'replace', 'replace', 'delete', 'delete', 'deleteAll']);
        const target = current.length > 0 ? pick(current) : undefined;
        let res;
        if (op === 'create') {
          res = await t.call({
            method: 'POST',
            url,
            payload: { language: pick(LANGUAGES), subject: 's', body: BODY, isDefault: maybeDefault() },
          });
        } else if (op === 'replace') {
          const id = target?.id ?? 'oelMissing';
          res = await t.call({
            method: 'PUT',
            url: `${url}/${id}`,
            payload: {
              language: pick(LANGUAGES),
              subject: `s${step}`,
              body: BODY,
              isDefault: maybeDefault(),
            },
          });
        } else if (op === 'delete') {
          res = await t.call({ method: 'DELETE', url: `${url}/${target?.id ?? 'oelMissing'}` });
        } else {
          res = await t.call({ method: 'DELETE', url });
        }
        expect(DOCUMENTED[op], `${op} answered ${res.statusCode} at step ${step}`).toContain(res.statusCode);

        const after: { language: string; isDefault: boolean }[] = (
          await t.call({ method: 'GET', url: `${url}?limit=200` })
        ).json();
        const defaults = after.filter((c) => c.isDefault).length;
        expect(defaults, `defaults after step ${step} (${op})`).toBe(after.length > 0 ? 1 : 0);
        expect(new Set(after.map((c) => c.language)).size).toBe(after.length);
      }
    });
  }
});
