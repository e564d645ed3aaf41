import { useQuery } from '@tanstack/react-query';
import { languageName } from '../../../../shared/templates/languages';
import { paths } from '../../../app/paths';
import { describeError } from '../../../components/ui/error-state';
import { useToast } from '../../../components/ui/toast';
import { sessionQueries } from '../../session/api/session-queries';
import { useSendTestEmail, type TestEmailRequest } from './send-test-email';

/**
 * Sends this template (in a language, or the admin's own language) to the signed-in admin, or with `sendTo` to
 * the addresses typed in a "Send to…" field. The toast says where it went and links to the message when it landed
 * in the built-in mailbox.
 */
export function useSendTest(brandId: string, templateName: string, recipient?: string) {
  const send = useSendTestEmail(brandId, templateName);
  const toast = useToast();
  const run = (request: TestEmailRequest, toastErrors: boolean) => {
    const { language } = request;
    const languageLabel = language ? languageName(language) : 'your language';
    const Language = `${languageLabel[0].toUpperCase()}${languageLabel.slice(1)}`;
    // Toasts from the promise, not mutate()'s callbacks: they must still appear if the page changes meanwhile
    // (saving a new customization in the editor moves to its own address).
    const sent = send.mutateAsync(request).then(
      (result) => {
        const to = result.delivery?.to.join(', ') ?? request.to ?? recipient ?? 'you';
        if (result.outcome === 'FAILURE')
          toast({
            tone: 'error',
            title: "The test email wasn't delivered",
            description: `Via ${result.route}: ${result.delivery?.response ?? 'the server refused it.'}`,
            action: { label: 'Check SMTP servers', href: paths.emailServers.getHref() },
          });
        else
          toast({
            title: `Test email sent to ${to}`,
            description:
              result.delivery === undefined && result.route === 'the Okta org'
                ? `${Language}, sent by the Okta org to your primary and secondary email.`
                : `${Language}, delivered via ${result.route}.`,
            action: result.messageId
              ? { label: 'Open in mailbox', href: paths.message.getHref(result.messageId) }
              : result.route === 'built-in mailbox'
                ? { label: 'Open the mailbox', href: paths.mailbox.getHref() }
                : undefined,
          });
      },
      (error: unknown) => {
        if (toastErrors)
          toast({
            tone: 'error',
            title: "Couldn't send the test email",
            description: describeError(error).detail,
          });
        throw error;
      },
    );
    return sent;
  };
  return {
    pending: send.isPending,
    send: (language: string | undefined) => void run({ language }, true).catch(() => {}),
    /** Resolves when sent (and remembers the addresses); rejects with the error, for the form to show. */
    sendTo: async (language: string | undefined, to: string) => {
      await run({ language, to }, false);
      rememberSendTo(to);
    },
  };
}

export function sendTestTitle(language: string | undefined, recipient: string | undefined): string {
  const languageLabel = language ? `in ${languageName(language)}` : "in your profile's language";
  return `Sends the email ${languageLabel} to you${recipient ? ` (${recipient})` : ''}`;
}

/** Whether "Send to…" can be used here, and if not, why, in words the field shows. */
export type SendToAvailability = { allowed: true } | { allowed: false; reason: string };

export function useSendToAvailability(): SendToAvailability {
  const session = useQuery(sessionQueries.current()).data;
  if (session?.mode === 'okta')
    return {
      allowed: false,
      reason:
        "Okta sends test emails only to you (your primary and secondary email): its API has no way to send one to another address. Run Mailroom locally to try a template on someone else's inbox.",
    };
  if (session && !session.scopes.includes('mailroom.testsends.manage'))
    return {
      allowed: false,
      reason:
        'Your API token lacks the mailroom.testsends.manage scope, which sending to other addresses needs. Sign in with a token that has it.',
    };
  return { allowed: true };
}

const SEND_TO_KEY = 'mailroom.sendTo';

/** The addresses last sent to, as a convenience for the next "Send to…" (this browser only). */
export function lastSendTo(): string {
  try {
    return window.localStorage.getItem(SEND_TO_KEY) ?? '';
  } catch {
    return '';
  }
}

function rememberSendTo(to: string) {
  try {
    window.localStorage.setItem(SEND_TO_KEY, to.trim());
  } catch {
    // Storage full or blocked: the field starts empty next time, nothing else changes.
  }
}
