import type { FastifyInstance } from 'fastify';

/**
 * While the server closes (main.ts, on SIGTERM/SIGINT), each answer still in flight ends its connection
 * (`Connection: close`) and connections that turn idle are closed: otherwise a kept-alive client would hold the
 * server open until Fastify's keep-alive timeout (72 s), long after the last request. New requests on those
 * connections meanwhile get Fastify's 503 (`return503OnClosing`).
 */
export function registerDrain(app: FastifyInstance) {
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onSend', async (_request, reply, payload) => {
    if (closing) reply.header('connection', 'close');
    return payload;
  });
  app.addHook('onResponse', async () => {
    if (closing) app.server.closeIdleConnections();
  });
}
