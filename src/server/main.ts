import path from 'node:path';
import { buildApp } from './app';
import { ADMIN_TOKEN_FILE } from './bootstrap';
import { loadConfig } from './config';

/** Starts Mailroom: loads the environment, builds the app, listens, and closes cleanly on a signal. */
async function main() {
  const config = loadConfig();
  const app = await buildApp(config);
  await app.listen({ host: config.host, port: config.port });

  const url = config.publicUrl ?? `http://${config.host}:${config.port}`;
  const lines = [
    '',
    `  Mailroom is running at ${url}`,
    `  SMTP catcher listening on 127.0.0.1:${app.mailroom.catcher.port()}`,
    `  Data: ${config.dataDir}`,
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

  let closing = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, async () => {
      if (closing) return;
      closing = true;
      await app.close();
      process.exit(0);
    });
  }
}

main().catch((error) => {
  console.error(`Mailroom could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
