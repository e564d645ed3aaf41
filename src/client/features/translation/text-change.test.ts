import { describe, expect, it } from 'vitest';
import type { CustomizationVersion } from '../../../shared/mailroom/customization-history';
import type { EmailCustomization } from '../../../shared/okta/email-template';
import { translationStatus, type SideChange, type TranslationSource } from './api/translation-sides';
import { lastTextChange } from './text-change';

const DAY = 86_400_000;
const T0 = Date.parse('2026-03-01T09:00:00Z');
const at = (days: number) => new Date(T0 + days * DAY).toISOString();

let nextId = 0;
/** A customization's saves, oldest first: each the text it saved, whether it was the default, and when. */
function customization(
  language: string,
  saves: { subject: string; body: string; isDefault?: boolean; day: number }[],
) {
  const id = `oel${++nextId}`;
  const versions: CustomizationVersion[] = saves.map((save, i) => ({
    customizationId: id,
    version: i + 1,
    language,
    subject: save.subject,
    body: save.body,
    isDefault: save.isDefault ?? false,
    author: 'Ada',
    created: at(save.day),
  }));
  const last = saves[saves.length - 1];
  const current: EmailCustomization = {
    id,
    language,
    subject: last.subject,
    body: last.body,
    isDefault: last.isDefault ?? false,
    created: at(saves[0].day),
    lastUpdated: at(last.day),
    _links: {},
  } as EmailCustomization;
  return { current, versions };
}

/** What the translation view's hook does: each side's newest text change from its history, then the comparison. */
async function status(
  source: ReturnType<typeof customization>,
  target: ReturnType<typeof customization>,
  fetched: number[] = [],
) {
  const change = async (side: ReturnType<typeof customization>): Promise<SideChange> => {
    const newestFirst = [...side.versions].reverse().map(({ body: _body, ...summary }) => summary);
    const found = await lastTextChange(side.current, newestFirst, async (version) => {
      fetched.push(version);
      return side.versions[version - 1].body;
    });
    return found ?? 'no-history';
  };
  const sideOf = (c: ReturnType<typeof customization>): TranslationSource => ({
    kind: 'customization',
    language: c.current.language,
    customization: c.current,
  });
  return translationStatus(sideOf(source), sideOf(target), {
    source: await change(source),
    target: await change(target),
  });
}

describe('translation status from the version history', () => {
  it('does not count a save that only changed the default flag', async () => {
    const english = customization('en', [
      { subject: 'Reset', body: '<p>Hi</p>', day: 0 },
      // Made the default on day 5: same text, so the French written on day 2 is still current.
      { subject: 'Reset', body: '<p>Hi</p>', isDefault: true, day: 5 },
    ]);
    const french = customization('fr', [{ subject: 'Réinitialiser', body: '<p>Salut</p>', day: 2 }]);
    expect(Date.parse(english.current.lastUpdated)).toBeGreaterThan(Date.parse(french.current.lastUpdated));

    expect(await status(english, french)).toMatchObject({
      kind: 'up-to-date',
      basis: 'history',
      source: { changed: 'created', version: 1, at: at(0) },
      target: { changed: 'created', version: 1, at: at(2) },
    });
  });

  it('is out of date when the source text changed after the target, and says what changed', async () => {
    const english = customization('en', [
      { subject: 'Reset', body: '<p>Hi</p>', day: 0 },
      { subject: 'Reset', body: '<p>Hello</p>', day: 4 },
      { subject: 'Reset', body: '<p>Hello</p>', isDefault: true, day: 6 },
    ]);
    const french = customization('fr', [{ subject: 'Réinitialiser', body: '<p>Salut</p>', day: 1 }]);
    expect(await status(english, french)).toMatchObject({
      kind: 'out-of-date',
      basis: 'history',
      source: { changed: 'body', version: 2, at: at(4), author: 'Ada', origin: 'history' },
      target: { at: at(1) },
    });
  });

  it('is up to date once the target is edited after the source text changed', async () => {
    const english = customization('en', [
      { subject: 'Reset', body: '<p>Hi</p>', day: 0 },
      { subject: 'Reset your password', body: '<p>Hello</p>', day: 4 },
    ]);
    const french = customization('fr', [
      { subject: 'Réinitialiser', body: '<p>Salut</p>', day: 1 },
      { subject: 'Réinitialisez votre mot de passe', body: '<p>Salut</p>', day: 5 },
      // A later default-only save of the target changes nothing either.
      { subject: 'Réinitialisez votre mot de passe', body: '<p>Salut</p>', isDefault: true, day: 7 },
    ]);
    expect(await status(english, french)).toMatchObject({
      kind: 'up-to-date',
      basis: 'history',
      source: { changed: 'subject and body', version: 2, at: at(4) },
      target: { changed: 'subject', version: 2, at: at(5) },
    });
  });

  it('reads bodies only as far back as the newest text change', async () => {
    const english = customization('en', [
      { subject: 'Reset', body: '<p>Hi</p>', day: 0 },
      { subject: 'Reset', body: '<p>Hello</p>', day: 1 },
      { subject: 'Reset', body: '<p>Hello again</p>', day: 2 },
    ]);
    const french = customization('fr', [{ subject: 'Réinitialiser', body: '<p>Salut</p>', day: 3 }]);
    const fetched: number[] = [];
    await status(english, french, fetched);
    // English: versions 3 and 2 (3 changed the body); French: its only version.
    expect(fetched.sort()).toEqual([1, 2, 3]);
  });

  it('falls back to the last saves when a side has no versions, default-only saves included', async () => {
    const english = customization('en', [
      { subject: 'Reset', body: '<p>Hi</p>', day: 0 },
      { subject: 'Reset', body: '<p>Hi</p>', isDefault: true, day: 5 },
    ]);
    // Saved in the Okta org directly: Mailroom has no version of it.
    const french = customization('fr', [{ subject: 'Réinitialiser', body: '<p>Salut</p>', day: 2 }]);
    french.versions = [];
    expect(await status(english, french)).toEqual({
      kind: 'out-of-date',
      basis: 'last-saved',
      sourceUpdated: at(5),
      targetUpdated: at(2),
      withoutHistory: [{ side: 'target', why: 'no-history' }],
    });
  });

  it('sees a change made outside the history (the customization differs from its newest version)', async () => {
    const english = customization('en', [{ subject: 'Reset', body: '<p>Hi</p>', day: 0 }]);
    english.current = { ...english.current, body: '<p>Edited in the org</p>', lastUpdated: at(6) };
    const french = customization('fr', [{ subject: 'Réinitialiser', body: '<p>Salut</p>', day: 3 }]);
    expect(await status(english, french)).toMatchObject({
      kind: 'out-of-date',
      basis: 'history',
      source: { origin: 'outside-history', at: at(6), changed: 'text' },
    });
  });

  it('waits while a side is loading; stock sides need no history', () => {
    const english = customization('en', [{ subject: 'Reset', body: '<p>Hi</p>', day: 0 }]).current;
    const side: TranslationSource = { kind: 'customization', language: 'en', customization: english };
    const stock: TranslationSource = { kind: 'stock', language: 'fr', stockLanguage: 'fr' };
    expect(translationStatus(side, side, { source: 'loading', target: 'no-history' })).toEqual({
      kind: 'checking',
    });
    expect(translationStatus(side, stock, { source: 'loading', target: 'loading' })).toEqual({
      kind: 'not-translated',
    });
    expect(translationStatus(stock, side, { source: 'loading', target: 'loading' })).toEqual({
      kind: 'up-to-date',
      basis: 'stock',
    });
  });
});
