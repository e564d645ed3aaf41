// Baseline for the API write path: bare Fastify (its default JSON body parser, no schema, no auth) and one
// durable better-sqlite3 write per request, with Mailroom's pragmas (WAL, synchronous=FULL) on the same disk.
// What Mailroom adds on top of this is its own cost: auth, validation (language, Velocity syntax, required
// variables), the IMMEDIATE transaction with its invariant checks, and Okta-shaped responses.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import Fastify from 'fastify';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mailroom-bench-bare-'));
const db = new Database(path.join(dir, 'bare.db'));
db.pragma('journal_mode = WAL');
db.pragma('synchronous = FULL');
db.exec(
  'CREATE TABLE items (id INTEGER PRIMARY KEY, language TEXT NOT NULL, subject TEXT NOT NULL, body TEXT NOT NULL)',
);
const insert = db.prepare('INSERT INTO items (language, subject, body) VALUES (?, ?, ?)');
const update = db.prepare('UPDATE items SET language = ?, subject = ?, body = ? WHERE id = ?');
const remove = db.prepare('DELETE FROM items WHERE id = ?');

interface Item {
  language: string;
  subject: string;
  body: string;
}

const app = Fastify({ logger: false, bodyLimit: 1_048_576 });
app.get('/health', async () => ({ ok: true }));
app.post<{ Body: Item }>('/items', async (request, reply) => {
  const { language, subject, body } = request.body;
  const id = Number(insert.run(language, subject, body).lastInsertRowid);
  reply.code(201);
  return { id: String(id), language, subject, body };
});
app.put<{ Body: Item; Params: { id: string } }>('/items/:id', async (request) => {
  const { language, subject, body } = request.body;
  update.run(language, subject, body, Number(request.params.id));
  return { id: request.params.id, language, subject, body };
});
app.delete<{ Params: { id: string } }>('/items/:id', async (request, reply) => {
  remove.run(Number(request.params.id));
  return reply.code(204).send();
});

const close = () => {
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
  process.exit(0);
};
process.on('SIGTERM', close);
process.on('SIGINT', close);
await app.listen({ host: '127.0.0.1', port: Number(process.env.PORT) });
