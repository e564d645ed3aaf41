import { describe, expect, it } from 'vitest';
import { isEmailAddress, MAX_TEST_RECIPIENTS, parseRecipients } from './addresses';

describe('parseRecipients', () => {
  it('takes one address, or a few separated by commas, semicolons or spaces, without duplicates', () => {
    expect(parseRecipients(' ada@acme.example ')).toEqual({
      addresses: ['ada@acme.example'],
      problem: undefined,
    });
    expect(parseRecipients('a@x.example, b@x.example;A@X.example').addresses).toEqual([
      'a@x.example',
      'b@x.example',
    ]);
  });

  it('names the first address that is not one, and refuses more than the limit', () => {
    expect(parseRecipients('').problem).toBe('Enter an email address.');
    expect(parseRecipients('a@x.example, nope').problem).toBe('"nope" is not an email address.');
    expect(parseRecipients('"Ada" <a@x.example>').problem).toMatch(/is not an email address/);
    const many = Array.from({ length: MAX_TEST_RECIPIENTS + 1 }, (_, i) => `u${i}@x.example`).join(',');
    expect(parseRecipients(many)).toEqual({
      addresses: [],
      problem: `At most ${MAX_TEST_RECIPIENTS} addresses per test (this has ${MAX_TEST_RECIPIENTS + 1}).`,
    });
  });

  it('isEmailAddress refuses display names, lists and over-long strings', () => {
    expect(isEmailAddress('a@b')).toBe(true);
    expect(isEmailAddress('a@b,c@d')).toBe(false);
    expect(isEmailAddress(`${'a'.repeat(320)}@b`)).toBe(false);
  });
});
