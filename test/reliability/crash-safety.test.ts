import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EMAIL_TEMPLATES } from '../../src/shared/templates/catalog';
import { startChildServer } from '../support/child-server';
import { recordFigure, size } from './figures';
import { httpClient, SEED, seededRandom } from './http';

/**
 * Item 2: a Mailroom process is SIGKILLed in the middle of a write burst, again and again on the same DATA_DIR.
 * After each kill: the SQLite file passes `PRAGMA integrity_check`, every write that got a 2xx is there, no
 * customization is half-applied (subject and body always carry the same version), and the restarted server answers.
 */
const TOKEN = '00CrashSafetyToken000000000000000000000000';
const TEMPLATES = EMAIL_TEMPLATES.filter((t) => t.requiredVariables.length === 0).map((t) => t.name);
const LANGUAGES = ['en', 'fr', 'de', 'es', 'it', 'ja', 'ko', 'nl-NL'];
const WORKERS = 8;

/** What the client knows about one (template, language) slot. */
interface Slot {
  id?: string;
  /** The last acknowledged version; 0 = absent. */
  acked: number;
  /** A write in flight when the server died: its effect may or may not be there. */
  pending?: { kind: 'create' | 'replace' | 'delete'; version: number };
}

const content = (version: number) => ({
  subject: `v${version} subject`,
  body: `<p>v${version} body</p>`,
});
const versionOf = (text: string) => Number(/v(\d+) /.exec(text)?.[1] ?? NaN);

/** When, after a burst starts, the server is killed (README states this range). */
export const KILL_RANGE_MS = [300, 1050] as const;

