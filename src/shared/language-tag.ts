/**
 * BCP 47 language tags (RFC 5646 §2.1, §2.2.9): well-formedness as the ABNF defines it, plus the two validity
 * rules a parser can check without the IANA registry (no repeated variant, no repeated extension singleton).
 * Pure: no `Intl`, whose Unicode locale identifiers reject tags BCP 47 allows (extlang `zh-yue`, `i-klingon`).
 * Used by the server (Okta's "custom languages": any BCP 47 tag, E0000236 otherwise) and by the console's
 * "Add a locale…" field, so both say the same thing about the same text.
 */

/** RFC 5646 §2.2.8: grandfathered tags, well-formed only as whole tags; registry spelling. */
const GRANDFATHERED = [
  'en-GB-oed',
  'i-ami',
  'i-bnn',
  'i-default',
  'i-enochian',
  'i-hak',
  'i-klingon',
  'i-lux',
  'i-mingo',
  'i-navajo',
  'i-pwn',
  'i-tao',
  'i-tay',
  'i-tsu',
  'sgn-BE-FR',
  'sgn-BE-NL',
  'sgn-CH-DE',
  'art-lojban',
  'cel-gaulish',
  'no-bok',
  'no-nyn',
  'zh-guoyu',
  'zh-hakka',
  'zh-min',
  'zh-min-nan',
  'zh-xiang',
];
const GRANDFATHERED_BY_LOWER = new Map(GRANDFATHERED.map((tag) => [tag.toLowerCase(), tag]));

export type LanguageTagCheck =
  | {
      ok: true;
      /** Canonical case: language lower, script title, region upper, the rest lower. */ canonical: string;
    }
  | { ok: false; /** One sentence for a person: what is wrong. */ problem: string };

const ALPHA = /^[a-z]+$/i;
const DIGIT = /^[0-9]+$/;
const ALNUM = /^[a-z0-9]+$/i;
const isVariant = (s: string) =>
  ALNUM.test(s) && ((s.length >= 5 && s.length <= 8) || (s.length === 4 && /^[0-9]/.test(s)));

const fail = (problem: string): LanguageTagCheck => ({ ok: false, problem });

/** Checks `tag` against BCP 47 and returns its canonical-case spelling, or the first problem found. */
export function checkLanguageTag(tag: unknown): LanguageTagCheck {
  if (typeof tag !== 'string' || tag === '') return fail('Enter a language tag, such as en-GB or fr-CA.');
  if (tag.trim() !== tag) return fail('A language tag has no spaces around it.');
  if (tag.length > 255) return fail('A language tag is at most 255 characters long.');
  const grandfathered = GRANDFATHERED_BY_LOWER.get(tag.toLowerCase());
  if (grandfathered) return { ok: true, canonical: grandfathered };
  if (tag.includes('_')) return fail('Separate subtags with "-", not "_" (en-GB, not en_GB).');

  const parts = tag.split('-');
  for (const part of parts) {
    if (part === '') return fail('A subtag is empty: check for a leading, trailing or doubled "-".');
    if (!ALNUM.test(part)) return fail(`"${part}" has characters other than the letters A–Z and digits.`);
    if (part.length > 8) return fail(`"${part}" is ${part.length} characters long; a subtag has at most 8.`);
  }

  const out: string[] = [];
  let i = 0;
  const next = () => parts[i];

  if (next().toLowerCase() === 'x') return privateUse(parts, i, out);

  // language = 2*3ALPHA ["-" extlang] / 4ALPHA / 5*8ALPHA
  const language = next();
  if (!ALPHA.test(language) || language.length < 2) {
    return fail(`"${language}" is not a language subtag: it starts a tag with 2 to 8 letters (en, fr, yue).`);
  }
  out.push(language.toLowerCase());
  i++;
  // extlang = 3ALPHA *2("-" 3ALPHA), only after a 2–3 letter language
  if (language.length <= 3) {
    let extlangs = 0;
    while (i < parts.length && extlangs < 3 && next().length === 3 && ALPHA.test(next())) {
      out.push(next().toLowerCase());
      i++;
      extlangs++;
    }
  }
  // script = 4ALPHA
  if (i < parts.length && next().length === 4 && ALPHA.test(next())) {
    const script = next();
    out.push(script[0].toUpperCase() + script.slice(1).toLowerCase());
    i++;
  }
  // region = 2ALPHA / 3DIGIT
  if (
    i < parts.length &&
    ((next().length === 2 && ALPHA.test(next())) || (next().length === 3 && DIGIT.test(next())))
  ) {
    out.push(next().toUpperCase());
    i++;
  }
  // *("-" variant)
  const variants = new Set<string>();
  while (i < parts.length && isVariant(next())) {
    const variant = next().toLowerCase();
    if (variants.has(variant)) return fail(`The variant "${variant}" appears twice.`);
    variants.add(variant);
    out.push(variant);
    i++;
  }
  // *("-" extension): singleton 1*("-" 2*8alphanum)
  const singletons = new Set<string>();
  while (i < parts.length && next().length === 1 && next().toLowerCase() !== 'x') {
    const singleton = next().toLowerCase();
    if (singletons.has(singleton)) return fail(`The extension "${singleton}" appears twice.`);
    singletons.add(singleton);
    out.push(singleton);
    i++;
    const start = i;
    while (i < parts.length && next().length >= 2) {
      out.push(next().toLowerCase());
      i++;
    }
    if (i === start)
      return fail(`The extension "${singleton}" needs at least one subtag of 2 to 8 characters after it.`);
  }
  if (i < parts.length && next().toLowerCase() === 'x') return privateUse(parts, i, out);
  if (i < parts.length) return fail(`"${next()}" is out of place: ${expected(out.length === 1)}`);
  return { ok: true, canonical: out.join('-') };
}

function privateUse(parts: string[], start: number, out: string[]): LanguageTagCheck {
  if (start + 1 >= parts.length) return fail('"x" needs at least one private-use subtag after it (x-mine).');
  return { ok: true, canonical: [...out, ...parts.slice(start).map((p) => p.toLowerCase())].join('-') };
}

function expected(afterLanguage: boolean): string {
  return afterLanguage
    ? 'after the language come a 4-letter script, a 2-letter or 3-digit region, 5–8 character variants, or extensions.'
    : 'the order is language, script, region, variants, extensions, private use.';
}

/** True when `tag` is a well-formed (and, as far as a parser can tell, valid) BCP 47 language tag. */
export function isWellFormedLanguageTag(tag: unknown): boolean {
  return checkLanguageTag(tag).ok;
}

/** The canonical-case spelling of a well-formed tag (`EN-gb` → `en-GB`); undefined for a malformed one. */
export function canonicalLanguageTag(tag: unknown): string | undefined {
  const check = checkLanguageTag(tag);
  return check.ok ? check.canonical : undefined;
}
