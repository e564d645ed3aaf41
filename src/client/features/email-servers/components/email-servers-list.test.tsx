import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithClient, stubFetch, testQueryClient } from '../../../../../test/support/render-with-client';
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
    let answerPatch: (() => void) | undefined;
    // GETs answer the list as the server still has it (the server refused the change).
    const calls = stubFetch(() => ({ status: 200, body: { 'email-servers': [relay] } }));
    // The PATCH waits until the test lets it fail, so the optimistic state can be seen first.
    const stubbed = globalThis.fetch;
    globalThis.fetch = ((input: RequestInfo | URL, init?: RequestInit) =>
      init?.method === 'PATCH'
        ? new Promise<Response>((resolve) => {
            answerPatch = () =>
              resolve(
                new Response(
                  JSON.stringify({
                    errorCode: 'E0000006',
                    errorSummary: 'You do not have permission to perform the requested action',
                    errorCauses: [],
                  }),
                  { status: 403, headers: { 'content-type': 'application/json' } },
                ),
              );
          })
        : stubbed(input, init)) as typeof fetch;
    const client = testQueryClient();
    client.setQueryData(emailServerQueries.list().queryKey, [relay]);
    renderWithClient(<EmailServersList />, { client });

    const row = () => screen.getByRole('row', { name: /Relay A/ });
    expect(within(row()).getByText('Disabled')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Enable Relay A' }));
    expect(await within(row()).findByText('Enabled')).toBeTruthy();
    expect(screen.getByText(/Mail goes through/)).toBeTruthy();

    answerPatch!();
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
