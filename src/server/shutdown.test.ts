import Database from 'better-sqlite3';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { SMTPServer } from 'smtp-server';
import { afterAll, describe, expect, it } from 'vitest';
import { EMAIL_TEMPLATES } from '../shared/templates/catalog';
import { httpClient } from '../../test/reliability/http';
import { startChildServer } from '../../test/support/child-server';

const TOKEN = '00ShutdownTestToken0000000000000000000000';
const TEMPLATES = EMAIL_TEMPLATES.filter((t) => t.requiredVariables.length === 0).map((t) => t.name);
const LANGUAGES = ['en', 'fr', 'de', 'es'];
const WORKERS = 8;

/** An SMTP server that takes 1.5 s to greet, then accepts anything: a test send to it stays in flight that long. */
async function slowSmtpServer() {
  const received: string[] = [];
  const server = new SMTPServer({
    authMethods: ['PLAIN', 'LOGIN'],
    allowInsecureAuth: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onConnect: (_session, callback) => setTimeout(() => callback(), 1_500),
    onAuth: (auth, _session, callback) => callback(null, { user: auth.username }),
    onData(stream, _session, callback) {
      stream.on('data', () => undefined);
      stream.on('end', () => {
        received.push('message');
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return {
    port: (server.server.address() as AddressInfo).port,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const version = (text: string) => Number(/v(\d+) /.exec(text)?.[1] ?? NaN);

/**
 * SIGTERM in the middle of a write burst (and of a slow request): the server stops taking work, answers what it
 * had, closes the database cleanly and exits 0. Every acknowledged write is in the file, none that was refused.
 */
describe('graceful shutdown', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mailroom-shutdown-'));
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('SIGTERM mid write burst: requests in flight answered, acknowledged writes kept, clean file, exit 0', async () => {
    const smtp = await slowSmtpServer();
    const server = await startChildServer(dataDir, TOKEN, { LOG_LEVEL: 'info' });
    const client = httpClient(server.url, WORKERS + 1);
    const auth = { authorization: `SSWS ${TOKEN}` };
    const json = { ...auth, 'content-type': 'application/json' };
    try {
      const brandId = (await server.api<{ id: string }[]>('GET', '/api/v1/brands')).data[0].id;
      const relay = await server.api<{ id: string }>('POST', '/api/v1/email-servers', {
        alias: 'Slow relay',
        host: '127.0.0.1',
        port: smtp.port,
        username: 'u',
        password: 'shutdown-pass-1',
      });
      expect(relay.status).toBe(201);

      // Each worker owns its (template, language) slots: first a create, then replaces with rising versions.
      const slots = new Map<string, { id?: string; acked: number; refused: number[]; unknown: number[] }>();
      const keys = TEMPLATES.flatMap((t) => LANGUAGES.map((l) => `${t}/${l}`));
      const statuses = new Map<number, number>();
      let next = 0;
      let stop = false;
      let signalled = 0;
      let answeredAfterSignal = 0;
      const worker = async (w: number) => {
        const mine = keys.filter((_, i) => i % WORKERS === w);
        for (let i = 0; !stop; i++) {
          const key = mine[i % mine.length];
          const [template, language] = key.split('/');
          const slot = slots.get(key) ?? { acked: 0, refused: [], unknown: [] };
          slots.set(key, slot);
          const v = ++next;
          const body = JSON.stringify({ language, subject: `v${v} subject`, body: `<p>v${v} body</p>` });
          const base = `/api/v1/brands/${brandId}/templates/email/${template}/customizations`;
          try {
            const res = slot.id
              ? await client.send({ method: 'PUT', path: `${base}/${slot.id}`, headers: json, body })
              : await client.send({ method: 'POST', path: base, headers: json, body });
            statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
            if (signalled) answeredAfterSignal++;
            if (res.status === 200 || res.status === 201) {
              slot.acked = v;
              if (!slot.id) slot.id = JSON.parse(res.body).id;
            } else if (res.status === 503) {
              slot.refused.push(v); // closing: refused, so it must not be there
            } else {
              throw new Error(`unexpected ${res.status}: ${res.body.slice(0, 200)}`);
            }
          } catch (error) {
            if (!signalled) throw error;
            // Sent as the server closed its kept-alive connection: it may or may not have arrived.
            slot.unknown.push(v);
            return;
          }
        }
      };
      const burst = Promise.all(Array.from({ length: WORKERS }, (_, w) => worker(w)));
      await new Promise((resolve) => setTimeout(resolve, 700));

      // A request that takes 1.5 s more, in flight when the signal comes.
      const slowSend = client.send({
        method: 'POST',
        path: `/api/v1/email-servers/${relay.data.id}/test`,
        headers: json,
        body: JSON.stringify({ fromAddress: 'noreply@acme.example', toAddress: 'ops@acme.example' }),
      });
      await new Promise((resolve) => setTimeout(resolve, 200));
      const exited = new Promise<number | null>((resolve) =>
        server.child.once('exit', (code) => resolve(code)),
      );
      signalled = Date.now();
      server.child.kill('SIGTERM');
      const slow = await slowSend;
      const code = await exited;
      const shutdownMs = Date.now() - signalled;
      stop = true;
      await burst;

      // The in-flight slow request was answered, after doing its work, and the process ended well within 10 s.
      expect(slow.status, slow.body).toBe(204);
      expect(smtp.received).toHaveLength(1);
      expect(code, server.output()).toBe(0);
      expect(shutdownMs).toBeLessThan(10_000);
      expect(server.output()).toContain('shutting down');
      expect(server.output()).toMatch(/"msg":"stopped"/);
      const acked = [...slots.values()].filter((s) => s.acked > 0).length;
      expect(acked).toBeGreaterThan(20);

      // A clean close leaves no WAL behind: everything is in the main file (a SIGKILL would leave it).
      const file = path.join(dataDir, 'mailroom.sqlite');
      const wal = `${file}-wal`;
      expect(fs.existsSync(wal) ? fs.statSync(wal).size : 0).toBe(0);
      const db = new Database(file, { readonly: true });
      try {
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        const rows = db
          .prepare<[string], { template_name: string; language: string; subject: string; body: string }>(
            'SELECT template_name, language, subject, body FROM customizations WHERE brand_id = ?',
          )
          .all(brandId);
        const stored = new Map(rows.map((r) => [`${r.template_name}/${r.language}`, r]));
        const problems: string[] = [];
        for (const [key, slot] of slots) {
          const row = stored.get(key);
          const seen = row ? version(row.subject) : 0;
          if (row && version(row.body) !== seen)
            problems.push(`${key} half-applied: ${row.subject} / ${row.body}`);
          // The acknowledged version, or a later one whose answer never came; never a refused one.
          const allowed = [slot.acked, ...slot.unknown];
          if (!allowed.includes(seen)) problems.push(`${key}: v${seen} stored, acknowledged v${slot.acked}`);
          if (slot.refused.includes(seen)) problems.push(`${key}: refused v${seen} was applied`);
        }
        expect(problems).toEqual([]);
      } finally {
        db.close();
      }
      // What was in flight when the signal came was answered, not dropped (figures for the report).
      console.log(
        `shutdown: ${shutdownMs} ms; ${acked} slots acknowledged; ${answeredAfterSignal} answers after SIGTERM; statuses ${JSON.stringify(Object.fromEntries(statuses))}`,
      );
    } finally {
      client.close();
      await server.stop();
      await smtp.close();
    }
  }, 60_000);
});
