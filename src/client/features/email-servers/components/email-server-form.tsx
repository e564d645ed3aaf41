import { useState, type FormEvent } from 'react';
import type { EmailServer, EmailServerCreate, SmtpAuthType } from '../../../../shared/okta/email-server';
import {
  AUTH_TYPE_FIELDS,
  isOAuth,
  isSecretField,
  type AuthField,
} from '../../../../shared/okta/email-server-auth';
import { isOktaApiError } from '../../../lib/api-client';
import { Button } from '../../../components/ui/button';
import { describeError, InlineError } from '../../../components/ui/error-state';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../../../components/ui/form-field';
import type { UnsavedSmtpSettings } from '../api/test-email-server';
import { Dialog } from '../../../components/ui/dialog';
import { TestEmailServerDialog } from './test-email-server-dialog';

export interface EmailServerFormValues {
  alias: string;
  host: string;
  port: string;
  enabled: boolean;
  authType: SmtpAuthType;
  username: string;
  password: string;
  clientId: string;
  clientSecret: string;
  tokenEndpoint: string;
  tokenEndpointAuthMethod: 'CLIENT_SECRET_BASIC' | 'CLIENT_SECRET_POST';
  /** Space- or comma-separated, as typed. */
  scopes: string;
  keyId: string;
  issuer: string;
  subject: string;
  audience: string;
  privateKey: string;
}

const AUTH_TYPES: { value: SmtpAuthType; label: string }[] = [
  { value: 'BASIC_SMTP_AUTH', label: 'Username and password' },
  { value: 'OAUTH2_CLIENT_CREDENTIALS', label: 'OAuth 2.0 client credentials' },
  { value: 'OAUTH2_JWT_BEARER_GRANT', label: 'OAuth 2.0 JWT bearer' },
];

type FormAuthField = Exclude<AuthField, 'signingAlgorithm'>;

/**
 * The auth fields in the form's order, and how each is asked for. Which of them a type has (all required) and which
 * are secrets comes from the table the server uses (shared/okta/email-server-auth.ts); `signingAlgorithm` is not
 * asked: Mailroom signs with RS256.
 */
const AUTH_FIELD_UI: Record<
  FormAuthField,
  {
    label: string;
    hint?: string;
    placeholder?: string;
    type?: 'password' | 'url';
    /** A secret's own words for "stored encrypted and never shown again", and its name in a sentence. */
    secretHint?: string;
    secretName?: string;
  }
> = {
  password: { label: 'Password', type: 'password' },
  tokenEndpoint: {
    label: 'Token endpoint',
    type: 'url',
    placeholder: 'https://login.example.com/oauth2/token',
  },
  clientId: { label: 'Client ID' },
  clientSecret: { label: 'Client secret', type: 'password' },
  tokenEndpointAuthMethod: {
    label: 'Client authentication',
    hint: 'How the client ID and secret reach the token endpoint.',
  },
  issuer: {
    label: 'Issuer',
    hint: 'The JWT’s iss: often the service account or client the provider issued.',
  },
  subject: { label: 'Subject', hint: 'The JWT’s sub: the user the app sends mail as.' },
  audience: { label: 'Audience', hint: 'The JWT’s aud: usually the token endpoint.' },
  scopes: { label: 'Scopes', hint: 'Separated by spaces; one must allow sending mail.' },
  keyId: {
    label: 'Key ID',
    secretName: 'key ID',
    secretHint: 'The JWT’s kid. Not shown again after saving.',
  },
  privateKey: {
    label: 'Private key',
    placeholder: '-----BEGIN PRIVATE KEY-----',
    secretHint:
      'An RSA key in PEM format; Mailroom signs with RS256. Stored encrypted and never shown again.',
  },
};
const FORM_ORDER = Object.keys(AUTH_FIELD_UI) as FormAuthField[];

/** The fields each type shows and sends, username first. */
const fieldsOf = (authType: SmtpAuthType): (keyof EmailServerFormValues)[] => [
  'username',
  ...FORM_ORDER.filter((field) => AUTH_TYPE_FIELDS[authType].includes(field)),
];

