import { useState, type FormEvent } from 'react';
import { MAX_TEST_RECIPIENTS, parseRecipients } from '../../shared/email/addresses';
import { isOktaApiError } from '../lib/api-client';
import { Button } from './ui/button';
import { describeError } from './ui/error-state';
import { TextField } from './ui/form-field';
import { AlertIcon } from './ui/icons';
import { PopoverPanel, type usePopover } from './ui/popover';

/**
 * "Send to…": the test email to addresses you type (local mode). Checked as you type once you have tried to send,
 * with the server's own rules (`parseRecipients`); the server's refusal shows under the field. When sending to
 * other addresses isn't possible here (real Okta mode, a token without the scope), the field is disabled and
 * `unavailable` says why.
 */
export function SendToForm({
  initial,
  what,
  unavailable,
  onSend,
  onCancel,
}: {
  initial: string;
  /** What is sent, in words: "the French test email", "the saved French version". */
  what: string;
  unavailable?: string;
  /** Resolves once sent; a rejection is shown under the field. */
  onSend: (to: string) => Promise<void>;
  onCancel: () => void;
}) {
  const [value, setValue] = useState(initial);
  const [tried, setTried] = useState(false);
  const [pending, setPending] = useState(false);
  const [refused, setRefused] = useState<string | undefined>(undefined);
  const problem = tried ? parseRecipients(value).problem : undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    setRefused(undefined);
    if (unavailable || parseRecipients(value).problem) return;
    setPending(true);
    onSend(value).then(
      () => setPending(false),
      (error: unknown) => {
        setPending(false);
        setRefused(
          isOktaApiError(error)
            ? (error.fieldErrors().fields.to ?? describeError(error).detail)
            : describeError(error).detail,
        );
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate className="space-y-3">
      <TextField
        label="Send to"
        name="send-to"
        type="text"
        inputMode="email"
        autoComplete="email"
        spellCheck={false}
        placeholder="name@example.com"
        value={value}
        disabled={unavailable !== undefined}
        onChange={(event) => {
          setValue(event.target.value);
          setRefused(undefined);
        }}
        error={problem ?? refused}
        hint={
          unavailable
            ? undefined
            : `${what[0].toUpperCase()}${what.slice(1)}, as Okta's test sends it. Up to ${MAX_TEST_RECIPIENTS} addresses, separated by commas.`
        }
      />
      {unavailable && (
        <p className="flex gap-2 rounded-md bg-amber-50 px-2.5 py-2 text-xs text-amber-900 ring-1 ring-amber-200 ring-inset">
          <AlertIcon className="mt-px size-3.5 shrink-0" />
          <span>{unavailable}</span>
        </p>
      )}
      <div className="flex justify-end gap-2">
        <Button size="sm" variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
        <Button
          size="sm"
          variant="primary"
          type="submit"
          pending={pending}
          disabled={unavailable !== undefined}
        >
          Send
        </Button>
      </div>
    </form>
  );
}

/** The "Send to…" form in a popover under its button (`usePopover`), closed once the mail is sent. */
export function SendToPopover({
  popover,
  what,
  initial,
  unavailable,
  onSend,
}: {
  popover: ReturnType<typeof usePopover>;
  /** What is sent, in words: "the French test email", "the saved French version". */
  what: string;
  initial: string;
  unavailable?: string;
  onSend: (to: string) => Promise<void>;
}) {
  return (
    <PopoverPanel
      open={popover.open}
      id={popover.panelId}
      panel={popover.panel}
      trigger={popover.trigger}
      label={`Send ${what} to other addresses`}
    >
      <SendToForm
        initial={initial}
        what={what}
        unavailable={unavailable}
        onCancel={() => popover.close()}
        onSend={async (to) => {
          await onSend(to);
          popover.close(false);
        }}
      />
    </PopoverPanel>
  );
}
