import { describe, it, expect } from 'vitest';
import { EMAIL_TEMPLATES, findTemplate, missingRequiredVariables } from './catalog';
import { PHRASES, PLACEHOLDERS, defaultContent } from './default-content';
import { SUPPORTED_LANGUAGES } from './languages';

const TAGS = SUPPORTED_LANGUAGES.map((l) => l.tag);
const all = EMAIL_TEMPLATES.flatMap((t) => TAGS.map((tag) => [t.name, tag] as const));

function content(name: string, tag: string) {
  const result = defaultContent(name, tag);
  if (!result) throw new Error(`no content for ${name}/${tag}`);
  return result;
}

/** Every string in a phrase table, with its path. */
function strings(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => strings(v, path ? `${path}.${k}` : k));
  }
  return [];
}

describe('defaultContent', () => {
  it('has a phrase table for each of the 28 languages', () => {
    expect(Object.keys(PHRASES).sort()).toEqual([...TAGS].sort());
  });

  it('produces a valid subject and body for all 39 × 28 combinations', () => {
    expect(all).toHaveLength(39 * 28);
    for (const [name, tag] of all) {
      const { subject, body } = content(name, tag);
      const where = `${name}/${tag}`;
      expect(subject.trim(), where).not.toBe('');
      expect(subject.length, where).toBeLessThanOrEqual(128);
      expect(subject, where).not.toMatch(/[\r\n<>]/);
      expect(new TextEncoder().encode(body).length, where).toBeLessThan(64 * 1024);
      expect(missingRequiredVariables(name, body), where).toEqual([]);
      expect(body, where).toContain(`<html lang="${tag}" dir="ltr">`);
      expect(body.startsWith('<!DOCTYPE html>'), where).toBe(true);
      expect(body, where).toContain('<img src="${brand.theme.logo}" alt="${org.name}"');
      expect(body, where).toContain('${org.name}');
      expect(body, where).not.toMatch(/\{[a-zA-Z]+\}(?<!\$\{[a-zA-Z]+\})/); // no unfilled placeholder
    }
  });

  it('keeps the Velocity simple: formal references only, balanced #if/#end, no stray directives', () => {
    for (const [name, tag] of all) {
      const { subject, body } = content(name, tag);
      const where = `${name}/${tag}`;
      for (const text of [subject, body]) {
        // every $ starts ${…} or $!{…}
        expect(text.match(/\$(?!!?\{)/g), where).toBeNull();
        // every # is #if( / #end / a hex colour
        const hashes = text.match(/#[A-Za-z0-9]*/g) ?? [];
        for (const hash of hashes) expect(hash, where).toMatch(/^#(if|end|[0-9a-f]{6})$/);
        const ifs = (text.match(/#if\(/g) ?? []).length;
        const ends = (text.match(/#end\b/g) ?? []).length;
        expect(ifs, where).toBe(ends);
        // braces of references balance
        let depth = 0;
        let lowest = 0;
        for (const ch of text.replace(/[^{}]/g, '')) {
          depth += ch === '{' ? 1 : -1;
          lowest = Math.min(lowest, depth);
        }
        expect([lowest, depth], where).toEqual([0, 0]);
      }
    }
  });

  it('uses the call-to-action button in the brand colour and a fallback link', () => {
    const { body } = content('ForgotPassword', 'en');
    expect(body).toContain('bgcolor="${brand.theme.primaryColor}"');
    expect(body.match(/href="\$\{resetPasswordLink\}"/g)).toHaveLength(2);
    expect(body).toMatch(/#if\(\$\{oneTimePassword\}\)[\s\S]*\$\{oneTimePassword\}[\s\S]*#end/);
    expect(body).toContain('$!{StringTool.escapeHtml($!{user.profile.firstName})}');
    expect(body).toContain('${f.formatTimeDiffDateNowInUserLocale(${resetPasswordTokenExpirationDate})}');
    expect(content('UserActivation', 'en').body).toContain(
      '${f.formatTimeDiffHoursNowInUserLocale(${org.activationTokenExpirationHours})}',
    );
  });

  it('lists the sign-in details in NewSignOnNotification', () => {
    for (const tag of TAGS) {
      const { body } = content('NewSignOnNotification', tag);
      for (const v of ['browser', 'date', 'time', 'location', 'ipAddress'])
        expect(body).toContain(`\${request.${v}}`);
    }
  });

  it('translates instead of copying English', () => {
    const english = new Map(EMAIL_TEMPLATES.map((t) => [t.name, content(t.name, 'en')]));
    for (const tag of TAGS.filter((t) => t !== 'en')) {
      for (const t of EMAIL_TEMPLATES) {
        const translated = content(t.name, tag);
        expect(translated.subject, `${t.name}/${tag} subject`).not.toBe(english.get(t.name)?.subject);
        expect(translated.body.replace(`lang="${tag}"`, 'lang="en"'), `${t.name}/${tag} body`).not.toBe(
          english.get(t.name)?.body,
        );
      }
    }
  });

  it('has phrase tables that differ from English almost everywhere', () => {
    const english = new Map(strings(PHRASES.en));
    for (const tag of TAGS.filter((t) => t !== 'en')) {
      const entries = strings(PHRASES[tag]);
      expect(entries.map(([path]) => path).sort(), tag).toEqual([...english.keys()].sort());
      const same = entries.filter(
        ([path, text]) => english.get(path) === text && !/^\{[a-zA-Z]+\}[!.]?$/.test(text),
      );
      // a few words may legitimately match English (e.g. "Okta Verify" labels, "Browser", "Location")
      expect(same.length, `${tag}: ${same.map(([p]) => p).join(', ')}`).toBeLessThanOrEqual(6);
    }
  });

  it('writes phrases without raw Velocity, HTML or unknown placeholders', () => {
    for (const tag of TAGS) {
      for (const [path, text] of strings(PHRASES[tag])) {
        const where = `${tag} ${path}`;
        expect(text, where).not.toMatch(/[$#<>&]/);
        expect(text.trim(), where).toBe(text);
        expect(text, where).not.toBe('');
        for (const [, key] of text.matchAll(/\{([^}]*)\}/g))
          expect(Object.keys(PLACEHOLDERS), where).toContain(key);
      }
    }
  });

  it('keeps the placeholders of each English phrase in its translations', () => {
    const english = new Map(strings(PHRASES.en));
    const placeholders = (text: string) => [...text.matchAll(/\{([a-zA-Z]+)\}/g)].map((m) => m[1]).sort();
    for (const tag of TAGS) {
      for (const [path, text] of strings(PHRASES[tag])) {
        expect(placeholders(text), `${tag} ${path}`).toEqual(placeholders(english.get(path) ?? ''));
      }
    }
  });

  it('falls back to English for other languages and matches tags case-insensitively', () => {
    expect(defaultContent('ForgotPassword', 'xx')).toEqual(defaultContent('ForgotPassword', 'en'));
    expect(defaultContent('ForgotPassword', '')).toEqual(defaultContent('ForgotPassword', 'en'));
    expect(defaultContent('ForgotPassword', 'pt-br')).toEqual(defaultContent('ForgotPassword', 'pt-BR'));
    expect(defaultContent('ForgotPassword', 'pt-br')?.body).toContain('lang="pt-BR"');
  });

  it('is undefined for unknown templates', () => {
    expect(defaultContent('Nope', 'en')).toBeUndefined();
    expect(defaultContent('forgotpassword', 'en')).toBeUndefined();
  });

  it('uses the documented default subjects in English where they are plain', () => {
    expect(content('UserActivation', 'en').subject).toBe(findTemplate('UserActivation')?.defaultSubject);
    expect(content('RegistrationEmailVerification', 'en').subject).toBe('Welcome to ${instanceDisplayName}!');
    expect(content('IGAReviewerNotification', 'en').subject).toBe(
      'Reviews assigned for ${campaign.campaignName}',
    );
    for (const t of EMAIL_TEMPLATES) {
      expect(content(t.name, 'en').subject.toLowerCase().replace(/\s+/g, ' ')).toBeTruthy();
    }
  });
});
