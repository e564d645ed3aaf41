import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/** Headers every response carries: Okta's request id, a Date (the SDK's retry maths needs it), and safety headers. */
export function registerResponseHeaders(app: FastifyInstance) {
  // Callback style: an async hook costs a promise and a microtask on every request, for nothing here.
  app.addHook('onRequest', (request, reply, done) => {
    setResponseHeaders(request, reply);
    done();
  });
}

/** Also called for requests the router rejects before any hook runs (see okta-errors.ts). */
export function setResponseHeaders(request: FastifyRequest, reply: FastifyReply) {
  reply.header('X-Okta-Request-Id', request.id);
  reply.header('Date', new Date().toUTCString());
  reply.header('X-Content-Type-Options', 'nosniff');
  reply.header('Referrer-Policy', 'no-referrer');
  if (request.url.startsWith('/api/')) reply.header('Cache-Control', 'no-store');
}
