import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { apiPaths, apiRoutes } from '../../../shared/api-paths';
import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { OrgSettingSchema, UserSchema, UserUpdateSchema } from '../../../shared/okta/user';
import { baseUrl, href } from '../../lib/links';
import { notFound } from '../../lib/okta-error';
import type { AppContext } from '../../app-context';

/** The caller's own user (`/users/me`) and the org: what templates read as `user.*` and `org.*`. */
export const userRoutes: FastifyPluginAsyncTypebox<AppContext> = async (app, ctx) => {
  const { users, org, config } = ctx;

  const currentUser = async (request: FastifyRequest) => {
    const user = await users.get(request.principal!.userId);
    if (!user) throw notFound('User');
    const base = baseUrl(request, config.publicUrl);
    return { ...user, _links: { self: href(base, apiPaths.user(user.id), ['GET', 'POST']) } };
  };

  const meParams = Type.Object({ userId: Type.String({ maxLength: 64 }) });
  const resolveSelf = (userId: string, principalUserId: string) => {
    if (userId !== 'me' && userId !== principalUserId) throw notFound('User');
  };

  app.get(
    apiRoutes.user,
    {
      config: { scope: 'okta.users.read.self' },
      schema: { params: meParams, response: { 200: UserSchema } },
    },
    async (request) => {
      resolveSelf(request.params.userId, request.principal!.userId);
      return currentUser(request);
    },
  );

  app.post(
    apiRoutes.user,
    {
      config: { scope: 'okta.users.manage.self' },
      schema: { params: meParams, body: UserUpdateSchema, response: { 200: UserSchema } },
    },
    async (request) => {
      resolveSelf(request.params.userId, request.principal!.userId);
      await users.updateProfile(request.principal!.userId, request.body.profile);
      return currentUser(request);
    },
  );

  app.get(
    apiRoutes.org,
    { config: { scope: 'okta.orgs.read' }, schema: { response: { 200: OrgSettingSchema } } },
    async (request) => {
      const base = baseUrl(request, config.publicUrl);
      return {
        ...(await org.get()),
        _links: { contacts: href(base, `${apiPaths.org()}/contacts`, ['GET']) },
      };
    },
  );
};
