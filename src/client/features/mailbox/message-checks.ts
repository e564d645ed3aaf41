import { checkMail, type MailFinding } from '../../../shared/mail-checks/check-mail';
import type { MailboxMessage } from '../../../shared/mailroom/mailbox';
import { sampleTemplateData } from '../../../shared/templates/catalog';

/**
 * The mail checks on a received message. Mailroom's test emails name their template (`X-Mailroom-Template`), so the
 * required variables are looked for by the sample values the server renders them with.
 */
export function checkMessage(
  message: Pick<MailboxMessage, 'subject' | 'html' | 'text' | 'headers'>,
): MailFinding[] {
  const templateName = message.headers
    .find((h) => h.name.toLowerCase() === 'x-mailroom-template')
    ?.value.trim();
  return checkMail({
    kind: 'mail',
    subject: message.subject,
    html: message.html,
    text: message.text,
    template: templateName ? { name: templateName, values: sampleTemplateData(templateName) } : undefined,
  });
}
