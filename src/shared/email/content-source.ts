import { defaultContent } from '../templates/default-content';
import { findSupportedLanguage } from '../templates/languages';

export interface StoredCustomization {
  id: string;
  language: string;
  isDefault: boolean;
  subject: string;
  body: string;
}

export type ContentSource =
  | { kind: 'customization'; customization: StoredCustomization }
  | { kind: 'default-customization'; customization: StoredCustomization }
  | { kind: 'stock'; language: string };

/**
 * A language tag as Okta's template APIs read it: a supported tag, else its primary subtag when that is
 * supported (e.g. `en_US`, `fr-CA` → `en`, `fr`), else undefined.
 */
export function normalizeLanguage(tag: string | null | undefined): string | undefined {
  if (!tag) return undefined;
  const cleaned = tag.trim().replace(/_/g, '-');
  return findSupportedLanguage(cleaned) ?? findSupportedLanguage(cleaned.split('-')[0]);
}

/** The caller's language for default content: the requested one when valid, else the user's, else the brand's, else English. */
export function pickLanguage(...candidates: (string | null | undefined)[]): string {
  for (const candidate of candidates) {
    const language = normalizeLanguage(candidate);
    if (language) return language;
  }
  return 'en';
}

/**
 * Okta's content chain for an email in `language` (docs/okta/API-REFERENCE.md §4.7): the customization for that language,
 * else the template's default customization, else the stock content in that language.
 */
export function resolveContentSource(customizations: StoredCustomization[], language: string): ContentSource {
  const exact = customizations.find((c) => c.language === language);
  if (exact) return { kind: 'customization', customization: exact };
  const fallback = customizations.find((c) => c.isDefault);
  if (fallback) return { kind: 'default-customization', customization: fallback };
  return { kind: 'stock', language };
}

export function contentOf(templateName: string, source: ContentSource): { subject: string; body: string } {
  if (source.kind !== 'stock')
    return { subject: source.customization.subject, body: source.customization.body };
  const stock = defaultContent(templateName, source.language);
  if (!stock) throw new Error(`No default content for template ${templateName}`);
  return stock;
}
