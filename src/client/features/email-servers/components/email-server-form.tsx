import { useState, type FormEvent } from 'react';
import type { EmailServer, EmailServerCreate } from '../../../../shared/okta/email-server';
import { isOktaApiError } from '../../../lib/api-client';
import { Button } from '../../../components/ui/button';
import { describeError, InlineError } from '../../../components/ui/error-state';
import { CheckboxField, TextField } from '../../../components/ui/form-field';
import { Dialog } from '../../../components/ui/dialog';
import { TestEmailServerDialog } from './test-email-server-dialog';

export interface EmailServerFormValues {
  alias: string;
  host: string;
  port: string;
  username: string;
  password: string;
  enabled: boolean;
}

const empty: EmailServerFormValues = {
  alias: '',
  host: '',
  port: '587',
  username: '',
  password: '',
  enabled: false,
};

/** Write-only password: never pre-filled; on edit, blank means "keep the stored one". */
export function toPayload(values: EmailServerFormValues, mode: 'create' | 'edit'): EmailServerCreate {
  const payload: EmailServerCreate = {
    alias: values.alias.trim(),
    host: values.host.trim(),
    port: Number(values.port),
    username: values.username.trim(),
  };
  if (values.password) payload.password = values.password;
  if (mode === 'create') payload.enabled = values.enabled;
  return payload;
}

