import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import type { EmailServer } from '../../../../shared/okta/email-server';
import { isOktaApiError } from '../../../lib/api-client';
import { Button } from '../../../components/ui/button';
import { Dialog } from '../../../components/ui/dialog';
import { InlineError } from '../../../components/ui/error-state';
import { TextField } from '../../../components/ui/form-field';
import { CheckIcon } from '../../../components/ui/icons';
import { useTestEmailServer, useTestSmtpSettings, type UnsavedSmtpSettings } from '../api/test-email-server';

type ServerLabel = Pick<EmailServer, 'host' | 'port' | 'alias'> & Partial<Pick<EmailServer, 'authType'>>;

/** Explains a failed SMTP test in the words of docs/console.md, with the SMTP server's own reason. */
export function describeSmtpTestFailure(error: unknown, server: ServerLabel) {
  if (!isOktaApiError(error)) return { title: 'The test could not run.', reason: String(error), fix: null };
  const reason = error.errorCauses[0]?.errorSummary ?? null;
  if (error.errorCode === 'E0000223')
    return {
      title: `Couldn't connect to ${server.host}:${server.port}.`,
      reason,
      fix: 'Check host and port.' as const,
    };
  if (error.errorCode === 'E0000224' && server.authType && server.authType !== 'BASIC_SMTP_AUTH')
    return {
      title: 'The SMTP server refused the OAuth 2.0 access token.',
      reason,
      fix: 'Check the username and the scopes.' as const,
    };
  if (error.errorCode === 'E0000224')
    return {
      title: 'The SMTP server rejected the username or password.',
      reason,
      fix: 'Re-enter the password.' as const,
    };
  if (error.errorCode === 'E0000266')
    return {
      title: "Couldn't get an OAuth 2.0 access token from the token endpoint.",
      reason,
      fix: 'Check the OAuth 2.0 settings.' as const,
    };
  return { title: error.errorSummary, reason: null, fix: null };
}

export function TestEmailServerDialog({
  server,
  settings,
  open,
  onClose,
  defaultTo,
  editHref,
}: {
  /** A saved server, or (with `settings`) the label of settings not saved yet. */
  server: ServerLabel & { id?: string };
  /** When set, these unsaved settings are tested instead of the saved server. */
  settings?: UnsavedSmtpSettings;
  open: boolean;
  onClose: () => void;
  defaultTo?: string;
  /** Where "Check host and port" / "Re-enter the password" / "Check the OAuth 2.0 settings" lead; absent on the edit page itself. */
  editHref?: string;
}) {
  const [fromAddress, setFromAddress] = useState(
    () =>
      `noreply@${/[a-z]\.[a-z]/i.test(server.host) ? server.host.replace(/^(smtp|mail)\./, '') : 'example.com'}`,
  );
  const [toAddress, setToAddress] = useState(defaultTo ?? '');
  const testSaved = useTestEmailServer();
  const testUnsaved = useTestSmtpSettings();
  const test = settings ? testUnsaved : testSaved;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const addresses = { fromAddress: fromAddress.trim(), toAddress: toAddress.trim() };
    if (settings) testUnsaved.mutate({ settings, ...addresses });
    else testSaved.mutate({ id: server.id!, ...addresses });
  };

  const invalid =
    isOktaApiError(test.error) && test.error.errorCode === 'E0000001' ? test.error.fieldErrors() : undefined;
  const fieldErrors = invalid?.fields ?? {};
  // Unsaved settings the server refused (e.g. an OAuth field left blank): the form behind holds those fields.
  const settingsProblems = invalid
    ? [
        ...invalid.general,
        ...Object.entries(invalid.fields)
          .filter(([field]) => field !== 'fromAddress' && field !== 'toAddress')
          .map(([field, message]) => `${field}: ${message}`),
      ]
    : [];
  const failure =
    test.isError && test.error && !(isOktaApiError(test.error) && test.error.errorCode === 'E0000001')
      ? describeSmtpTestFailure(test.error, server)
      : null;
  const formId = `test-server-${server.id ?? 'unsaved'}`;

  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={settings ? 'Test these settings' : `Test ${server.alias}`}
      description={`Sends a short message through ${server.host}:${server.port} right now.`}
      dismissible={!test.isPending}
      footer={
        <>
          <Button onClick={onClose} disabled={test.isPending}>
            Close
          </Button>
          <Button variant="primary" type="submit" form={formId} pending={test.isPending}>
            {test.isPending ? 'Sending…' : 'Send test email'}
          </Button>
        </>
      }
    >
      <form id={formId} onSubmit={submit} className="space-y-4" noValidate>
        <TextField
          label="From"
          type="email"
          value={fromAddress}
          onChange={(e) => setFromAddress(e.target.value)}
          error={fieldErrors.fromAddress}
          required
          data-autofocus
        />
        <TextField
          label="To"
          type="email"
          value={toAddress}
          onChange={(e) => setToAddress(e.target.value)}
          error={fieldErrors.toAddress}
          hint="Any address; the message goes through this server, not the built-in mailbox."
          required
        />
        <div aria-live="polite">
          {test.isSuccess && (
            <div
              role="status"
              className="flex items-start gap-2 rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900"
            >
              <CheckIcon className="mt-0.5 size-4 shrink-0 text-emerald-600" />
              <span>
                Test email accepted by {server.host}:{server.port} for {toAddress.trim()}. The server works.
              </span>
            </div>
          )}
          {settingsProblems.length > 0 && (
            <InlineError>
              <p className="font-medium">
                These settings are incomplete. Close this and fix them in the form:
              </p>
              <ul className="mt-0.5 list-disc pl-5">
                {settingsProblems.map((problem) => (
                  <li key={problem}>{problem}</li>
                ))}
              </ul>
            </InlineError>
          )}
          {failure && (
            <InlineError>
              <p className="font-medium">{failure.title}</p>
              {failure.reason && (
                <p className="mt-0.5">
                  The server said: <span className="font-mono text-xs">{failure.reason}</span>
                </p>
              )}
              {failure.fix &&
                (editHref ? (
                  <Link to={editHref} className="mt-1 inline-block font-medium text-red-900 underline">
                    {failure.fix}
                  </Link>
                ) : (
                  <p className="mt-1 font-medium">{failure.fix}</p>
                ))}
            </InlineError>
          )}
        </div>
      </form>
    </Dialog>
  );
}
