/**
 * The languages Okta translates its default email content into and accepts for customizations
 * without the "custom languages" early-access feature (docs/okta/API-REFERENCE.md §7: 27 + Haitian Creole = 28).
 * Tags are written exactly as Okta writes them (`zh-CN`, `nl-NL`, `pt-BR`, …).
 */
import { canonicalLanguageTag } from '../language-tag';

export interface SupportedLanguage {
  /** BCP 47 tag, exactly as Okta spells it. */
  tag: string;
  /** English name. */
  name: string;
  /** The language's name in that language. */
  nativeName: string;
}

export const SUPPORTED_LANGUAGES: readonly SupportedLanguage[] = [
  { tag: 'zh-CN', name: 'Chinese (Simplified)', nativeName: '简体中文' },
  { tag: 'zh-TW', name: 'Chinese (Traditional)', nativeName: '繁體中文' },
  { tag: 'cs', name: 'Czech', nativeName: 'Čeština' },
  { tag: 'da', name: 'Danish', nativeName: 'Dansk' },
  { tag: 'de', name: 'German', nativeName: 'Deutsch' },
  { tag: 'el', name: 'Greek', nativeName: 'Ελληνικά' },
  { tag: 'en', name: 'English', nativeName: 'English' },
  { tag: 'es', name: 'Spanish', nativeName: 'Español' },
  { tag: 'fi', name: 'Finnish', nativeName: 'Suomi' },
  { tag: 'fr', name: 'French', nativeName: 'Français' },
  { tag: 'ht', name: 'Haitian Creole', nativeName: 'Kreyòl ayisyen' },
  { tag: 'hu', name: 'Hungarian', nativeName: 'Magyar' },
  { tag: 'id', name: 'Indonesian', nativeName: 'Bahasa Indonesia' },
  { tag: 'it', name: 'Italian', nativeName: 'Italiano' },
  { tag: 'ja', name: 'Japanese', nativeName: '日本語' },
  { tag: 'ko', name: 'Korean', nativeName: '한국어' },
  { tag: 'ms', name: 'Malay', nativeName: 'Bahasa Melayu' },
  { tag: 'nb', name: 'Norwegian Bokmål', nativeName: 'Norsk bokmål' },
  { tag: 'nl-NL', name: 'Dutch', nativeName: 'Nederlands' },
  { tag: 'pl', name: 'Polish', nativeName: 'Polski' },
  { tag: 'pt-BR', name: 'Portuguese (Brazil)', nativeName: 'Português (Brasil)' },
  { tag: 'ro', name: 'Romanian', nativeName: 'Română' },
  { tag: 'ru', name: 'Russian', nativeName: 'Русский' },
  { tag: 'sv', name: 'Swedish', nativeName: 'Svenska' },
  { tag: 'th', name: 'Thai', nativeName: 'ไทย' },
  { tag: 'tr', name: 'Turkish', nativeName: 'Türkçe' },
  { tag: 'uk', name: 'Ukrainian', nativeName: 'Українська' },
  { tag: 'vi', name: 'Vietnamese', nativeName: 'Tiếng Việt' },
];

const BY_LOWER_TAG: ReadonlyMap<string, SupportedLanguage> = new Map(
  SUPPORTED_LANGUAGES.map((language) => [language.tag.toLowerCase(), language]),
);

/**
 * The supported tag that `tag` names: an exact match, else a case-insensitive one (`pt-br` → `pt-BR`).
 * Undefined when the language is not one of the 28.
 */
export function findSupportedLanguage(tag: string): string | undefined {
  if (typeof tag !== 'string') return undefined;
  return BY_LOWER_TAG.get(tag.toLowerCase())?.tag;
}

/**
 * English display name of a language tag: the catalogue name for the 28 supported languages,
 * otherwise whatever `Intl.DisplayNames` knows, otherwise the tag itself.
 */
export function languageName(tag: string): string {
  const supported = BY_LOWER_TAG.get(String(tag).toLowerCase());
  if (supported) return supported.name;
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** Native display name of a supported language (undefined for other tags). */
export function languageNativeName(tag: string): string | undefined {
  return BY_LOWER_TAG.get(String(tag).toLowerCase())?.nativeName;
}

/**
 * The spelling a customization's language is stored and answered in: Okta's for the 28 (`pt-br` → `pt-BR`), else
 * the canonical case (`FR-ca` → `fr-CA`). Undefined for a malformed tag.
 */
export function customizationLanguage(language: string): string | undefined {
  const canonical = canonicalLanguageTag(language);
  return canonical && (findSupportedLanguage(canonical) ?? canonical);
}
