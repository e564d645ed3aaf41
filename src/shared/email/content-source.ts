import { canonicalLanguageTag } from '../language-tag';
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
 * The language of an email with custom languages on: the first candidate that is a BCP 47 tag once `_` reads `-`
 * (`de_AT` → `de-AT`), in Okta's spelling when supported, else in canonical case; else English. With the switch off,
 * `pickLanguage`'s 28 languages.
 */
export function pickEmailLanguage(
  customLanguages: boolean,
  ...candidates: (string | null | undefined)[]
): string {
  if (!customLanguages) return pickLanguage(...candidates);
  for (const candidate of candidates) {
    const tag = canonicalLanguageTag(candidate?.trim().replace(/_/g, '-'));
    if (tag) return findSupportedLanguage(tag) ?? tag;
  }
  return 'en';
}

/** Languages match whatever their case (`fr-ca` is `fr-CA`): one customization per language, compared this way. */
export const sameLanguage = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/**
 * Okta's content chain for an email in `language` (docs/okta/API-REFERENCE.md §4.7): the customization for that language,
 * else the template's default customization, else the stock content in that language. A custom locale (`fr-CA`)
 * with no customization of its own first tries the supported language it reads as (`fr`), as it would with custom
 * languages off; its stock content is that language's, else English.
 */
export function resolveContentSource(customizations: StoredCustomization[], language: string): ContentSource {
  const exact = customizations.find((c) => sameLanguage(c.language, language));
  if (exact) return { kind: 'customization', customization: exact };
  const supported = normalizeLanguage(language);
  const near = supported && customizations.find((c) => sameLanguage(c.language, supported));
  if (near) return { kind: 'customization', customization: near };
  const fallback = customizations.find((c) => c.isDefault);
  if (fallback) return { kind: 'default-customization', customization: fallback };
  return { kind: 'stock', language: supported ?? 'en' };
}

export function contentOf(templateName: string, source: ContentSource): { subject: string; body: string } {
  if (source.kind !== 'stock')
    return { subject: source.customization.subject, body: source.customization.body };
  const stock = defaultContent(templateName, source.language);
  if (!stock) throw new Error(`No default content for template ${templateName}`);
  return stock;
}

/** Where a `null` subject or body was taken from, by the step of Okta's replacement order. */
export type ReplacementStep =
  'given' | 'default-customization' | 'stock-language' | 'stock-brand-locale' | 'stock-english';

/**
 * Custom languages (docs/architecture.md, "Custom languages"): a `null` (or absent) subject or body is replaced,
 * each on its own, by the first of (docs/okta/API-REFERENCE.md §4.3, §4.7): 1. the template's existing default
 * customization; 2. stock content in the customization's language, if there is one (`fr-CA` reads as `fr`, as
 * everywhere else); 3. stock content in the brand's locale, if set; 4. stock content in English.
 */
export function replaceNullContent(
  templateName: string,
  input: { language: string; subject?: string | null; body?: string | null },
  context: { defaultCustomization?: { subject: string; body: string }; brandLocale?: string | null },
): { subject: string; body: string; from: { subject: ReplacementStep; body: ReplacementStep } } {
  const chain: [ReplacementStep, () => { subject: string; body: string } | undefined][] = [
    ['default-customization', () => context.defaultCustomization],
    ['stock-language', () => stockIn(templateName, input.language)],
    ['stock-brand-locale', () => stockIn(templateName, context.brandLocale)],
    ['stock-english', () => defaultContent(templateName, 'en')],
  ];
  const fill = (field: 'subject' | 'body'): [string, ReplacementStep] => {
    const given = input[field];
    if (typeof given === 'string') return [given, 'given'];
    for (const [step, source] of chain) {
      const content = source();
      if (content) return [content[field], step];
    }
    throw new Error(`No default content for template ${templateName}`);
  };
  const [subject, subjectFrom] = fill('subject');
  const [body, bodyFrom] = fill('body');
  return { subject, body, from: { subject: subjectFrom, body: bodyFrom } };
}

function stockIn(templateName: string, language: string | null | undefined) {
  const supported = normalizeLanguage(language);
  return supported ? defaultContent(templateName, supported) : undefined;
}
