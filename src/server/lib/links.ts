import type { FastifyRequest } from 'fastify';
import type { HrefObject } from '../../shared/okta/common';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Absolute base URL for `_links` and `Link`: PUBLIC_URL when set, else the request's own origin. */
export function baseUrl(request: FastifyRequest, publicUrl: string | undefined): string {
  return publicUrl ?? `${request.protocol}://${request.host}`;
}

export function href(base: string, path: string, allow: Method[]): HrefObject {
  return { href: base + path, hints: { allow } };
}

/** RFC 8288 `Link` header with `self` and, when there is a further page, `next` (Okta's cursor paging). */
export function linkHeader(
  base: string,
  path: string,
  query: Record<string, string | number | undefined>,
  after?: string,
) {
  const build = (extra: Record<string, string | number | undefined>) => {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries({ ...query, ...extra })) {
      if (value !== undefined && value !== '') params.set(key, String(value));
    }
    const search = params.toString();
    return `<${base}${path}${search ? '?' + search : ''}>`;
  };
  const self = `${build({})}; rel="self"`;
  return after === undefined ? self : `${self}, ${build({ after })}; rel="next"`;
}
