import type { FastifyRequest } from 'fastify';
import { apiRoutes } from '../../../shared/api-paths';
import type { AuthorOf } from './author';
import type { HistoryRepository } from './repository';

/** The customizations route and its one-customization route: brand, template and (optional) id captured. */
const CUSTOMIZATIONS = new RegExp(`^${apiRoutes.customizations.replace(/:\w+/g, '([^/]+)')}(?:/([^/]+))?/?$`);

interface OrgCustomization {
  id?: unknown;
  language?: unknown;
  subject?: unknown;
  body?: unknown;
  isDefault?: unknown;
}

/**
 * Real Okta mode: the org keeps no history, so Mailroom records the customization saves and deletes it forwarded,
 * from the org's own answer (what the org stored, null content already replaced). The org has written by then, so
 * this cannot share its transaction; a recording that fails is logged and the org's answer goes out unchanged.
 */
export function recordProxiedWrite(history: HistoryRepository, authorOf: AuthorOf) {
  return async (request: FastifyRequest, status: number, body: Buffer): Promise<void> => {
    if (status < 200 || status >= 300 || request.method === 'GET') return;
    const match = CUSTOMIZATIONS.exec(request.url.split('?')[0]);
    if (!match) return;
    try {
      const [brandId, templateName, id] = match.slice(1).map((part) => part && decodeURIComponent(part));
      const author = await authorOf(request);
      if (request.method === 'DELETE') {
        if (id) await history.recordDeletion({ id, brandId, templateName }, author);
        else
          // "Reset": every customization of the template that Mailroom has versions of is gone.
          for (const known of await history.customizationIds(brandId, templateName))
            await history.recordDeletion({ id: known, brandId, templateName }, author);
        return;
      }
      if ((request.method === 'POST' && id) || (request.method === 'PUT' && !id)) return;
      const saved = JSON.parse(body.toString('utf8')) as OrgCustomization;
      if (
        typeof saved.id !== 'string' ||
        typeof saved.language !== 'string' ||
        typeof saved.subject !== 'string' ||
        typeof saved.body !== 'string'
      )
        return;
      await history.record(
        {
          id: saved.id,
          brandId,
          templateName,
          language: saved.language,
          subject: saved.subject,
          body: saved.body,
          isDefault: saved.isDefault === true,
        },
        author,
      );
    } catch (error) {
      request.log.warn({ err: error }, 'could not record a proxied customization save in the history');
    }
  };
}
