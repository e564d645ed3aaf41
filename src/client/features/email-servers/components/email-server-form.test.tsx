import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithClient } from '../../../../../test/support/render-with-client';
import type { EmailServer } from '../../../../shared/okta/email-server';
import { OktaApiError } from '../../../lib/api-client';
import { EmailServerForm } from './email-server-form';

afterEach(cleanup);

const saved: EmailServer = {
  id: 'ces1',
  alias: 'Relay A',
  authType: 'BASIC_SMTP_AUTH',
  enabled: true,
  host: 'smtp.example.com',
  port: 587,
  username: 'mailer',
};

function form(props: Partial<Parameters<typeof EmailServerForm>[0]> = {}) {
  const onSubmit = vi.fn();
  renderWithClient(
    <EmailServerForm
      mode="create"
      pending={false}
      error={null}
      onSubmit={onSubmit}
      onCancel={() => {}}
      {...props}
    />,
  );
  return onSubmit;
}

describe('the SMTP server form', () => {
  it('sends what was typed, with the intent of the button pressed', () => {
    const onSubmit = form();
    fireEvent.change(screen.getByLabelText('Alias'), { target: { value: 'Relay B' } });
    fireEvent.change(screen.getByLabelText('Host'), { target: { value: 'smtp.b.example' } });
    fireEvent.change(screen.getByLabelText('Username'), { target: { value: 'u' } });
    fireEvent.change(screen.getByLabelText(/^Password/), { target: { value: 'p4ss' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add and test' }));
    expect(onSubmit).toHaveBeenCalledWith(
      expect.objectContaining({ alias: 'Relay B', host: 'smtp.b.example', port: '587', password: 'p4ss' }),
      'save-and-test',
    );
  });

  it('puts each of the API’s field errors next to its field', () => {
    form({
      error: new OktaApiError(400, {
        errorCode: 'E0000001',
        errorSummary: 'Api validation failed: host, port',
        errorCauses: [
          { errorSummary: 'host: The field is required.' },
          { errorSummary: 'port: Must be 1 to 65535.' },
        ],
      }),
    });
    expect(screen.getByLabelText('Host').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('The field is required.')).toBeTruthy();
    expect(screen.getByText('Must be 1 to 65535.')).toBeTruthy();
    expect(screen.getByLabelText('Alias').getAttribute('aria-invalid')).not.toBe('true');
  });

  it('never shows a stored password: blank on edit, with the hint that blank keeps it', () => {
    form({ mode: 'edit', server: saved });
    expect((screen.getByLabelText(/^Password/) as HTMLInputElement).value).toBe('');
    expect(screen.getByText(/Leave blank to keep the current password/)).toBeTruthy();
    expect((screen.getByLabelText('Alias') as HTMLInputElement).value).toBe('Relay A');
  });

  it('asks for the OAuth fields when OAuth is chosen', () => {
    form();
    fireEvent.change(screen.getByLabelText('Authentication method'), {
      target: { value: 'OAUTH2_CLIENT_CREDENTIALS' },
    });
    for (const label of ['Token endpoint', 'Client ID', 'Client secret', 'Scopes'])
      expect(screen.getByLabelText(new RegExp(`^${label}`))).toBeTruthy();
    expect(screen.queryByLabelText(/^Password/)).toBeNull();
  });

  it('in real Okta mode offers Save and test instead of testing unsaved settings', () => {
    const onSubmit = form({ mode: 'edit', server: saved, testsSavedOnly: true });
    fireEvent.change(screen.getByLabelText('Alias'), { target: { value: 'Relay A2' } });
    fireEvent.click(screen.getByRole('button', { name: 'Test these settings' }));
    const dialog = screen.getByRole('dialog', { name: 'Okta tests saved servers only' });
    fireEvent.click(
      dialog.querySelector('button.btn-primary, button[data-autofocus]') ??
        dialog.querySelectorAll('button')[1],
    );
    expect(onSubmit).toHaveBeenCalledWith(expect.objectContaining({ alias: 'Relay A2' }), 'save-and-test');
  });
});
