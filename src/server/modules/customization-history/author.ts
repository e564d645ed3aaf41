import type { FastifyRequest } from 'fastify';
import type { TokenRepository } from '../tokens/repository';
import type { UserRepository } from '../users/repository';

/**
 * Who a save is recorded as: for a console session the signed-in user's name (the person at the keyboard), for an
 * API token its name (`ci`, `Bootstrap admin`: what `npm run token -- list` shows). Never the token itself.
 */
export function createAuthorOf(tokens: TokenRepository, users: UserRepository) {
  return async (request: FastifyRequest): Promise<string | null> => {
    const principal = request.principal;
    if (!principal) return null;
    if (principal.via === 'session') {
      const profile = (await users.get(principal.userId))?.profile;
      const name = [profile?.firstName, profile?.lastName].filter(Boolean).join(' ');
      return name || profile?.login || (await tokens.get(principal.tokenId))?.name || null;
    }
    return (await tokens.get(principal.tokenId))?.name ?? null;
  };
}
export type AuthorOf = ReturnType<typeof createAuthorOf>;
