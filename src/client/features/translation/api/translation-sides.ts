import { useQuery } from '@tanstack/react-query';
import { normalizeLanguage, sameLanguage } from '../../../../shared/email/content-source';
import type { EmailCustomization } from '../../../../shared/okta/email-template';
import { templateQueries, useStockOrigin } from '../../templates/api/template-queries';

/**
 * One side of the translation view: the language's own customization, else Okta's stock content in it. Unlike the
 * API's content chain, the default customization is not a fallback here: it is another language's text, not this
 * language's translation.
 */
export type TranslationSource =
  | { kind: 'customization'; language: string; customization: EmailCustomization }
  | { kind: 'stock'; language: string; stockLanguage: string };

export function translationSide(customizations: EmailCustomization[], language: string): TranslationSource {
  const own = customizations.find((c) => sameLanguage(c.language, language));
  if (own) return { kind: 'customization', language, customization: own };
  return { kind: 'stock', language, stockLanguage: normalizeLanguage(language) ?? 'en' };
}

/** The language translations start from: the template's default customization's, else English. */
export function translationSourceLanguage(customizations: EmailCustomization[]): string {
  return customizations.find((c) => c.isDefault)?.language ?? 'en';
}

export type TranslationStatus =
  | { kind: 'not-translated' }
  | { kind: 'out-of-date'; sourceUpdated: string; targetUpdated: string }
  | { kind: 'up-to-date' };

/**
 * Whether the target was written against the source as it is now. Stock content never changes, so only a source
 * customization saved after the target's last save makes the translation out of date. `lastUpdated` is all Okta's
 * API offers; version history (being built on another branch) may refine this, e.g. to say what changed since.
 */
export function translationStatus(source: TranslationSource, target: TranslationSource): TranslationStatus {
  if (target.kind === 'stock') return { kind: 'not-translated' };
  if (source.kind === 'stock') return { kind: 'up-to-date' };
  const sourceUpdated = source.customization.lastUpdated;
  const targetUpdated = target.customization.lastUpdated;
  return Date.parse(sourceUpdated) > Date.parse(targetUpdated)
    ? { kind: 'out-of-date', sourceUpdated, targetUpdated }
    : { kind: 'up-to-date' };
}

/** A side's subject and body: the customization's at once, stock content through `templateQueries.stock`. */
export function useTranslationContent(brandId: string, templateName: string, side: TranslationSource) {
  const stock = useQuery({
    ...templateQueries.stock(
      brandId,
      templateName,
      side.kind === 'stock' ? side.stockLanguage : 'en',
      useStockOrigin(),
    ),
    enabled: side.kind === 'stock',
  });
  if (side.kind === 'customization')
    return { content: { subject: side.customization.subject, body: side.customization.body }, stock };
  return { content: stock.data, stock };
}
