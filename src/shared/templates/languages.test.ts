import { describe, it, expect } from 'vitest';
import { SUPPORTED_LANGUAGES, findSupportedLanguage, languageName, languageNativeName } from './languages';
import { isWellFormedLanguageTag } from '../language-tag';

const TAGS = [
  'zh-CN',
  'zh-TW',
  'cs',
  'da',
  'de',
  'el',
  'en',
  'es',
  'fi',
  'fr',
  'ht',
  'hu',
  'id',
  'it',
  'ja',
  'ko',
  'ms',
  'nb',
  'nl-NL',
  'pl',
  'pt-BR',
  'ro',
  'ru',
  'sv',
  'th',
  'tr',
  'uk',
  'vi',
];

describe('SUPPORTED_LANGUAGES', () => {
  it('lists the 28 tags of the reference, spelled and ordered as there', () => {
    expect(SUPPORTED_LANGUAGES.map((l) => l.tag)).toEqual(TAGS);
  });

  it('gives every language an English and a native name', () => {
    for (const language of SUPPORTED_LANGUAGES) {
      expect(language.name.length).toBeGreaterThan(0);
      expect(language.nativeName.length).toBeGreaterThan(0);
    }
    expect(new Set(SUPPORTED_LANGUAGES.map((l) => l.name)).size).toBe(28);
  });

  it('uses tags that are well formed', () => {
    for (const tag of TAGS) expect(isWellFormedLanguageTag(tag)).toBe(true);
  });
});

describe('isWellFormedLanguageTag', () => {
  it('accepts BCP 47 tags', () => {
    expect(isWellFormedLanguageTag('en-US')).toBe(true);
    expect(isWellFormedLanguageTag('sr-Latn-RS')).toBe(true);
    expect(isWellFormedLanguageTag('yue')).toBe(true);
  });

  it('rejects malformed or empty input', () => {
    expect(isWellFormedLanguageTag('not a tag!')).toBe(false);
    expect(isWellFormedLanguageTag('')).toBe(false);
    expect(isWellFormedLanguageTag('en_US')).toBe(false);
    expect(isWellFormedLanguageTag(' en')).toBe(false);
  });
});

describe('findSupportedLanguage', () => {
  it('matches exactly', () => {
    for (const tag of TAGS) expect(findSupportedLanguage(tag)).toBe(tag);
  });

  it('matches case-insensitively and returns the canonical spelling', () => {
    expect(findSupportedLanguage('pt-br')).toBe('pt-BR');
    expect(findSupportedLanguage('ZH-tw')).toBe('zh-TW');
    expect(findSupportedLanguage('EN')).toBe('en');
  });

  it('returns undefined for other languages', () => {
    expect(findSupportedLanguage('en-US')).toBeUndefined();
    expect(findSupportedLanguage('pt')).toBeUndefined();
    expect(findSupportedLanguage('nl')).toBeUndefined();
    expect(findSupportedLanguage('')).toBeUndefined();
  });
});

describe('languageName', () => {
  it('names supported languages', () => {
    expect(languageName('fr')).toBe('French');
    expect(languageName('pt-br')).toBe('Portuguese (Brazil)');
    expect(languageNativeName('ja')).toBe('日本語');
  });

  it('falls back to Intl, then to the tag', () => {
    expect(languageName('ca')).toBe('Catalan');
    expect(languageName('not a tag!')).toBe('not a tag!');
  });
});
