import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  renderWithClient,
  holdThenRefuse,
  stubFetch,
  testQueryClient,
} from '../../../../../test/support/render-with-client';
import type { EmailSettingsResponse, EmailTemplate } from '../../../../shared/okta/email-template';
import type { RecipientsValue } from '../../../../shared/templates/catalog';
import { templateQueries } from '../api/template-queries';
import { TemplateSettings } from './template-settings';

const BRAND = 'bnd1';
const TEMPLATE = 'ForgotPassword';
const settings = (recipients: RecipientsValue) =>
  ({ recipients, _links: {} }) as unknown as EmailSettingsResponse;
const template = (name: string, recipients: RecipientsValue) =>
  ({ name, _embedded: { settings: settings(recipients) }, _links: {} }) as unknown as EmailTemplate;

afterEach(cleanup);

describe('the recipients setting (optimistic)', () => {
  it('shows the change at once, then puts it back and says what was undone and why when the server refuses', async () => {
    // GETs never answer: what the cache shows after the refusal is the rollback's doing, not a refetch's.
    const calls = stubFetch(() => 'pending');
    // The PUT waits until the test lets it fail, so the optimistic state can be seen first.
    const held = holdThenRefuse('PUT');
    const client = testQueryClient();
    client.setQueryData(templateQueries.settings(BRAND, TEMPLATE).queryKey, settings('ALL_USERS'));
    client.setQueryData(templateQueries.detail(BRAND, TEMPLATE).queryKey, template(TEMPLATE, 'ALL_USERS'));
    client.setQueryData(templateQueries.list(BRAND).queryKey, [
      template(TEMPLATE, 'ALL_USERS'),
      template('UserActivation', 'ALL_USERS'),
    ]);
    const cached = () => ({
      settings: client.getQueryData<EmailSettingsResponse>(templateQueries.settings(BRAND, TEMPLATE).queryKey)
        ?.recipients,
      detail: client.getQueryData<EmailTemplate>(templateQueries.detail(BRAND, TEMPLATE).queryKey)?._embedded
        ?.settings?.recipients,
      list: client
        .getQueryData<EmailTemplate[]>(templateQueries.list(BRAND).queryKey)
        ?.map((t) => `${t.name}: ${t._embedded?.settings?.recipients}`),
    });
    renderWithClient(<TemplateSettings brandId={BRAND} templateName={TEMPLATE} />, { client });

    const save = screen.getByRole('button', { name: 'Save recipients' });
    fireEvent.click(screen.getByRole('radio', { name: /Admins only/ }));
    fireEvent.click(save);
    // At once: the settings, the template's detail and its catalog row (only its own) say "Admins only".
    await waitFor(() => expect(cached().settings).toBe('ADMINS_ONLY'));
    expect(cached()).toEqual({
      settings: 'ADMINS_ONLY',
      detail: 'ADMINS_ONLY',
      list: [`${TEMPLATE}: ADMINS_ONLY`, 'UserActivation: ALL_USERS'],
    });

    const before = calls.length;
    held.refuse();
    const toast = await within(screen.getByRole('region', { name: 'Notifications' })).findByRole('alert');
    expect(toast.textContent).toContain("Couldn't set the recipients to Admins only");
    expect(toast.textContent).toContain('Undone: the recipients are All users again.');
    expect(toast.textContent).toContain('Your API token lacks the scope');
    expect(cached()).toEqual({
      settings: 'ALL_USERS',
      detail: 'ALL_USERS',
      list: [`${TEMPLATE}: ALL_USERS`, 'UserActivation: ALL_USERS'],
    });
    // The form says why too, beside the button.
    expect(save.closest('form')?.querySelector('[role="alert"]')?.textContent).toContain(
      'Your API token lacks the scope',
    );
    // The admin's choice stays picked, so saving again is one click.
    expect((screen.getByRole('radio', { name: /Admins only/ }) as HTMLInputElement).checked).toBe(true);
    expect((save as HTMLButtonElement).disabled).toBe(false);
    // And everything is read again afterwards, so the server's word wins.
    await waitFor(() =>
      expect(calls.slice(before)).toContain(
        `GET /api/v1/brands/${BRAND}/templates/email/${TEMPLATE}/settings`,
      ),
    );
  });
});
