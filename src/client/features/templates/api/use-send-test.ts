import { languageName } from '../../../../shared/templates/languages';
import { paths } from '../../../app/paths';
import { describeError } from '../../../components/ui/error-state';
import { useToast } from '../../../components/ui/toast';
import { useSendTestEmail } from './send-test-email';

/**
 * Sends this template (in a language, or the admin's own language) to the signed-in admin. The toast says
 * where it went and links to the message when it landed in the built-in mailbox.
 */
export function useSendTest(brandId: string, templateName: string, recipient?: string) {
  const send = useSendTestEmail(brandId, templateName);
  const toast = useToast();
  return {
    pending: send.isPending,
    send: (language: string | undefined) => {
      const languageLabel = language ? languageName(language) : 'your language';
      // Toasts from the promise, not mutate()'s callbacks: they must still appear if the page changes meanwhile
      // (saving a new customization in the editor moves to its own address).
      send.mutateAsync(language).then(
        (result) => {
          const to = result.delivery?.to.join(', ') ?? recipient ?? 'you';
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
                  ? `${languageLabel[0].toUpperCase()}${languageLabel.slice(1)}, sent by the Okta org to your primary and secondary email.`
                  : `${languageLabel[0].toUpperCase()}${languageLabel.slice(1)}, delivered via ${result.route}.`,
              action: result.messageId
                ? { label: 'Open in mailbox', href: paths.message.getHref(result.messageId) }
                : result.route === 'built-in mailbox'
                  ? { label: 'Open the mailbox', href: paths.mailbox.getHref() }
                  : undefined,
            });
        },
        (error: unknown) =>
          toast({
            tone: 'error',
            title: "Couldn't send the test email",
            description: describeError(error).detail,
          }),
      );
    },
  };
}

export function sendTestTitle(language: string | undefined, recipient: string | undefined): string {
  const languageLabel = language ? `in ${languageName(language)}` : "in your profile's language";
  return `Sends the email ${languageLabel} to you${recipient ? ` (${recipient})` : ''}`;
}
