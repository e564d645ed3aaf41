import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { OktaApiError } from '../../lib/okta-error';
import { oktaErrors } from '../../lib/error-responses';
import { readCookie, SESSION_COOKIE } from '../../plugins/auth';
import type { AppContext } from '../../app-context';
import { SessionSchema, SignInSchema } from '../../../shared/mailroom/session';
import { apiRoutes } from '../../../shared/api-paths';
import { describeStore } from '../../db/database';

/**
 * Console sign-in: an admin pastes an API token once; the server checks it and answers with an HttpOnly,
 * SameSite=Strict session cookie. The browser keeps only the cookie and a CSRF token, never the API token.
 */
export const sessionRoutes: FastifyPluginAsyncTypebox<AppContext> = async (app, ctx) => {
  // No scope, yet auth.ts runs on these routes too: 401 for a wrong token or no session, 403 for a cross-site
  // request (or a sign-out without its CSRF token), 429 once an address has used up its failures.
  const authErrors = oktaErrors(401, 403, 429);
  const { tokens, sessions, config, limits, orgConnection } = ctx;
  const store = describeStore(config);
  const describe = async (principal: { userId: string; scopes: ReadonlySet<string> }, csrfToken: string) => ({
    userId: principal.userId,
    csrfToken,
    scopes: [...principal.scopes].sort(),
    mode: config.oktaOrgUrl ? ('okta' as const) : ('embedded' as const),
    orgUrl: config.oktaOrgUrl ?? null,
    orgProblems: orgConnection ? (await orgConnection.current()).problems : [],
    customLanguages: config.customLanguages,
    store,
    historyLimit: config.historyLimit,
  });

  app.post(
    apiRoutes.session,
    {
      schema: {
        body: SignInSchema,
        response: { 201: SessionSchema, ...authErrors },
      },
    },
    async (request, reply) => {
      const principal = await tokens.verify(request.body.token.trim());
      if (!principal) {
        await limits.failed(request, reply); // a wrong token here is a guess like any other
        throw new OktaApiError('E0000011');
      }
      const session = await sessions.create(principal);
      const secure = request.protocol === 'https' ? '; Secure' : '';
      reply.header(
        'Set-Cookie',
        `${SESSION_COOKIE}=${session.id}; HttpOnly; SameSite=Strict; Path=/; Max-Age=${session.maxAgeSeconds}${secure}`,
      );
      reply.code(201);
      return describe(principal, session.csrfToken);
    },
  );

  app.get(
    apiRoutes.session,
    { schema: { response: { 200: SessionSchema, ...authErrors } } },
    async (request) => {
      const id = readCookie(request.headers.cookie, SESSION_COOKIE);
      const session = id ? await sessions.find(id) : undefined;
      if (!session) throw new OktaApiError('E0000011');
      return describe(session.principal, session.csrfToken);
    },
  );

  app.delete(
    apiRoutes.session,
    { schema: { response: { 204: Type.Null(), ...authErrors } } },
    async (request, reply) => {
      const id = readCookie(request.headers.cookie, SESSION_COOKIE);
      if (id) await sessions.delete(id);
      reply.header('Set-Cookie', `${SESSION_COOKIE}=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0`);
      return reply.code(204).send(null);
    },
  );
};