export function EmailServerForm({
  server,
  mode,
  pending,
  error,
  onSubmit,
  onCancel,
  autoFocusPassword,
  testRecipient,
  testsSavedOnly,
}: {
  /** Real Okta mode: the org tests saved servers only, so unsaved settings are saved first ("Save and test"). */
  testsSavedOnly?: boolean;
  server?: EmailServer;
  /** Pre-filled "To" of the "Test these settings" dialog (the admin's own address). */
  testRecipient?: string;
  mode: 'create' | 'edit';
  pending: boolean;
  error: unknown;
  onSubmit: (values: EmailServerFormValues, intent: 'save' | 'save-and-test') => void;
  onCancel: () => void;
  autoFocusPassword?: boolean;
}) {
  const [values, setValues] = useState<EmailServerFormValues>(() =>
    server
      ? {
          alias: server.alias,
          host: server.host,
          port: String(server.port),
          username: server.username,
          password: '',
          enabled: server.enabled,
        }
      : empty,
  );
  const [intent, setIntent] = useState<'save' | 'save-and-test'>('save');
  const [testing, setTesting] = useState(false);
  const unchanged =
    server !== undefined &&
    values.alias === server.alias &&
    values.host === server.host &&
    values.port === String(server.port) &&
    values.username === server.username &&
    values.password === '';
  const set = (key: keyof EmailServerFormValues) => (event: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [key]: event.target.value }));

  const fields = isOktaApiError(error)
    ? error.fieldErrors()
    : { fields: {} as Record<string, string>, general: [] };
  const general = error
    ? isOktaApiError(error) && error.errorCode === 'E0000001'
      ? fields.general.join(' ') || null
      : isOktaApiError(error) && error.errorCode === 'E0000222'
        ? 'Only one SMTP server can be enabled, and another one is enabled now. Save this one disabled, then switch from the list.'
        : describeError(error).detail
    : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(values, intent);
  };

  return (
    <>
      <form onSubmit={submit} className="max-w-2xl space-y-6" noValidate>
        {general && <InlineError>{general}</InlineError>}
        <section className="space-y-4 rounded-lg border border-slate-200 bg-white p-5 shadow-xs">
          <h2 className="text-sm font-semibold text-slate-900">Server</h2>
          <TextField
            label="Alias"
            value={values.alias}
            onChange={set('alias')}
            error={fields.fields.alias}
            hint="A name for people, e.g. “Marketing relay”."
            required
            autoFocus={!autoFocusPassword}
          />
          <div className="grid gap-4 sm:grid-cols-[1fr_8rem]">
            <TextField
              label="Host"
              value={values.host}
              onChange={set('host')}
              error={fields.fields.host}
              placeholder="smtp.example.com"
              required
            />
            <TextField
              label="Port"
              type="number"
              inputMode="numeric"
              min={1}
              max={65535}
              value={values.port}
              onChange={set('port')}
              error={fields.fields.port}
              required
            />
          </div>
        </section>
        <section className="space-y-4 rounded-lg border border-slate-200 bg-white p-5 shadow-xs">
          <h2 className="text-sm font-semibold text-slate-900">Authentication</h2>
          <TextField
            label="Username"
            autoComplete="off"
            value={values.username}
            onChange={set('username')}
            error={fields.fields.username}
            required
          />
          <TextField
            label="Password"
            type="password"
            autoComplete="new-password"
            value={values.password}
            onChange={set('password')}
            error={fields.fields.password}
            autoFocus={autoFocusPassword}
            placeholder={mode === 'edit' ? '••••••••' : undefined}
            hint={
              mode === 'edit'
                ? 'Leave blank to keep the current password. Mailroom never shows a stored password.'
                : 'Stored encrypted and never shown again.'
            }
            required={mode === 'create'}
          />
        </section>
        {mode === 'create' && (
          <CheckboxField
            label="Enable this server"
            hint="All of Mailroom's mail will go through it. Only one server can be enabled at a time."
            checked={values.enabled}
            onChange={(e) => setValues((v) => ({ ...v, enabled: e.target.checked }))}
          />
        )}
        <div className="flex flex-wrap items-center gap-2">
          <Button
            type="submit"
            variant="primary"
            pending={pending && intent === 'save'}
            disabled={pending}
            onClick={() => setIntent('save')}
          >
            {mode === 'create' ? 'Add SMTP server' : 'Save changes'}
          </Button>
          <Button
            type="submit"
            pending={pending && intent === 'save-and-test'}
            disabled={pending}
            onClick={() => setIntent('save-and-test')}
          >
            {mode === 'create' ? 'Add and test' : 'Save and test'}
          </Button>
          <Button
            onClick={() => setTesting(true)}
            disabled={pending || !values.host.trim() || !/^\d+$/.test(values.port.trim())}
            title={
              testsSavedOnly
                ? 'The Okta org tests saved servers: save first, then test'
                : 'Send a test message with these settings without saving them'
            }
          >
            {testsSavedOnly && unchanged ? 'Test this server' : 'Test these settings'}
          </Button>
          <Button variant="ghost" onClick={onCancel} disabled={pending}>
            Cancel
          </Button>
        </div>
      </form>
      {testing && testsSavedOnly && unchanged && server && (
        <TestEmailServerDialog
          server={server}
          open
          onClose={() => setTesting(false)}
          defaultTo={testRecipient}
        />
      )}
      {testing && testsSavedOnly && !unchanged && (
        <Dialog
          open
          onClose={() => setTesting(false)}
          title="Okta tests saved servers only"
          description="Your Okta org sends the test itself, from its own network, so it can only test settings it has saved."
          footer={
            <>
              <Button onClick={() => setTesting(false)}>Cancel</Button>
              <Button
                variant="primary"
                data-autofocus
                onClick={() => {
                  setTesting(false);
                  setIntent('save-and-test');
                  onSubmit(values, 'save-and-test');
                }}
              >
                {mode === 'create' ? 'Add and test' : 'Save and test'}
              </Button>
            </>
          }
        >
          <p className="text-sm text-slate-700">
            {mode === 'create'
              ? 'Add the server to the org first; the test dialog opens right after.'
              : 'Save your changes to the org first; the test dialog opens right after.'}
          </p>
        </Dialog>
      )}
      {testing && !testsSavedOnly && (
        <TestEmailServerDialog
          open
          onClose={() => setTesting(false)}
          defaultTo={testRecipient}
          server={{
            alias: values.alias.trim() || 'these settings',
            host: values.host.trim(),
            port: Number(values.port),
          }}
          settings={{
            alias: values.alias.trim() || 'unsaved settings',
            host: values.host.trim(),
            port: Number(values.port),
            username: values.username.trim(),
            password: values.password || undefined,
            emailServerId: server?.id,
          }}
        />
      )}
    </>
  );
}
