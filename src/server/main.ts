import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app';
import { ADMIN_TOKEN_FILE } from './bootstrap';
import { loadConfig } from './config';
import { describeStore } from './db/database';

/** Starts Mailroom: loads the environment, builds the app, listens, and closes cleanly on a signal. */
async function main() {
  const config = loadConfig();
  const app = await buildApp(config);
  await app.listen({ host: config.host, port: config.port });
  closeOnSignals(app);

  const url = config.publicUrl ?? `http://${config.host}:${config.port}`;
  const lines = [
    '',
    `  Mailroom is running at ${url}`,
    `  SMTP catcher listening on 127.0.0.1:${app.mailroom.catcher.port()}`,
    `  Data: ${config.dataDir}`,
    ...(config.databaseUrl ? [`  Store: PostgreSQL at ${describeStore(config).location}`] : []),
  ];
  if (app.bootstrapToken && config.adminToken) {
    // The operator chose the token: no need to repeat a secret into whatever captures this output.
    lines.push('', '  First start: the bootstrap admin uses the API token from ADMIN_TOKEN.');
  } else if (app.bootstrapToken) {
    lines.push(
      '',
      '  First start: the bootstrap admin API token (shown once; also saved to',
      `  ${path.join(config.dataDir, ADMIN_TOKEN_FILE)}, readable only by you):`,
      '',
      `    ${app.bootstrapToken}`,
      '',
      `  Sign in to the console with it, or call the API:`,
      `    curl -H "Authorization: SSWS <token>" ${url}/api/v1/email-servers`,
    );
  }
  // Written to the terminal, not the structured log: the token must not land in log files.
  process.stdout.write(lines.join('\n') + '\n\n');
  if (app.mailroom.orgConnection) {
    // Real Okta mode: say at once whether the org answers and the token may read what the console needs.
    process.stdout.write(`  Real Okta mode: managing ${config.oktaOrgUrl}; checking the org…\n`);
    const check = await app.mailroom.orgConnection.check();
    const report = check.ok
      ? ['  The org answered, and OKTA_API_TOKEN may read everything the console shows.']
      : check.problems.map((problem) => `  Problem: ${problem}`);
    process.stdout.write(report.join('\n') + '\n\n');
  }
}

/** How long requests in flight may take to finish after SIGTERM/SIGINT before their connections are cut. */
const GRACE_MS = 10_000;

/**
 * Graceful shutdown on SIGTERM and SIGINT: stop accepting connections (new requests on kept-alive ones get 503),
 * let requests in flight finish for up to GRACE_MS, then close the SMTP catcher and the database (checkpointed,
 * app.ts), and exit 0; 1 when connections had to be cut or closing failed.
 */
function closeOnSignals(app: FastifyInstance) {
  let closing = false;
  const onSignal = (signal: NodeJS.Signals) => {
    // npm forwards the terminal's Ctrl-C, so the same signal can arrive twice: the first one is in charge.
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down: finishing requests in flight');
    let cut = false;
    const grace = setTimeout(() => {
      cut = true;
      app.log.warn(`requests still in flight after ${GRACE_MS / 1000} s: closing their connections`);
      app.server.closeAllConnections();
    }, GRACE_MS);
    // Whatever else hangs (a stuck SMTP session has its own 2 s), the process ends.
    setTimeout(() => process.exit(1), GRACE_MS + 5_000).unref();
    app.close().then(
      () => {
        clearTimeout(grace);
        app.log.info('stopped');
        process.exit(cut ? 1 : 0);
      },
      (error: unknown) => {
        app.log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}

main().catch((error) => {
  console.error(`Mailroom could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
