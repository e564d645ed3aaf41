import { describe, expect, it } from 'vitest';
import type { EmailCustomization } from '../../../shared/okta/email-template';
import { SUPPORTED_LANGUAGES } from '../../../shared/templates/languages';
import {
  coverageCell,
  coverageColumns,
  customizedLanguages,
  filterCoverageRows,
  languageCounts,
  type CoverageRow,
} from './coverage-model';

const customization = (language: string, isDefault = false): EmailCustomization => ({
  id: `oel-${language}`,
  language,
  isDefault,
  subject: `Subject (${language})`,
  body: '<p>Body</p>',
  created: '2026-11-01T10:00:00.000Z',
  lastUpdated: '2026-11-02T10:00:00.000Z',
  _links: {} as EmailCustomization['_links'],
});
const row = (name: string, customizations: EmailCustomization[], description = ''): CoverageRow => ({
  name,
  displayName: name,
  description,
  customizations,
});

describe('a coverage cell', () => {
  it('is customized with the language’s own customization, whatever the case of its tag', () => {
    const fr = customization('fr');
    expect(coverageCell([customization('en', true), fr], 'fr')).toEqual({
      state: 'customized',
      customization: fr,
    });
    const frCa = customization('fr-ca');
    expect(coverageCell([customization('en', true), frCa], 'fr-CA')).toEqual({
      state: 'customized',
      customization: frCa,
    });
  });

  it('borrows its language’s customization for a custom locale without one (fr-CA reads French)', () => {
    // French is not the default: the cell falls back to French, not to the English default.
    expect(coverageCell([customization('en', true), customization('fr')], 'fr-CA')).toEqual({
      state: 'default',
      defaultLanguage: 'fr',
    });
  });

  it('falls back to the default customization, else stock content', () => {
    expect(coverageCell([customization('en', true), customization('de')], 'fr-CA')).toEqual({
      state: 'default',
      defaultLanguage: 'en',
    });
    expect(coverageCell([customization('en', true)], 'ja')).toEqual({
      state: 'default',
      defaultLanguage: 'en',
    });
    expect(coverageCell([], 'fr-CA')).toEqual({ state: 'stock' });
  });

  it('does not borrow the other way: a supported language ignores a custom locale of it', () => {
    expect(coverageCell([customization('en', true), customization('fr-CA')], 'fr')).toEqual({
      state: 'default',
      defaultLanguage: 'en',
    });
  });
});

describe('the coverage columns', () => {
  const rows = [
    row('ForgotPassword', [customization('en', true), customization('fr-CA'), customization('de')]),
    row('UserActivation', [customization('en', true), customization('fr-CA')]),
    row('AccountLockout', [customization('en', true)]),
    row('PasswordChanged', []),
  ];

  it('puts the customized languages first, custom locales included, the most customized first, then by name', () => {
    expect(customizedLanguages(rows)).toEqual(['en', 'fr-CA', 'de']);
    // Same counts: by name ("Canadian French", "English", "German").
    expect(
      customizedLanguages([row('A', [customization('de'), customization('en'), customization('fr-CA')])]),
    ).toEqual(['fr-CA', 'en', 'de']);
  });

  it('hides the other supported languages until asked, then adds them in tag order', () => {
    expect(coverageColumns(rows, false)).toEqual({
      columns: ['en', 'fr-CA', 'de'],
      hidden: SUPPORTED_LANGUAGES.length - 2,
    });
    const { columns, hidden } = coverageColumns(rows, true);
    expect(hidden).toBe(0);
    expect(columns.slice(0, 3)).toEqual(['en', 'fr-CA', 'de']);
    const rest = columns.slice(3);
    expect(rest).toEqual([...rest].sort((a, b) => a.localeCompare(b)));
    // French stays a column of its own: the custom locale is not French.
    expect(rest).toContain('fr');
    expect(rest).not.toContain('en');
    expect(rest).not.toContain('de');
    expect(columns).toHaveLength(SUPPORTED_LANGUAGES.length + 1);
  });

  it('shows every supported language when nothing is customized yet', () => {
    const { columns, hidden } = coverageColumns([row('AccountLockout', [])], false);
    expect(hidden).toBe(0);
    expect(columns).toHaveLength(SUPPORTED_LANGUAGES.length);
  });

  it('counts a custom locale’s cells by state, borrowed ones as fallbacks', () => {
    const withFrench = [
      row('A', [customization('en', true), customization('fr-CA')]),
      row('B', [customization('en', true), customization('fr')]),
      row('C', [customization('en', true)]),
      row('D', []),
    ];
    expect(languageCounts(withFrench, 'fr-CA')).toEqual({ customized: 1, default: 2, stock: 1 });
  });
});

describe('filtering the coverage rows', () => {
  const rows = [
    row('ForgotPassword', [customization('en', true)], 'Sent when a user asks to reset their password'),
    row('UserActivation', [], 'Sent to activate an account'),
  ];

  it('matches every word in the name or description, and filters by customized or not', () => {
    expect(filterCoverageRows(rows, 'reset PASSWORD', 'all').map((r) => r.name)).toEqual(['ForgotPassword']);
    expect(filterCoverageRows(rows, '', 'uncustomized').map((r) => r.name)).toEqual(['UserActivation']);
    expect(filterCoverageRows(rows, 'sent', 'customized').map((r) => r.name)).toEqual(['ForgotPassword']);
  });
});