/** The secret a "re-enter the secret" link focuses: the one the type signs in with. */
const MAIN_SECRET: Record<SmtpAuthType, FormAuthField> = {
  BASIC_SMTP_AUTH: 'password',
  OAUTH2_CLIENT_CREDENTIALS: 'clientSecret',
  OAUTH2_JWT_BEARER_GRANT: 'privateKey',
};

const empty: EmailServerFormValues = {
  alias: '',
  host: '',
  port: '587',
  enabled: false,
  authType: 'BASIC_SMTP_AUTH',
  username: '',
  password: '',
  clientId: '',
  clientSecret: '',
  tokenEndpoint: '',
  tokenEndpointAuthMethod: 'CLIENT_SECRET_BASIC',
  scopes: '',
  keyId: '',
  issuer: '',
  subject: '',
  audience: '',
  privateKey: '',
};

function initialValues(server: EmailServer | undefined): EmailServerFormValues {
  if (!server) return empty;
  return {
    ...empty,
    alias: server.alias,
    host: server.host,
    port: String(server.port),
    enabled: server.enabled,
    authType: server.authType,
    username: server.username,
    clientId: server.clientId ?? '',
    tokenEndpoint: server.tokenEndpoint ?? '',
    tokenEndpointAuthMethod:
      server.tokenEndpointAuthMethod === 'CLIENT_SECRET_POST' ? 'CLIENT_SECRET_POST' : 'CLIENT_SECRET_BASIC',
    scopes: server.scopes?.join(' ') ?? '',
    issuer: server.issuer ?? '',
    subject: server.subject ?? '',
    audience: server.audience ?? '',
  };
}

/**
 * The request body. Secrets are never pre-filled: a blank one is left out, which on edit keeps the stored one.
 * `authType` is always sent (Okta requires it in a PATCH of an OAuth server).
 */
