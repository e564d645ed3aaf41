import type { FastifyRequest } from 'fastify';
import { contentOf, pickEmailLanguage, resolveContentSource } from '../../../shared/email/content-source';
import { buildRenderContext } from '../../../shared/email/render-context';
import { findTemplate } from '../../../shared/templates/catalog';
import type { AppContext } from '../../app-context';
import { baseUrl } from '../../lib/links';
import { notFound } from '../../lib/okta-error';
import type { StoredBrand } from '../brands/repository';
import { htmlToText } from './html-to-text';
import { render } from './rules';

/**
 * What Okta's test email is, once: the caller as templates see them, the content chain, the render and the message.
 * Both `POST …/test` (Okta's: to the caller) and `POST …/test-sends` (Mailroom's: to the addresses given) send
 * through `sendTestEmail`, so the two can't drift apart.
 */
export function createTestEmails(
  ctx: Pick<AppContext, 'brands' | 'templates' | 'users' | 'org' | 'mailer' | 'config'>,
) {
  const { brands, templates, users, org, mailer, config } = ctx;

  const lookup = async (params: { brandId: string; templateName: string }) => {
    const brand = await brands.get(params.brandId);
    if (!brand) throw notFound('Brand');
    const template = findTemplate(params.templateName);
    if (!template) throw notFound('EmailTemplate');
    return { brand, template };
  };

  /**
   * The caller as templates see them: `user.*` from their profile, `org.*`, and the brand. The profile's locale
   * is the email's language, as for the users who receive it (so "1 day" reads "1 Tag" in a German email).
   */
  const callerContext = async (
    request: FastifyRequest,
    brand: StoredBrand,
    templateName: string,
    language: string,
  ) => {
    const user = await users.get(request.principal!.userId);
    if (!user) throw notFound('User');
    const settings = await org.get();
    return {
      user,
      context: buildRenderContext(templateName, {
        user: { id: user.id, profile: { ...user.profile, locale: language } },
        org: { name: settings.companyName, subDomain: settings.subdomain },
        brand: { id: brand.id, name: brand.name, locale: brand.locale },
        baseUrl: baseUrl(request, config.publicUrl),
      }),
    };
  };

  /** The language of a test email: with custom languages on, a custom locale stays itself (`fr-CA`). */
  const emailLanguage = async (request: FastifyRequest, requested: string | undefined, brand: StoredBrand) =>
    pickEmailLanguage(
      config.customLanguages,
      requested,
      (await users.get(request.principal!.userId))?.profile.locale,
      brand.locale,
    );

  /**
   * Renders the template as Okta's test email does (reference §4.7: the language's customization, else the default
   * customization, else stock content; the caller as the sample user) and sends it through the current mail route:
   * to `to` when given, else to the caller's primary and secondary addresses. The delivery says how it went.
   */
  const sendTestEmail = async (
    request: FastifyRequest,
    params: { brandId: string; templateName: string },
    requestedLanguage: string | undefined,
    to?: string[],
  ) => {
    const { brand, template } = await lookup(params);
    const language = await emailLanguage(request, requestedLanguage, brand);
    const source = resolveContentSource(await templates.all(brand.id, template.name), language);
    const contentLanguage = source.kind === 'stock' ? language : source.customization.language;
    const { user, context } = await callerContext(request, brand, template.name, contentLanguage);
    const rendered = render(contentOf(template.name, source), context);
    const recipients =
      to ??
      [user.profile.email, user.profile.secondEmail].filter(
        (address, i, all): address is string =>
          typeof address === 'string' && address !== '' && all.indexOf(address) === i,
      );
    const { companyName } = await org.get();
    return mailer.send({
      from: `"${companyName.replace(/["\\]/g, '')}" <${config.mailFrom}>`,
      to: recipients,
      subject: rendered.subject,
      html: rendered.body,
      text: htmlToText(rendered.body),
      headers: { 'X-Mailroom-Template': template.name, 'X-Mailroom-Language': language },
    });
  };

  return { lookup, callerContext, emailLanguage, sendTestEmail };
}

export type TestEmails = ReturnType<typeof createTestEmails>;
