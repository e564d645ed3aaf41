import nodemailer from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport';

/** How Mailroom signs in: AUTH PLAIN/LOGIN with a password, or XOAUTH2 with an access token. */
export type SmtpAuth =
  { type: 'password'; user: string; pass: string } | { type: 'oauth2'; user: string; accessToken: string };

export interface SmtpTarget {
  host: string;
  port: number;
  auth?: SmtpAuth;
}

export interface OutgoingMail {
  from: string;
  to: string[];
  subject: string;
  html?: string;
  text: string;
  headers?: Record<string, string>;
}

/** `token`: an OAuth server's token endpoint gave no access token, so the SMTP server was never reached. */
export type SmtpFailureKind = 'connection' | 'auth' | 'token';

export class SmtpFailure extends Error {
  constructor(
    readonly kind: SmtpFailureKind,
    message: string,
  ) {
    super(message);
  }
}

/** Whole-operation ceiling: a stalled server ends as a connection failure, never a hung request. */
const OVERALL_TIMEOUT_MS = 10_000;

export function transportOptions(target: SmtpTarget | string): SMTPTransport.Options | string {
  if (typeof target === 'string') return target;
  return {
    host: target.host,
    port: target.port,
    secure: target.port === 465, // implicit TLS; other ports upgrade with STARTTLS when the server offers it
    auth:
      target.auth?.type === 'oauth2'
        ? { type: 'OAuth2', user: target.auth.user, accessToken: target.auth.accessToken }
        : target.auth
          ? { user: target.auth.user, pass: target.auth.pass }
          : undefined,
    connectionTimeout: 5_000,
    greetingTimeout: 5_000,
    socketTimeout: 8_000,
    dnsTimeout: 5_000,
  };
}

/** Sends one message and reports the server's final response, or throws an SmtpFailure that says which kind. */
export async function sendMail(
  target: SmtpTarget | string,
  mail: OutgoingMail,
): Promise<{ response: string; messageId: string }> {
  const transport = nodemailer.createTransport(transportOptions(target) as SMTPTransport.Options);
  let timer: NodeJS.Timeout | undefined;
  try {
    const sending = transport.sendMail({
      from: mail.from,
      to: mail.to,
      subject: mail.subject,
      html: mail.html,
      text: mail.text,
      headers: mail.headers,
    });
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () =>
          reject(
            new SmtpFailure(
              'connection',
              `No answer from the SMTP server within ${OVERALL_TIMEOUT_MS / 1000} s`,
            ),
          ),
        OVERALL_TIMEOUT_MS,
      );
    });
    const info = await Promise.race([sending, timeout]);
    return { response: info.response, messageId: info.messageId };
  } catch (error) {
    throw classify(error);
  } finally {
    clearTimeout(timer);
    transport.close();
  }
}

function classify(error: unknown): SmtpFailure {
  if (error instanceof SmtpFailure) return error;
  const e = error as { code?: string; responseCode?: number; message?: string; response?: string };
  const detail = (e.response ?? e.message ?? 'unknown error').split('\n')[0].slice(0, 300);
  if (e.code === 'EAUTH' || e.code === 'ENOAUTH' || e.responseCode === 535 || e.responseCode === 534) {
    return new SmtpFailure('auth', detail);
  }
  return new SmtpFailure('connection', detail);
}
