import { describe, expect, it } from 'vitest';
import { canonicalLanguageTag, checkLanguageTag, isWellFormedLanguageTag } from './language-tag';

/** Well-formed tags and their canonical-case spelling (RFC 5646 §2.1.1, examples from its appendix A). */
const VALID: [string, string][] = [
  ['en', 'en'],
  ['EN', 'en'],
  ['en-GB', 'en-GB'],
  ['en-gb', 'en-GB'],
  ['fr-CA', 'fr-CA'],
  ['FR-ca', 'fr-CA'],
  ['es-419', 'es-419'],
  ['zh-Hant-HK', 'zh-Hant-HK'],
  ['ZH-HANT-hk', 'zh-Hant-HK'],
  ['sr-Latn-RS', 'sr-Latn-RS'],
  ['pt-BR', 'pt-BR'],
  ['yue', 'yue'],
  ['haw', 'haw'],
  // extlang
  ['zh-yue', 'zh-yue'],
  ['zh-yue-HK', 'zh-yue-HK'],
  ['ZH-CMN-hans-CN', 'zh-cmn-Hans-CN'],
  // variants
  ['sl-rozaj', 'sl-rozaj'],
  ['sl-rozaj-biske', 'sl-rozaj-biske'],
  ['de-CH-1901', 'de-CH-1901'],
  ['hy-Latn-IT-arevela', 'hy-Latn-IT-arevela'],
  // extensions
  ['de-DE-u-co-phonebk', 'de-DE-u-co-phonebk'],
  ['en-a-bbb-x-a-ccc', 'en-a-bbb-x-a-ccc'],
  ['en-US-u-islamcal', 'en-US-u-islamcal'],
  ['en-A-BB-b-CC', 'en-a-bb-b-cc'],
  // private use
  ['x-foo', 'x-foo'],
  ['X-Foo-Bar', 'x-foo-bar'],
  ['en-x-US', 'en-x-us'],
  ['qaa-Qaaa-QM-x-southern', 'qaa-Qaaa-QM-x-southern'],
  // grandfathered, irregular and regular: registry spelling
  ['i-klingon', 'i-klingon'],
  ['I-KLINGON', 'i-klingon'],
  ['en-GB-oed', 'en-GB-oed'],
  ['en-gb-OED', 'en-GB-oed'],
  ['sgn-BE-FR', 'sgn-BE-FR'],
  ['art-lojban', 'art-lojban'],
  ['zh-min-nan', 'zh-min-nan'],
  // 4- and 5–8-letter languages are well-formed (reserved / registered)
  ['abcd', 'abcd'],
  ['abcdefgh', 'abcdefgh'],
];

/** Malformed tags, each with a word its explanation must contain. */
const INVALID: [unknown, RegExp][] = [
  ['', /enter/i],
  [undefined, /enter/i],
  [42, /enter/i],
  [' en', /spaces/],
  ['en ', /spaces/],
  ['en_US', /_/],
  ['not a tag!', /characters/],
  ['en-Ü', /characters/],
  // empty subtags
  ['-en', /empty/],
  ['en-', /empty/],
  ['en--US', /empty/],
  ['-', /empty/],
  // too long
  ['abcdefghi', /9 characters/],
  ['en-abcdefghi', /at most 8/],
  ['en-x-abcdefghi', /at most 8/],
  // language subtag shape
  ['e', /language subtag/],
  ['1en', /language subtag/],
  ['12', /language subtag/],
  // out of order / unknown shapes
  ['en-US-Latn', /out of place/],
  ['en-a', /extension "a"/],
  ['en-a-b', /extension "a"/],
  ['en-x', /private-use/],
  ['x', /private-use/],
  ['en-abc-def-ghi-jkl', /out of place/],
  ['en-1', /extension "1"/],
  ['en-US-12', /out of place/],
  // duplicate variants and singletons (RFC 5646 §2.2.5, §2.2.6)
  ['de-DE-1901-1901', /variant "1901" appears twice/],
  ['sl-rozaj-ROZAJ', /variant "rozaj" appears twice/],
  ['en-a-bbb-a-ccc', /extension "a" appears twice/],
  ['en-u-co-U-nu-latn', /extension "u" appears twice/],
  // grandfathered only as whole tags
  ['i-klingon-x', /language subtag/],
  ['en-GB-oed-x-a', /out of place/],
];

describe('checkLanguageTag', () => {
  it.each(VALID)('accepts %s as %s', (tag, canonical) => {
    expect(checkLanguageTag(tag)).toEqual({ ok: true, canonical });
    expect(isWellFormedLanguageTag(tag)).toBe(true);
    expect(canonicalLanguageTag(tag)).toBe(canonical);
  });

  it.each(INVALID)('refuses %j and says why', (tag, why) => {
    const check = checkLanguageTag(tag);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.problem).toMatch(why);
    expect(isWellFormedLanguageTag(tag)).toBe(false);
    expect(canonicalLanguageTag(tag)).toBeUndefined();
  });

  it('spells the 28 Okta tags the way Okta does', () => {
    for (const tag of ['zh-CN', 'zh-TW', 'nl-NL', 'pt-BR', 'en', 'ht'])
      expect(canonicalLanguageTag(tag.toUpperCase())).toBe(tag);
  });

  it('refuses tags longer than 255 characters', () => {
    expect(checkLanguageTag(`en-x-${'-abcdefgh'.repeat(30).slice(1)}`).ok).toBe(false);
  });
});
