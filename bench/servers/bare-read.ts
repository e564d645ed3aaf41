// Baseline for the API read path (and the first-paint baseline page): a bare Fastify server that answers with
// bytes captured from Mailroom (BODY_FILE), without auth, validation, SQLite or serialisation.
import fs from 'node:fs';
import Fastify from 'fastify';

const body = fs.readFileSync(process.env.BODY_FILE ?? '/dev/null');
const app = Fastify({ logger: false });

app.get('/health', async () => ({ ok: true }));
app.get('/api/v1/brands/:brandId/templates/email', (_request, reply) => {
  reply.header('content-type', 'application/json; charset=utf-8').send(body);
});
// The smallest page that paints: the first-contentful-paint baseline.
app.get('/blank.html', (_request, reply) => {
  reply
    .header('content-type', 'text/html; charset=utf-8')
    .send('<!doctype html><html lang="en"><title>Blank</title><h1>Email templates</h1></html>');
});

await app.listen({ host: '127.0.0.1', port: Number(process.env.PORT) });
