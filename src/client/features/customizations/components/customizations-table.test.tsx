import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithClient, stubFetch, testQueryClient } from '../../../../../test/support/render-with-client';
import type { EmailCustomization } from '../../../../shared/okta/email-template';
import { customizationQueries } from '../api/customization-queries';
import { brandQueries } from '../../brands/api/brand-queries';
import { meQueries } from '../../profile/api/me-queries';
import type { Brand } from '../../../../shared/okta/brand';
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

  it('picks the brand’s locale when the admin’s own language is customized already, else the first by name', async () => {
    const used = [customization('en', true), customization('de', false)];
    stubFetch((url) => (url.includes('/customizations') ? { status: 200, body: used } : 'pending'));
    const client = testQueryClient();
    client.setQueryData(meQueries.user().queryKey, {
      id: '00u1',
      profile: { locale: 'de_DE' },
    } as unknown as User);
    client.setQueryData(brandQueries.detail(BRAND).queryKey, {
      id: BRAND,
      locale: 'fr_CA',
    } as unknown as Brand);
    renderWithClient(table(), { client });
    const select = (await screen.findByLabelText('Language to add')) as HTMLSelectElement;
    expect(select.value).toBe('fr');
    cleanup();

    // The brand's language is taken too: the first free language by name.
    used.push(customization('fr', false));
    client.setQueryData(customizationQueries.list(BRAND, TEMPLATE).queryKey, used);
    renderWithClient(table(), { client });
    const again = (await screen.findByLabelText('Language to add')) as HTMLSelectElement;
    expect(again.value).toBe(again.options[0].value);
    expect(again.options[0].textContent).toMatch(/^Chinese \(Simplified\)/);
  });

  describe('the default', () => {
    const seeded = () => {
      const client = testQueryClient();
      client.setQueryData(customizationQueries.list(BRAND, TEMPLATE).queryKey, [
        customization('en', true),
        customization('fr', false),
        customization('de', false),
      ]);
      return client;
    };
    const refusal = (errorCode: string, errorSummary: string) => ({
      status: 409,
      body: { errorCode, errorSummary, errorCauses: [] },
    });

    it('deleting it offers “Choose another default” in place: the chosen one becomes the default, then the old one is deleted', async () => {
      const writes: string[] = [];
      stubFetch((url, init) => {
        const method = init?.method ?? 'GET';
        if (method === 'PUT') {
          writes.push(`PUT ${url} ${JSON.parse(String(init?.body)).isDefault}`);
          return { status: 200, body: { ...customization('fr', true) } };
        }
        if (method === 'DELETE') {
          writes.push(`DELETE ${url}`);
          return { status: 204 };
        }
        // Read again afterwards: what the server holds by then.
        return url.includes('/customizations')
          ? { status: 200, body: [customization('fr', true), customization('de', false)] }
          : 'pending';
      });
      renderWithClient(table(), { client: seeded() });
      fireEvent.click(screen.getByRole('button', { name: 'Delete English' }));
      const dialog = screen.getByRole('dialog', { name: "The English customization can't be deleted" });
      const picker = within(dialog).getByLabelText('New default') as HTMLSelectElement;
      expect([...picker.options].map((o) => o.textContent)).toEqual(['French (fr)', 'German (de)']);
      fireEvent.change(picker, { target: { value: 'oelfr' } });
      fireEvent.click(
        within(dialog).getByRole('button', { name: 'Make French the default and delete English' }),
      );

      expect(await screen.findByText('English customization deleted')).toBeTruthy();
      expect(screen.getByText('French is the default now.')).toBeTruthy();
      const root = `/api/v1/brands/${BRAND}/templates/email/${TEMPLATE}/customizations`;
      expect(writes).toEqual([`PUT ${root}/oelfr true`, `DELETE ${root}/oelen`]);
      await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    });

    it('says so in the dialog when the new default is refused, and deletes nothing', async () => {
      const writes: string[] = [];
      stubFetch((url, init) => {
        if (init?.method === 'PUT' || init?.method === 'DELETE') writes.push(`${init.method} ${url}`);
        if (init?.method === 'PUT')
          return refusal('E0000183', 'An email template customization for that language already exists.');
        return 'pending';
      });
      renderWithClient(table(), { client: seeded() });
      fireEvent.click(screen.getByRole('button', { name: 'Delete English' }));
      const dialog = screen.getByRole('dialog', { name: "The English customization can't be deleted" });
      fireEvent.click(
        within(dialog).getByRole('button', { name: 'Make French the default and delete English' }),
      );
      expect((await within(dialog).findByRole('alert')).textContent).toMatch(
        /^French couldn't be made the default: /,
      );
      expect(writes).toHaveLength(1);
      expect(writes[0]).toMatch(/^PUT /);
    });

    it('“Make default” moves the badge at once, and puts it back with a toast saying why when refused', async () => {
      let fail: (() => void) | undefined;
      stubFetch(() => 'pending');
      const stubbed = globalThis.fetch;
      globalThis.fetch = ((input: RequestInfo | URL, init?: RequestInit) =>
        init?.method === 'PUT'
          ? new Promise<Response>((resolve) => {
              fail = () =>
                resolve(
                  new Response(
                    JSON.stringify({
                      errorCode: 'E0000047',
                      errorSummary: 'API call exceeded rate limit due to too many requests.',
                      errorCauses: [],
                    }),
                    {
                      status: 429,
                      headers: {
                        'content-type': 'application/json',
                        'X-Rate-Limit-Reset': String(Math.ceil(Date.now() / 1000) + 30),
                      },
                    },
                  ),
                );
            })
          : stubbed(input, init)) as typeof fetch;
      renderWithClient(table(), { client: seeded() });
      const row = (name: string) => screen.getByRole('row', { name: new RegExp(name) });
      fireEvent.click(screen.getByRole('button', { name: 'Make German the default' }));
      await waitFor(() => expect(within(row('German')).queryByText('Default')).toBeTruthy());
      expect(within(row('English')).queryByText('Default')).toBeNull();

      fail!();
      const toast = await screen.findByRole('alert');
      expect(toast.textContent).toContain("Couldn't make German the default");
      expect(toast.textContent).toContain('Undone: English is the default again.');
      expect(toast.textContent).toMatch(/Wait \d+ seconds for the limit to reset, then try again\./);
      expect(within(row('English')).getByText('Default')).toBeTruthy();
      expect(within(row('German')).queryByText('Default')).toBeNull();
    });
  });
});
