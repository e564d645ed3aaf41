import { resolveContentSource, type ContentSource } from '../../../../shared/email/content-source';
import { buildRenderContext, type RenderSubject } from '../../../../shared/email/render-context';
import type { Brand } from '../../../../shared/okta/brand';
import type { OrgSetting, User } from '../../../../shared/okta/user';
import { renderTemplate, TemplateError } from '../../../../shared/velocity/render';

/** What the server knows about the caller when it previews: the signed-in admin, the org and the brand. */
export interface PreviewWorld {
  user: User;
  org: OrgSetting;
  brand: Brand;
}

/**
 * The server's absolute base (`baseUrl()`), read back from a link it wrote: everything before `/api/`.
 * Falls back to this page's origin (the console and the API are served together).
 */
export function serverBaseUrl(brand: Brand): string {
  const href = brand._links?.self?.href ?? '';
  const at = href.indexOf('/api/');
  return at > 0 ? href.slice(0, at) : window.location.origin;
}

/**
 * The server's `callerContext` (email-templates/routes.ts) rebuilt in the browser: the admin is the sample
 * user, with the profile's locale set to the language being previewed.
 */
export function renderSubjectFor(world: PreviewWorld, language: string): RenderSubject {
  return {
    user: { id: world.user.id, profile: { ...world.user.profile, locale: language } },
    org: { name: world.org.companyName, subDomain: world.org.subdomain },
    brand: { id: world.brand.id, name: world.brand.name, locale: world.brand.locale },
    baseUrl: serverBaseUrl(world.brand),
  };
}

export type PaneRender =
  | { ok: true; source: ContentSource; subject: string; body: string }
  | { ok: false; source: ContentSource; part: 'subject' | 'body'; message: string; subject?: string };

/** Where one language's content comes from, by the API's chain: customization → default customization → stock. */
export const paneSource = resolveContentSource;

/**
 * One language's email as a user of that language would get it, rendered with the shared Velocity renderer.
 * `stock` is the stock content in that language (the org's in real Okta mode), needed when `source` is stock.
 * Never throws: a render failure comes back as a message for the pane.
 */
export function renderPane(
  templateName: string,
  source: ContentSource,
  stock: { subject: string; body: string } | undefined,
  language: string,
  world: PreviewWorld,
  now: number,
): PaneRender {
  let part: 'subject' | 'body' = 'subject';
  let subject: string | undefined;
  try {
    const content =
      source.kind === 'stock'
        ? stock
        : { subject: source.customization.subject, body: source.customization.body };
    if (!content) throw new Error(`No stock content for ${templateName} in ${language}.`);
    const context = buildRenderContext(templateName, renderSubjectFor(world, language), {}, now);
    subject = renderTemplate(content.subject, context, { now });
    part = 'body';
    const body = renderTemplate(content.body, context, { now });
    return { ok: true, source, subject, body };
  } catch (error) {
    const message = error instanceof TemplateError || error instanceof Error ? error.message : String(error);
    return { ok: false, source, part, message, subject };
  }
}
