import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithClient, stubFetch, testQueryClient } from '../../../../../test/support/render-with-client';
import type {
  CustomizationVersion,
  CustomizationVersionSummary,
} from '../../../../shared/mailroom/customization-history';
import type { Session } from '../../../../shared/mailroom/session';
import type { EmailCustomization } from '../../../../shared/okta/email-template';
import { apiPaths } from '../../../../shared/api-paths';
import { sessionQueries } from '../../session/api/session-queries';
import { TranslationView } from './translation-view';

const BRAND = 'bnd1';
const TEMPLATE = 'ForgotPassword';
const DAY = 86_400_000;
const at = (days: number) => new Date(Date.parse('2026-03-01T09:00:00Z') + days * DAY).toISOString();

function customization(id: string, language: string, text: { subject: string; body: string }, day: number) {
  return {
    id,
    language,
    ...text,
    isDefault: language === 'en',
    created: at(0),
    lastUpdated: at(day),
    _links: {},
  } as EmailCustomization;
}

/** Mailroom's answers about history: each customization's versions, oldest first. */
function serveHistory(
  histories: Record<
    string,
    Omit<CustomizationVersion, 'customizationId' | 'version' | 'author' | 'language'>[]
  >,
) {
  const answers = new Map<string, unknown>();
  for (const [id, versions] of Object.entries(histories)) {
    const full = versions.map((v, i): CustomizationVersion => ({
      ...v,
      customizationId: id,
      version: i + 1,
      author: 'Ada',
      language: 'x',
    }));
    const summaries: CustomizationVersionSummary[] = full.map(({ body: _body, ...s }) => s).reverse();
    answers.set(apiPaths.customizationVersions(BRAND, TEMPLATE, id), summaries);
    for (const v of full) answers.set(apiPaths.customizationVersion(BRAND, TEMPLATE, id, v.version), v);
  }
  stubFetch((url) => {
    const path = new URL(url, 'http://localhost').pathname;
    return answers.has(path) ? { status: 200, body: answers.get(path) } : { status: 404, body: {} };
  });
}

function view(customizations: EmailCustomization[]) {
  const client = testQueryClient();
  client.setQueryData(sessionQueries.current().queryKey, { mode: 'embedded' } as Session);
  renderWithClient(
    <TranslationView
      brandId={BRAND}
      templateName={TEMPLATE}
      customizations={customizations}
      sourceLanguage="en"
      targetLanguage="fr"
      onLanguagesChange={() => {}}
    />,
    { client },
  );
}

afterEach(cleanup);

describe('the translation view’s status', () => {
  const EN = { subject: 'Reset', body: '<p>Hi</p>' };
  const FR = { subject: 'Réinitialiser', body: '<p>Salut</p>' };

  it('says what changed in the source and how long after the translation', async () => {
    const changed = { ...EN, body: '<p>Hello</p>' };
    serveHistory({
      en1: [
        { ...EN, isDefault: true, created: at(0) },
        { ...changed, isDefault: true, created: at(4) },
      ],
      fr1: [{ ...FR, isDefault: false, created: at(1) }],
    });
    view([customization('en1', 'en', changed, 4), customization('fr1', 'fr', FR, 1)]);

    expect(await screen.findByText('Translation out of date')).toBeTruthy();
    expect(
      screen.getByText('English body changed 3 days after the French text was last edited.'),
    ).toBeTruthy();
  });

  it('does not call a translation out of date for a default-only save of the source', async () => {
    serveHistory({
      en1: [
        { ...EN, isDefault: false, created: at(0) },
        { ...EN, isDefault: true, created: at(5) },
      ],
      fr1: [{ ...FR, isDefault: false, created: at(2) }],
    });
    view([customization('en1', 'en', EN, 5), customization('fr1', 'fr', FR, 2)]);

    expect(await screen.findByText('Translation edited after the source')).toBeTruthy();
    expect(screen.queryByText('Translation out of date')).toBeNull();
  });

  it('says when it falls back to the last saves because a side has no history', async () => {
    serveHistory({ en1: [{ ...EN, isDefault: true, created: at(5) }], fr1: [] });
    view([customization('en1', 'en', EN, 5), customization('fr1', 'fr', FR, 2)]);

    expect(await screen.findByText('Translation out of date')).toBeTruthy();
    expect(
      screen.getByText(
        'English was saved 3 days after French. French has no version history (saved in the Okta org directly), so this compares when each was last saved, a change of the default included.',
      ),
    ).toBeTruthy();
  });
});