export function toPayload(values: EmailServerFormValues, mode: 'create' | 'edit'): EmailServerCreate {
  const payload: EmailServerCreate = {
    alias: values.alias.trim(),
    host: values.host.trim(),
    port: Number(values.port),
    username: values.username.trim(),
    authType: values.authType,
  };
  for (const key of fieldsOf(values.authType)) {
    if (key === 'username') continue;
    if (key === 'scopes') payload.scopes = values.scopes.split(/[\s,]+/).filter(Boolean);
    else if (key === 'tokenEndpointAuthMethod')
      payload.tokenEndpointAuthMethod = values.tokenEndpointAuthMethod;
    else if (isSecretField(key)) {
      const secret = String(values[key]);
      if (secret) Object.assign(payload, { [key]: key === 'privateKey' ? secret.trim() + '\n' : secret });
    } else Object.assign(payload, { [key]: String(values[key]).trim() });
  }
  if (values.authType === 'OAUTH2_JWT_BEARER_GRANT') payload.signingAlgorithm = 'RS256';
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
  const [values, setValues] = useState<EmailServerFormValues>(() => initialValues(server));
  const [intent, setIntent] = useState<'save' | 'save-and-test'>('save');
  const [testing, setTesting] = useState(false);
  // Nothing typed since the server was loaded (secrets stay blank unless re-entered): the saved server can be tested.
  const initial = initialValues(server);
  const unchanged =
    server !== undefined &&
    (Object.keys(initial) as (keyof EmailServerFormValues)[]).every((key) => values[key] === initial[key]);
  const set = (key: keyof EmailServerFormValues) => (event: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [key]: event.target.value }));

  const fields = isOktaApiError(error)
    ? error.fieldErrors()
    : { fields: {} as Record<string, string>, general: [] };
  // Causes for `scopes.0` and the like belong to their field; causes for fields not on screen stay visible above.
  const fieldError = (name: string) =>
    Object.entries(fields.fields)
      .filter(([key]) => key === name || key.startsWith(`${name}.`))
      .map(([, message]) => message)
      .join(' ') || undefined;
  const shown = ['alias', 'host', 'port', ...fieldsOf(values.authType)];
  const unshown = Object.entries(fields.fields)
    .filter(([key]) => !shown.includes(key.split('.')[0]))
    .map(([key, message]) => `${key}: ${message}`);
  const general = error
    ? isOktaApiError(error) && error.errorCode === 'E0000001'
      ? [...fields.general, ...unshown].join(' ') || null
      : isOktaApiError(error) && error.errorCode === 'E0000222'
        ? 'Only one SMTP server can be enabled, and another one is enabled now. Save this one disabled, then switch from the list.'
        : describeError(error).detail
    : null;

  // On edit, a blank secret keeps the stored one, unless the type changes (the new type has none stored).
  const keepsStored = mode === 'edit' && server?.authType === values.authType;
  const secretProps = (what: string, hint = 'Stored encrypted and never shown again.') => ({
    placeholder: keepsStored ? '••••••••' : undefined,
    hint: keepsStored
      ? `Leave blank to keep the current ${what}. Mailroom never shows a stored ${what}.`
      : hint,
    required: !keepsStored,
  });
  const oauth = isOAuth(values.authType);

  // The button that submitted says what to do (read from the event: a state set in its onClick may not have
  // landed yet when the submit event runs, e.g. for a programmatic click).
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const chosen = submitter?.value === 'save-and-test' ? 'save-and-test' : 'save';
    setIntent(chosen);
    onSubmit(values, chosen);
  };

  const testSettings: UnsavedSmtpSettings = {
    ...toPayload(values, 'edit'),
    alias: values.alias.trim() || 'unsaved settings',
    emailServerId: keepsStored ? server?.id : undefined,
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
            error={fieldError('alias')}
            hint="A name for people, e.g. “Marketing relay”."
            required
            autoFocus={!autoFocusPassword}
          />
          <div className="grid gap-4 sm:grid-cols-[1fr_8rem]">
            <TextField
              label="Host"
              value={values.host}
              onChange={set('host')}
              error={fieldError('host')}
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
              error={fieldError('port')}
              required
            />
          </div>
        </section>
        <section className="space-y-4 rounded-lg border border-slate-200 bg-white p-5 shadow-xs">
          <h2 className="text-sm font-semibold text-slate-900">Authentication</h2>
          <SelectField
            label="Authentication method"
            value={values.authType}
            onChange={(e) => setValues((v) => ({ ...v, authType: e.target.value as SmtpAuthType }))}
            error={fieldError('authType')}
            hint={
              oauth
                ? 'Mailroom gets an access token from your provider’s token endpoint and signs in with XOAUTH2.'
                : undefined
            }
          >
            {AUTH_TYPES.map((type) => (
              <option key={type.value} value={type.value}>
                {type.label}
              </option>
            ))}
          </SelectField>
          <TextField
            label="Username"
            autoComplete="off"
            value={values.username}
            onChange={set('username')}
            error={fieldError('username')}
            hint={oauth ? 'The mailbox Mailroom sends as, e.g. notifications@example.com.' : undefined}
            required
          />
          {fieldsOf(values.authType)
            .filter((field): field is FormAuthField => field !== 'username')
            .map((field) => {
              const ui = AUTH_FIELD_UI[field];
              const common = {
                label: ui.label,
                value: values[field],
                onChange: set(field),
                error: fieldError(field),
                autoComplete: ui.type === 'password' ? 'new-password' : 'off',
                autoFocus: autoFocusPassword && field === MAIN_SECRET[values.authType],
                hint: ui.hint,
                placeholder: ui.placeholder,
                required: true,
                ...(isSecretField(field)
                  ? secretProps(ui.secretName ?? ui.label.toLowerCase(), ui.secretHint)
                  : {}),
              };
              if (field === 'tokenEndpointAuthMethod')
                return (
                  <SelectField key={field} {...common}>
                    <option value="CLIENT_SECRET_BASIC">HTTP Basic header (client_secret_basic)</option>
                    <option value="CLIENT_SECRET_POST">In the request body (client_secret_post)</option>
                  </SelectField>
                );
              if (field === 'privateKey')
                return (
                  <TextAreaField
                    key={field}
                    rows={5}
                    spellCheck={false}
                    {...common}
                    placeholder={keepsStored ? '••••••••' : ui.placeholder}
                  />
                );
              return <TextField key={field} type={ui.type} {...common} />;
            })}
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
            value="save"
          >
            {mode === 'create' ? 'Add SMTP server' : 'Save changes'}
          </Button>
          <Button
            type="submit"
            pending={pending && intent === 'save-and-test'}
            disabled={pending}
            value="save-and-test"
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
            authType: values.authType,
          }}
          settings={testSettings}
        />
      )}
    </>
  );
}
