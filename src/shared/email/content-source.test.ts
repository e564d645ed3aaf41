import { describe, expect, it } from 'vitest';
import { defaultContent } from '../templates/default-content';
import {
  pickEmailLanguage,
  replaceNullContent,
  resolveContentSource,
  type StoredCustomization,
} from './content-source';

const stock = (language: string) => defaultContent('UserActivation', language)!;
const customization = (language: string, isDefault = false): StoredCustomization => ({
  id: `c-${language}`,
  language,
  isDefault,
  subject: `${language} subject`,
  body: `${language} body`,
});

describe('replaceNullContent: Okta replaces a null subject or body in this order', () => {
  const template = 'UserActivation';

  it('1. the existing default customization, when there is one', () => {
    const result = replaceNullContent(
      template,
      { language: 'fr-CA', subject: null, body: null },
      { defaultCustomization: customization('en', true), brandLocale: 'de' },
    );
    expect(result).toEqual({
      subject: 'en subject',
      body: 'en body',
      from: { subject: 'default-customization', body: 'default-customization' },
    });
  });

  it('2. stock content in the customization language, when there is one (fr-CA reads as fr)', () => {
    const de = replaceNullContent(
      template,
      { language: 'de', subject: null, body: null },
      { brandLocale: 'ja' },
    );
    expect(de).toMatchObject({ ...stock('de'), from: { subject: 'stock-language', body: 'stock-language' } });
    const frCa = replaceNullContent(template, { language: 'fr-CA', body: null }, { brandLocale: 'ja' });
    expect(frCa).toMatchObject({
      ...stock('fr'),
      from: { subject: 'stock-language', body: 'stock-language' },
    });
  });

  it("3. stock content in the brand's locale, when set and the language has none", () => {
    const result = replaceNullContent(
      template,
      { language: 'gsw-CH', subject: null, body: null },
      { brandLocale: 'ja' },
    );
    expect(result).toMatchObject({
      ...stock('ja'),
      from: { subject: 'stock-brand-locale', body: 'stock-brand-locale' },
    });
  });

  it('4. stock content in English, when neither the language nor the brand locale has any', () => {
    for (const brandLocale of [undefined, null, '', 'tlh']) {
      const result = replaceNullContent(
        template,
        { language: 'gsw-CH', subject: null, body: null },
        { brandLocale },
      );
      expect(result).toMatchObject({
        ...stock('en'),
        from: { subject: 'stock-english', body: 'stock-english' },
      });
    }
  });

  it('replaces each field on its own and keeps what was given, even an empty string', () => {
    const result = replaceNullContent(
      template,
      { language: 'de', subject: 'Mine', body: null },
      { defaultCustomization: undefined, brandLocale: 'en' },
    );
    expect(result).toEqual({
      subject: 'Mine',
      body: stock('de').body,
      from: { subject: 'given', body: 'stock-language' },
    });
    expect(replaceNullContent(template, { language: 'de', subject: '', body: 'x' }, {}).subject).toBe('');
  });
});

describe('resolveContentSource with custom locales', () => {
  it('gives a custom locale its own customization, whatever the case', () => {
    const all = [customization('en', true), customization('fr'), customization('fr-CA')];
    expect(resolveContentSource(all, 'fr-CA')).toEqual({ kind: 'customization', customization: all[2] });
    expect(resolveContentSource(all, 'FR-ca')).toEqual({ kind: 'customization', customization: all[2] });
    expect(resolveContentSource(all, 'fr')).toEqual({ kind: 'customization', customization: all[1] });
  });

  it('falls back to the default customization when a custom locale has none (through its language if customized)', () => {
    expect(resolveContentSource([customization('en', true)], 'fr-CA')).toEqual({
      kind: 'default-customization',
      customization: customization('en', true),
    });
    const withFrench = [customization('en', true), customization('fr')];
    expect(resolveContentSource(withFrench, 'fr-BE')).toEqual({
      kind: 'customization',
      customization: withFrench[1],
    });
  });

  it('uses the stock content of the nearest supported language, else English', () => {
    expect(resolveContentSource([], 'fr-CA')).toEqual({ kind: 'stock', language: 'fr' });
    expect(resolveContentSource([], 'gsw')).toEqual({ kind: 'stock', language: 'en' });
  });
});

describe('pickEmailLanguage', () => {
  it('keeps custom locales when custom languages are on', () => {
    expect(pickEmailLanguage(true, 'fr-ca')).toBe('fr-CA');
    expect(pickEmailLanguage(true, undefined, 'de_AT', 'en')).toBe('de-AT');
    expect(pickEmailLanguage(true, 'pt-br')).toBe('pt-BR');
    expect(pickEmailLanguage(true, 'not a tag', '', null, 'es-419')).toBe('es-419');
    expect(pickEmailLanguage(true)).toBe('en');
  });

  it('reads the 28 languages only when they are off', () => {
    expect(pickEmailLanguage(false, 'fr-CA')).toBe('fr');
    expect(pickEmailLanguage(false, 'gsw', 'de_AT')).toBe('de');
  });
});
