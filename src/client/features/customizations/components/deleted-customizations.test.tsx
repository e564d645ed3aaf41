import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithClient, stubFetch, testQueryClient } from '../../../../../test/support/render-with-client';
import type { DeletedCustomization } from '../../../../shared/mailroom/customization-history';
import type { EmailCustomization } from '../../../../shared/okta/email-template';
import { customizationQueries } from '../api/customization-queries';
import { historyQueries } from '../api/history-queries';
import { DeletedCustomizations } from './deleted-customizations';

const BRAND = 'bnd1';
const TEMPLATE = 'ForgotPassword';
const deleted = (
  id: string,
  language: string,
  version: number,
  deletedBy: string | null,
): DeletedCustomization => ({
  customizationId: id,
  deleted: new Date(Date.now() - 120_000).toISOString(),
  deletedBy,
  latest: {
    customizationId: id,
    version,
    language,
    subject: `Reset (${language}, v${version})`,
    isDefault: false,
    author: 'Ada Lovelace',
    created: '2026-11-01T10:00:00.000Z',
  },
});

function render(gone: DeletedCustomization[], live: string[]) {
  stubFetch(() => 'pending');
  const client = testQueryClient();
  client.setQueryData(historyQueries.deleted(BRAND, TEMPLATE).queryKey, gone);
  client.setQueryData(
    customizationQueries.list(BRAND, TEMPLATE).queryKey,
    live.map((language) => ({ id: `oel${language}`, language }) as EmailCustomization),
  );
  return renderWithClient(<DeletedCustomizations brandId={BRAND} templateName={TEMPLATE} />, { client });
}

afterEach(cleanup);

describe('deleted customizations on the template page', () => {
  it('offers the latest deleted one per language that has no customization now, linking to the editor', () => {
    render(
      [deleted('oel2', 'fr', 3, 'ci'), deleted('oel1', 'fr', 1, null), deleted('oel3', 'en', 2, 'ci')],
      ['en'],
    );
    const section = screen.getByRole('region', { name: 'Deleted customizations' });
    expect(
      within(section)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([expect.stringMatching(/^FrenchReset \(fr, v3\)deleted by ci, 2 minutes agoRestore…$/)]);
    expect(
      within(section)
        .getByRole('link', { name: 'Restore the deleted French customization' })
        .getAttribute('href'),
    ).toBe(`/brands/${BRAND}/templates/${TEMPLATE}/customizations/new?language=fr&restore=oel2&version=3`);
  });

  it('shows nothing when every deleted language is customized again', () => {
    const { container } = render([deleted('oel1', 'fr', 1, 'ci')], ['fr']);
    expect(container.textContent).toBe('');
  });
});
