import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  renderWithClient,
  holdThenRefuse,
  stubFetch,
  testQueryClient,
} from '../../../../../test/support/render-with-client';
import type { EmailServer } from '../../../../shared/okta/email-server';
import { emailServerQueries } from '../api/email-server-queries';
import { EmailServersList } from './email-servers-list';

const relay: EmailServer = {
  id: 'srv1',
  alias: 'Relay A',
  authType: 'BASIC_SMTP_AUTH',
  enabled: false,
  host: 'smtp.acme.example',
  port: 587,
  username: 'mailer',
};

afterEach(cleanup);

describe('enabling an SMTP server (optimistic)', () => {
  it('shows the change at once, then puts it back and says what was undone and why when the server refuses', async () => {
    // GETs answer the list as the server still has it (the server refused the change).
    const calls = stubFetch(() => ({ status: 200, body: { 'email-servers': [relay] } }));
    // The PATCH waits until the test lets it fail, so the optimistic state can be seen first.
    const held = holdThenRefuse('PATCH');
    const client = testQueryClient();
    client.setQueryData(emailServerQueries.list().queryKey, [relay]);
    renderWithClient(<EmailServersList />, { client });

    const row = () => screen.getByRole('row', { name: /Relay A/ });
    expect(within(row()).getByText('Disabled')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Enable Relay A' }));
    expect(await within(row()).findByText('Enabled')).toBeTruthy();
    expect(screen.getByText(/Mail goes through/)).toBeTruthy();

    held.refuse();
    const toast = await screen.findByRole('alert');
    expect(within(toast).getByText("Couldn't enable 'Relay A'")).toBeTruthy();
    expect(toast.textContent).toContain("Undone: 'Relay A' is disabled again.");
    expect(toast.textContent).toContain('Your API token lacks the scope');
    expect(within(row()).getByText('Disabled')).toBeTruthy();
    expect(client.getQueryData<EmailServer[]>(emailServerQueries.list().queryKey)?.[0].enabled).toBe(false);
    // And the list is read again afterwards, so the server's word wins.
    await waitFor(() => expect(calls).toContain('GET /api/v1/email-servers'));
  });
});
