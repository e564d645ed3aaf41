import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  renderWithClient,
  stubFetch,
  testQueryClient,
  testSession,
} from '../../../../../test/support/render-with-client';
import type { Session } from '../../../../shared/mailroom/session';
import { SCOPES } from '../../../../shared/scopes';
import { sessionQueries } from '../../session/api/session-queries';
import { SendTestButton } from './send-test-button';

const session = testSession;

function renderButton(current: Session) {
  const client = testQueryClient();
  client.setQueryData(sessionQueries.current().queryKey, current);
  return renderWithClient(<SendTestButton brandId="bnd1" templateName="ForgotPassword" language="fr" />, {
    client,
  });
}

afterEach(() => {
  cleanup();
  window.localStorage.clear();
});

describe('Send to…', () => {
  it('posts the typed addresses to test-sends, shows the server’s refusal under the field, and remembers them', async () => {
    const bodies: unknown[] = [];
    stubFetch((url, init) => {
      if (url.includes('/test-sends')) {
        bodies.push(JSON.parse(String(init?.body)));
        return bodies.length === 1
          ? {
              status: 400,
              body: {
                errorCode: 'E0000001',
                errorSummary: 'Api validation failed: to',
                errorCauses: [{ errorSummary: 'to: "x@y" is refused here.' }],
              },
            }
          : { status: 204 };
      }
      return { status: 200, body: { route: 'built-in mailbox', deliveries: [] } };
    });
    renderButton(session({}));
    fireEvent.click(screen.getByRole('button', { name: 'Send the French test to…' }));
    const field = screen.getByLabelText('Send to');
    fireEvent.change(field, { target: { value: 'nope' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(screen.getByText('"nope" is not an email address.')).toBeTruthy();
    expect(bodies).toEqual([]);

    fireEvent.change(field, { target: { value: 'x@y' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(await screen.findByText('"x@y" is refused here.')).toBeTruthy();
    expect(bodies).toEqual([{ to: 'x@y', language: 'fr' }]);

    fireEvent.change(field, { target: { value: 'grace@acme.example' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    await waitFor(() => expect(screen.queryByLabelText('Send to')).toBeNull());
    expect(window.localStorage.getItem('mailroom.sendTo')).toBe('grace@acme.example');
    fireEvent.click(screen.getByRole('button', { name: 'Send the French test to…' }));
    expect((screen.getByLabelText('Send to') as HTMLInputElement).value).toBe('grace@acme.example');
  });

  it('in real Okta mode the field is disabled and says why', () => {
    stubFetch(() => 'pending');
    renderButton(session({ mode: 'okta', orgUrl: 'https://acme.okta.com' }));
    fireEvent.click(screen.getByRole('button', { name: 'Send the French test to…' }));
    expect((screen.getByLabelText('Send to') as HTMLInputElement).disabled).toBe(true);
    expect(screen.getByText(/Okta sends test emails only to you/)).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Send' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('a token without mailroom.testsends.manage is told which scope it lacks', () => {
    stubFetch(() => 'pending');
    renderButton(session({ scopes: SCOPES.filter((s) => s !== 'mailroom.testsends.manage') }));
    fireEvent.click(screen.getByRole('button', { name: 'Send the French test to…' }));
    expect(screen.getByText(/lacks the mailroom.testsends.manage scope/)).toBeTruthy();
  });
});
