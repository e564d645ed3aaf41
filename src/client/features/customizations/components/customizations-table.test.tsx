import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithClient, stubFetch, testQueryClient } from '../../../../../test/support/render-with-client';
import type { EmailCustomization } from '../../../../shared/okta/email-template';
import { customizationQueries } from '../api/customization-queries';
import { meQueries } from '../../profile/api/me-queries';
import type { User } from '../../../../shared/okta/user';
import { CustomizationsTable } from './customizations-table';

const BRAND = 'bnd1';
const TEMPLATE = 'ForgotPassword';
const customization = (language: string, isDefault: boolean): EmailCustomization => ({
  id: `oel${language}`,
  language,
  isDefault,
  subject: `Reset (${language})`,
  body: '<p>${resetPasswordLink}</p>',
  created: '2026-11-01T10:00:00.000Z',
  lastUpdated: '2026-11-02T10:00:00.000Z',
  _links: {} as EmailCustomization['_links'],
});

const table = () => (
  <CustomizationsTable
    brandId={BRAND}
    templateName={TEMPLATE}
    templateLabel="Forgot Password"
    renderSendTest={(language) => <button type="button">Send {language}</button>}
  />
);

afterEach(cleanup);

describe('the customizations table', () => {
  it('says it is loading while the list is on its way', () => {
    stubFetch(() => 'pending');
    renderWithClient(table());
    expect(screen.getByRole('status', { name: 'Loading customizations' })).toBeTruthy();
  });

  it('shows the empty state with the next action when the template is not customized', async () => {
    stubFetch(() => ({ status: 200, body: [] }));
    renderWithClient(table());
    expect(await screen.findByRole('heading', { name: 'Not customized' })).toBeTruthy();
    expect(screen.getByText(/the first one becomes the default/)).toBeTruthy();
  });

  it('lists each language with its subject, the default marked, and an Edit link per row', () => {
    stubFetch(() => 'pending');
    const client = testQueryClient();
    client.setQueryData(customizationQueries.list(BRAND, TEMPLATE).queryKey, [
      customization('fr', false),
      customization('en', true),
    ]);
    renderWithClient(table(), { client });
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      expect.stringMatching(/^EnglishDefault.*Reset \(en\)/),
      expect.stringMatching(/^French.*Reset \(fr\)/),
    ]);
    expect(screen.getByRole('link', { name: 'Edit French' }).getAttribute('href')).toBe(
      `/brands/${BRAND}/templates/${TEMPLATE}/customizations/oelfr`,
    );
  });

  it('shows the Okta error and a retry when the list fails', async () => {
    stubFetch(() => ({
      status: 404,
      body: { errorCode: 'E0000007', errorSummary: 'Not found: Resource', errorCauses: [] },
    }));
    renderWithClient(table());
    expect((await screen.findByRole('alert')).textContent).toContain('Not found: Resource');
    expect(screen.getByRole('button', { name: /try again/i })).toBeTruthy();
  });

  it('offers the unused languages by name, the admin’s own language picked first', async () => {
    stubFetch((url) =>
      url.includes('/customizations') ? { status: 200, body: [customization('en', true)] } : 'pending',
    );
    const client = testQueryClient();
    client.setQueryData(meQueries.user().queryKey, {
      id: '00u1',
      profile: { locale: 'de_DE' },
    } as unknown as User);
    renderWithClient(table(), { client });
    const select = (await screen.findByLabelText('Language to add')) as HTMLSelectElement;
    const names = [...select.options].map((o) => o.textContent ?? '');
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    expect(names).not.toContain('English (en)');
    expect(select.value).toBe('de');
  });
});
