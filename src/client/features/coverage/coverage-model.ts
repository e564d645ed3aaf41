import { resolveContentSource, sameLanguage } from '../../../shared/email/content-source';
import type { EmailCustomization } from '../../../shared/okta/email-template';
import { languageName, SUPPORTED_LANGUAGES } from '../../../shared/templates/languages';

/** ● this language has its own customization · ◐ it gets the default customization · ○ Okta's stock content. */
export type CoverageState = 'customized' | 'default' | 'stock';
export type CoverageFilter = 'all' | 'customized' | 'uncustomized';

export const STATE_GLYPH: Record<CoverageState, string> = { customized: '●', default: '◐', stock: '○' };
export const STATE_WORDS: Record<CoverageState, string> = {
  customized: 'customized',
  default: 'falls back to the default customization',
  stock: 'stock content',
};

export interface CoverageRow {
  name: string;
  displayName: string;
  description: string;
  customizations: EmailCustomization[];
}

export interface CoverageCell {
  state: CoverageState;
  /** This language's own customization (state `customized`). */
  customization?: EmailCustomization;
  /** The language of the default customization it falls back to (state `default`). */
  defaultLanguage?: string;
}

/** The API's content chain for one template and language, as a matrix cell. */
export function coverageCell(customizations: EmailCustomization[], language: string): CoverageCell {
  const source = resolveContentSource(customizations, language);
  // A custom locale without its own customization may read its language's (`fr-CA` → `fr`): a fallback too.
  if (source.kind === 'customization' && !sameLanguage(source.customization.language, language))
    return { state: 'default', defaultLanguage: source.customization.language };
  if (source.kind === 'customization')
    return {
      state: 'customized',
      customization: customizations.find((c) => c.id === source.customization.id),
    };
  if (source.kind === 'default-customization')
    return { state: 'default', defaultLanguage: source.customization.language };
  return { state: 'stock' };
}

/** Languages with at least one customization, the most customized first (then by name). */
export function customizedLanguages(rows: CoverageRow[]): string[] {
  const counts = new Map<string, number>();
  for (const row of rows)
    for (const c of row.customizations) counts.set(c.language, (counts.get(c.language) ?? 0) + 1);
  return [...counts.keys()].sort(
    (a, b) => counts.get(b)! - counts.get(a)! || languageName(a).localeCompare(languageName(b)),
  );
}

/** The matrix's columns: customized languages first; the rest (by tag) only when asked for. */
export function coverageColumns(
  rows: CoverageRow[],
  showAll: boolean,
): { columns: string[]; hidden: number } {
  const first = customizedLanguages(rows);
  const rest = SUPPORTED_LANGUAGES.map((l) => l.tag)
    .filter((tag) => !first.includes(tag))
    // The header shows tags, so the rest are in tag order.
    .sort((a, b) => a.localeCompare(b));
  // Nothing customized yet: there is nothing to put first, so show every language.
  if (showAll || first.length === 0) return { columns: [...first, ...rest], hidden: 0 };
  return { columns: first, hidden: rest.length };
}

export function filterCoverageRows(rows: CoverageRow[], q: string, filter: CoverageFilter): CoverageRow[] {
  const words = q.toLowerCase().split(/\s+/).filter(Boolean);
  return rows.filter((row) => {
    if (filter === 'customized' && row.customizations.length === 0) return false;
    if (filter === 'uncustomized' && row.customizations.length > 0) return false;
    const haystack = `${row.displayName} ${row.name} ${row.description}`.toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}

/** How many of `rows` are in each state for `language` (the header row's counts). */
export function languageCounts(rows: CoverageRow[], language: string): Record<CoverageState, number> {
  const counts: Record<CoverageState, number> = { customized: 0, default: 0, stock: 0 };
  for (const row of rows) counts[coverageCell(row.customizations, language).state]++;
  return counts;
}
