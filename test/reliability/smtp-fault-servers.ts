import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { closedPort, startSmtpTestServer } from '../support/smtp-test-server';

export interface FaultServer {
  name: string;
  port: number;
  /** What the test and the send must answer: connection (E0000223) or auth (E0000224). */
  kind: 'connection' | 'auth';
  /** True when the fault only shows after a socket timeout (seconds, not milliseconds). */
  slow?: boolean;
  close: () => Promise<void>;
}

async function listen(server: net.Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

/** A minimal scripted SMTP peer: greets, says yes to everything, and misbehaves at `stage`. */
async function scripted(name: string, stage: 'greeting' | 'data' | 'after-data'): Promise<FaultServer> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    if (stage === 'greeting') return; // accepts the connection, then says nothing at all
    socket.write('220 fault.example ESMTP\r\n');
    let inData = false;
    socket.on('data', (chunk) => {
      if (inData) {
        if (stage === 'data') socket.destroy(); // drops the connection mid-DATA
        return; // after-data: swallows the message and never answers
      }
      for (const line of chunk.toString().split('\r\n').filter(Boolean)) {
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === 'EHLO' || verb === 'HELO') socket.write('250-fault.example\r\n250 8BITMIME\r\n');
        else if (verb === 'DATA') {
          inData = true;
          socket.write('354 go ahead\r\n');
        } else if (verb === 'QUIT') socket.end('221 bye\r\n');
        else socket.write('250 ok\r\n');
      }
    });
  });
  const port = await listen(server);
  return {
    name,
    port,
    kind: 'connection',
    slow: stage !== 'data',
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Offers STARTTLS with smtp-server's built-in self-signed certificate, which a verifying client must refuse. */
async function badCertificate(): Promise<FaultServer> {
  const server = new SMTPServer({
    authOptional: true,
    logger: false,
    onData: (s, _x, cb) => s.resume().on('end', () => cb()),
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return {
    name: 'bad TLS certificate (STARTTLS, self-signed)',
    port: (server.server.address() as AddressInfo).port,
    kind: 'connection',
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export async function startFaultServers(): Promise<FaultServer[]> {
  const wrongPassword = await startSmtpTestServer({ username: 'u', password: 'the-right-one' });
  return [
    {
      name: 'refuses the connection',
      port: await closedPort(),
      kind: 'connection',
      close: async () => undefined,
    },
    await scripted('accepts, then stalls before the greeting', 'greeting'),
    await scripted('drops the connection mid-DATA', 'data'),
    await scripted('stalls after DATA', 'after-data'),
    { name: 'rejects the credentials', port: wrongPassword.port, kind: 'auth', close: wrongPassword.close },
    await badCertificate(),
  ];
}
