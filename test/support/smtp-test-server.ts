import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { simpleParser, type ParsedMail } from 'mailparser';

/**
 * A throwaway SMTP server on 127.0.0.1 that requires AUTH (user/pass, or with `xoauth2` only XOAUTH2, the
 * access token checked by that function) and keeps what it receives: the "custom SMTP server" of tests.
 */
export async function startSmtpTestServer(
  options: {
    username?: string;
    password?: string;
    xoauth2?: (username: string, accessToken: string) => boolean;
  } = {},
) {
  const username = options.username ?? 'smtp-user';
  const password = options.password ?? 'smtp-pass-123';
  const received: (ParsedMail & { envelopeTo: string[] })[] = [];
  const { xoauth2 } = options;
  const server = new SMTPServer({
    authMethods: xoauth2 ? ['XOAUTH2'] : ['PLAIN', 'LOGIN'],
    allowInsecureAuth: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onAuth(auth, _session, callback) {
      if (xoauth2) {
        if (
          auth.method === 'XOAUTH2' &&
          auth.username &&
          auth.accessToken &&
          xoauth2(auth.username, auth.accessToken)
        )
          return callback(null, { user: auth.username });
        return callback(null, { data: { status: '401', schemes: 'bearer', scope: 'mail' } });
      }
      if (auth.username === username && auth.password === password) return callback(null, { user: username });
      return callback(new Error('Invalid username or password'));
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          received.push(Object.assign(mail, { envelopeTo: session.envelope.rcptTo.map((r) => r.address) }));
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const port = (server.server.address() as AddressInfo).port;
  return {
    host: '127.0.0.1',
    port,
    username,
    password,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A port on 127.0.0.1 where nothing listens (connection refused). */
export async function closedPort(): Promise<number> {
  const net = await import('node:net');
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', () => resolve()));
  const port = (probe.address() as AddressInfo).port;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}