describe('2. crash safety', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mailroom-crash-'));
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('SIGKILL mid write burst: integrity ok, every 2xx write present, none half-applied, server answers', async () => {
    const rounds = size(3, 20);
    const rnd = seededRandom(SEED);
    const slots = new Map<string, Slot>();
    const problems: string[] = [];
    let ackedWrites = 0;
    const inFlightAtKills: number[] = [];
    let version = 0;
    const killPoints: number[] = [];
    let brandId = '';

    for (let round = 0; round <= rounds; round++) {
      const server = await startChildServer(dataDir, TOKEN);
      const client = httpClient(server.url, WORKERS);
      const auth = { authorization: `SSWS ${TOKEN}`, 'content-type': 'application/json' };
      try {
        if (!brandId) {
          const brands = JSON.parse(
            (await client.send({ method: 'GET', path: '/api/v1/brands', headers: auth })).body,
          );
          brandId = brands[0].id;
        }
        const base = (template: string) =>
          `/api/v1/brands/${brandId}/templates/email/${template}/customizations`;

        // Check what survived the previous kill, against what the client was told.
        for (const template of TEMPLATES) {
          const res = await client.send({
            method: 'GET',
            path: `${base(template)}?limit=200`,
            headers: auth,
          });
          if (res.status !== 200) {
            problems.push(`round ${round}: list ${template} → ${res.status}`);
            continue;
          }
          const stored: {
            id: string;
            language: string;
            subject: string;
            body: string;
            isDefault: boolean;
          }[] = JSON.parse(res.body);
          if (stored.length > 0 && stored.filter((c) => c.isDefault).length !== 1)
            problems.push(
              `round ${round}: ${template} has ${stored.filter((c) => c.isDefault).length} defaults`,
            );
          for (const language of LANGUAGES) {
            const key = `${template}/${language}`;
            const slot = slots.get(key) ?? { acked: 0 };
            const found = stored.find((c) => c.language === language);
            const seen = found ? versionOf(found.subject) : 0;
            if (found && versionOf(found.body) !== seen)
              problems.push(`round ${round}: ${key} half-applied: "${found.subject}" / "${found.body}"`);
            const allowed = new Set([slot.acked]);
            if (slot.pending) allowed.add(slot.pending.kind === 'delete' ? 0 : slot.pending.version);
            if (!allowed.has(seen))
              problems.push(
                `round ${round}: ${key} is v${seen}, expected one of ${[...allowed].map((v) => `v${v}`)}`,
              );
            slots.set(key, { id: found?.id, acked: seen });
          }
        }
        if (round === rounds) break;

        // A write burst from WORKERS connections, each owning its own slots, killed at a random moment. Every
        // random choice is drawn up front (the kill time here, each worker's own stream below), so SEED replays
        // the same choices however the requests interleave.
        let dead = false;
        const keys = TEMPLATES.flatMap((t) => LANGUAGES.map((l) => `${t}/${l}`));
        const killAfter = KILL_RANGE_MS[0] + rnd.int(KILL_RANGE_MS[1] - KILL_RANGE_MS[0]);
        const streams = Array.from({ length: WORKERS }, () => seededRandom(rnd.int(2 ** 31)));
        const worker = async (w: number) => {
          const mine = keys.filter((_, i) => i % WORKERS === w);
          const own = streams[w];
          while (!dead) {
            const key = own.pick(mine);
            const [template, language] = key.split('/');
            const slot = slots.get(key)!;
            const v = ++version;
            const kind = slot.acked === 0 ? 'create' : own.chance(0.15) ? 'delete' : 'replace';
            slot.pending = { kind, version: v };
            try {
              const res =
                kind === 'create'
                  ? await client.send({
                      method: 'POST',
                      path: base(template),
                      headers: auth,
                      body: JSON.stringify({ language, ...content(v) }),
                    })
                  : kind === 'replace'
                    ? await client.send({
                        method: 'PUT',
                        path: `${base(template)}/${slot.id}`,
                        headers: auth,
                        body: JSON.stringify({ language, ...content(v) }),
                      })
                    : await client.send({
                        method: 'DELETE',
                        path: `${base(template)}/${slot.id}`,
                        headers: { authorization: auth.authorization },
                      });
              slot.pending = undefined;
              if (res.status >= 200 && res.status < 300) {
                ackedWrites++;
                if (kind === 'create') slot.id = JSON.parse(res.body).id;
                slot.acked = kind === 'delete' ? 0 : v;
              } else if (!(kind === 'delete' && res.status === 409)) {
                // 409 E0000184: the default can't be deleted, which is fine; anything else is not.
                problems.push(`${kind} ${key} → ${res.status} ${res.body.slice(0, 120)}`);
              }
            } catch {
              return; // the server is gone; the pending write stays unknown
            }
          }
        };
        killPoints.push(killAfter);
        const burst = Promise.all(Array.from({ length: WORKERS }, (_, w) => worker(w)));
        await new Promise((resolve) => setTimeout(resolve, killAfter));
        // Writes sent and not yet answered at the moment of the kill (a worker between two requests has none).
        inFlightAtKills.push([...slots.values()].filter((s) => s.pending).length);
        await server.kill();
        dead = true;
        await burst;
      } finally {
        client.close();
        if (round === rounds) await server.stop();
        else await server.kill();
      }

      // The file opens clean before the next start (this also replays the WAL, as the server would).
      const db = new Database(path.join(dataDir, 'mailroom.sqlite'));
      const integrity = db.pragma('integrity_check', { simple: true });
      if (integrity !== 'ok') problems.push(`round ${round}: integrity_check: ${String(integrity)}`);
      db.close();
    }

    recordFigure({
      item: '2 crash safety',
      figure: `${rounds} SIGKILLs ${KILL_RANGE_MS[0]}–${KILL_RANGE_MS[1]} ms into bursts (at ${killPoints.join('/')} ms; seed ${SEED}); ${ackedWrites} acknowledged writes, in flight at each kill ${inFlightAtKills.join('/')} (${inFlightAtKills.reduce((a, b) => a + b, 0)} in all); ${problems.length} problems`,
      target: 'integrity ok, every 2xx write present, none half-applied, server answers after restart',
      pass: problems.length === 0 && ackedWrites > 0,
    });
    expect(problems).toEqual([]);
    expect(ackedWrites).toBeGreaterThan(0);
  }, 600_000);
});
