import {
  customizationLanguage,
  findSupportedLanguage,
  SUPPORTED_LANGUAGES,
} from '../../../shared/templates/languages';

export const MIN_PANES = 2;
export const MAX_PANES = 4;
/** Languages offered first when a template has no customization to compare. */
export const FALLBACK_LANGUAGES = ['en', 'fr', 'de'];

export type PreviewWidth = 375 | 768 | 'desktop';
export const PREVIEW_WIDTHS: { id: PreviewWidth; label: string; hint: string }[] = [
  { id: 375, label: 'Mobile', hint: '375 px' },
  { id: 768, label: 'Tablet', hint: '768 px' },
  { id: 'desktop', label: 'Desktop', hint: 'Pane width' },
];

/** `?width=375|768`; anything else (or nothing) is the full pane width. */
export function parseWidth(value: string | null): PreviewWidth {
  return value === '375' ? 375 : value === '768' ? 768 : 'desktop';
}

export function widthParam(width: PreviewWidth): string | undefined {
  return width === 'desktop' ? undefined : String(width);
}

/**
 * The languages to show: the URL's `languages` (well-formed tags, no repeats, at most four), topped up to two
 * from `suggested` then English, French, German, so a compare view always compares something.
 */
export function parseLanguages(value: string | null, suggested: string[] = []): string[] {
  const out: string[] = [];
  const push = (tag: string | undefined) => {
    if (tag && !out.includes(tag) && out.length < MAX_PANES) out.push(tag);
  };
  // Custom locales (`fr-CA`) too, in their stored spelling: a compare link names the languages customized.
  for (const part of (value ?? '').split(',')) push(customizationLanguage(part.trim()));
  const pool = [...suggested, ...FALLBACK_LANGUAGES, ...SUPPORTED_LANGUAGES.map((l) => l.tag)];
  for (const tag of pool) {
    if (out.length >= MIN_PANES) break;
    push(findSupportedLanguage(tag));
  }
  return out;
}

/**
 * The languages a compare link opens with: the customized ones (default first), else English, French and
 * German; topped up to three so a single customization is seen next to what others receive.
 */
export function suggestedLanguages(customizations: { language: string; isDefault: boolean }[]): string[] {
  const customized = [...customizations]
    .sort((a, b) => Number(b.isDefault) - Number(a.isDefault) || a.language.localeCompare(b.language))
    .map((c) => c.language);
  const out = customized.slice(0, MAX_PANES);
  for (const tag of FALLBACK_LANGUAGES) if (out.length < 3 && !out.includes(tag)) out.push(tag);
  return out;
}

/** The next language to add as a pane: a suggested one not shown yet, else the first unused supported one. */
export function nextLanguage(shown: string[], suggested: string[] = []): string | undefined {
  const pool = [...suggested, ...FALLBACK_LANGUAGES, ...SUPPORTED_LANGUAGES.map((l) => l.tag)];
  return pool.find((tag) => !shown.includes(tag));
}
