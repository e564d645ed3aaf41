import { simpleParser, type AddressObject } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import type { FastifyBaseLogger } from 'fastify';
import type { MailboxRepository } from './repository';

const MAX_MESSAGE_BYTES = 10 * 1024 * 1024;

function addresses(value: AddressObject | AddressObject[] | undefined): string[] {
  if (!value) return [];
  return [value]
    .flat()
    .flatMap((group) => group.value)
    .map((a) => a.address ?? a.name)
    .filter((a): a is string => Boolean(a));
}

/**
 * The built-in SMTP catcher: the default ("Okta-managed") mail route. It accepts any message on 127.0.0.1
 * and stores it for the mailbox API; nothing is relayed anywhere.
 */
export function createSmtpCatcher(deps: { mailbox: MailboxRepository; log: FastifyBaseLogger }) {
  const server = new SMTPServer({
    name: 'mailroom.localhost',
    banner: 'Mailroom built-in SMTP catcher',
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    size: MAX_MESSAGE_BYTES,
    logger: false,
    // On shutdown a client mid-message gets 2 s to finish, then 421 (smtp-server's default wait is 30 s).
    closeTimeout: 2_000,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      let size = 0;
      stream.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size <= MAX_MESSAGE_BYTES) chunks.push(chunk);
      });
      stream.on('end', async () => {
        if (size > MAX_MESSAGE_BYTES) return callback(new Error('Message exceeds the 10 MB limit'));
        try {
          const raw = Buffer.concat(chunks);
          const parsed = await simpleParser(raw);
          const envelopeTo = session.envelope.rcptTo.map((r) => r.address);
          const headerTo = addresses(parsed.to);
          await deps.mailbox.insert({
            subject: parsed.subject ?? '(no subject)',
            from:
              addresses(parsed.from)[0] ??
              (session.envelope.mailFrom ? session.envelope.mailFrom.address : ''),
            to: headerTo.length > 0 ? headerTo : envelopeTo,
            cc: addresses(parsed.cc),
            date: (parsed.date ?? new Date()).toISOString(),
            html: parsed.html === false ? null : (parsed.html ?? null),
            text: parsed.text ?? null,
            headers: parsed.headerLines.map((h) => ({
              name: h.key,
              value: h.line.slice(h.line.indexOf(':') + 1).trim(),
            })),
            raw: raw.toString('utf8'),
            messageId: parsed.messageId ?? null,
          });
          callback();
        } catch (error) {
          deps.log.warn({ err: error }, 'the SMTP catcher could not store a message');
          callback(new Error('Message could not be stored'));
        }
      });
    },
  });
  server.on('error', (error) => deps.log.warn({ err: error }, 'SMTP catcher error'));

  let port = 0;
  return {
    listen(wantedPort: number, host = '127.0.0.1') {
      return new Promise<number>((resolve, reject) => {
        const onError = (error: Error) => reject(error);
        server.server.once('error', onError);
        server.listen(wantedPort, host, () => {
          server.server.off('error', onError);
          port = (server.server.address() as AddressInfo).port;
          resolve(port);
        });
      });
    },
    port: () => port,
    /** Whether it accepts connections (the health endpoint asks). */
    listening: () => server.server.listening,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
export type SmtpCatcher = ReturnType<typeof createSmtpCatcher>;
