import fs from 'node:fs';
import path from 'node:path';
import { buildApp } from '../app';
import { ADMIN_TOKEN_FILE } from '../bootstrap';
import { loadConfig } from '../config';
import { SQLITE_FILE } from '../db/database';
import { injectTransport } from '../transfer/inject-transport';
import { applyPlan, planBlockers } from '../../shared/transfer/apply';
import { parseBundle } from '../../shared/transfer/bundle';
import {
  describeFailure,
  toOktaFailure,
  type BrandSummary,
  type TransferClient,
} from '../../shared/transfer/client';
import { createHttpTransferClient, fetchTransport } from '../../shared/transfer/http-client';
import { planImport } from '../../shared/transfer/plan';
import { exportBundle, readBrandState } from '../../shared/transfer/state';
import { formatPlan, formatResult, painter } from './plan-text';

export const USAGE = `Usage:
  npm run mailroom -- export [--brand ID|NAME] [--out FILE] [--include-email-servers]
  npm run mailroom -- import FILE [--brand ID|NAME] [--dry-run] [--prune] [--yes] [--smtp-secrets FILE]

Where (both commands):
  (default)             the local Mailroom in DATA_DIR (default ./data), with its bootstrap admin token
  --org URL --token T   any Okta-compatible org: real Okta, or a Mailroom (MAILROOM_TOKEN may hold the token)

export   writes the brand's customizations and template settings (and, with --include-email-servers, its
         SMTP servers without secrets) as a bundle to FILE, or to stdout
import   plans what FILE changes in the brand, prints the plan, then applies it (asks first, unless --yes)
  --dry-run        print the plan only
  --prune          also delete customizations the bundle doesn't list, and reset unlisted recipients
  --smtp-secrets   a JSON file {"<alias>": "<password or secret>"} for SMTP servers new to the org
--brand defaults to the org's default brand.

Exit codes: 0 done; 1 a call failed while applying (what was applied is listed); 2 nothing was changed
(bad usage or bundle, or the org couldn't be read).`;

export interface CliIo {
  args: string[];
  env: NodeJS.ProcessEnv;
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown };
  /** Asks a yes/no question on the terminal; undefined when there is no terminal to ask. */
  confirm?: (question: string) => Promise<boolean>;
}

class UsageError extends Error {}

const FLAGS = new Set(['--include-email-servers', '--dry-run', '--prune', '--yes', '--help']);
const VALUED = new Set(['--brand', '--out', '--org', '--token', '--smtp-secrets']);

function parseArgs(args: string[]) {
  const flags = new Set<string>();
  const values = new Map<string, string>();
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (FLAGS.has(arg)) flags.add(arg);
    else if (VALUED.has(arg)) {
      const value = args[++i];
      if (value === undefined || value.startsWith('--')) throw new UsageError(`${arg} needs a value.`);
      values.set(arg, value);
    } else if (arg.startsWith('--')) throw new UsageError(`Unknown option ${arg.split('=')[0]}.`);
    else positional.push(arg);
  }
  return { flags, values, positional };
}

/** Where the brand lives: the local store through the app itself, or an org over HTTP. */
interface Connection {
  client: TransferClient;
  where: string;
  close: () => Promise<void>;
}

async function connect(values: Map<string, string>, env: NodeJS.ProcessEnv): Promise<Connection> {
  const org = values.get('--org');
  const token = values.get('--token') ?? env.MAILROOM_TOKEN;
  if (org) {
    if (!token) throw new UsageError('--org needs --token (or MAILROOM_TOKEN).');
    let url: URL;
    try {
      url = new URL(org);
    } catch {
      throw new UsageError(`--org must be a URL like https://acme.okta.com.`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new UsageError('--org must be http(s).');
    return {
      client: createHttpTransferClient(fetchTransport({ baseUrl: url.origin, token })),
      where: `the org at ${url.origin}`,
      close: async () => {},
    };
  }
  // The local store, through the same API and rules as over HTTP (no SQL of our own).
  const config = { ...loadConfig(env), smtpCatcherPort: 0, clientDir: undefined, logLevel: 'silent' };
  if (!config.databaseUrl && !fs.existsSync(path.join(config.dataDir, SQLITE_FILE))) {
    throw new UsageError(`No Mailroom data in ${config.dataDir}: set DATA_DIR, or use --org URL --token T.`);
  }
  let localToken = token;
  if (!localToken) {
    try {
      localToken = fs.readFileSync(path.join(config.dataDir, ADMIN_TOKEN_FILE), 'utf8').trim();
    } catch {
      throw new UsageError(
        `No ${ADMIN_TOKEN_FILE} in ${config.dataDir}: pass --token with a token from \`npm run token\`.`,
      );
    }
  }
  const app = await buildApp(config, { logger: false });
  return {
    client: createHttpTransferClient(injectTransport(app, localToken)),
    where: `the local Mailroom in ${config.dataDir}`,
    close: () => app.close(),
  };
}

/** `--brand` by id, else by name (exactly, then ignoring case); without it, the default brand. */
async function resolveBrand(client: TransferClient, wanted: string | undefined): Promise<BrandSummary> {
  const brands = await client.listBrands();
  if (!wanted) {
    const fallback = brands.find((b) => b.isDefault) ?? brands[0];
    if (!fallback) throw new UsageError('The org has no brand.');
    return fallback;
  }
  const found =
    brands.find((b) => b.id === wanted) ??
    brands.find((b) => b.name === wanted) ??
    (() => {
      const matches = brands.filter((b) => b.name.toLowerCase() === wanted.toLowerCase());
      return matches.length === 1 ? matches[0] : undefined;
    })();
  if (!found) {
    throw new UsageError(
      `No brand "${wanted}". Brands: ${brands.map((b) => `"${b.name}" (${b.id})`).join(', ') || 'none'}.`,
    );
  }
  return found;
}

/** A file named on the command line, from where the user typed it (npm runs scripts in the package's root). */
const fromUser = (env: NodeJS.ProcessEnv, file: string) => path.resolve(env.INIT_CWD ?? process.cwd(), file);

function readSecrets(env: NodeJS.ProcessEnv, file: string | undefined): Record<string, string> {
  if (!file) return {};
  let data: unknown;
  try {
    data = JSON.parse(fs.readFileSync(fromUser(env, file), 'utf8'));
  } catch (error) {
    throw new UsageError(`Couldn't read --smtp-secrets ${file}: ${(error as Error).message}`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new UsageError(`--smtp-secrets ${file} must hold a JSON object {"<alias>": "<secret>"}.`);
  }
  for (const [alias, value] of Object.entries(data)) {
    // The value is a secret: name the alias only.
    if (typeof value !== 'string' || value === '')
      throw new UsageError(`--smtp-secrets ${file}: the secret for "${alias}" must be non-empty text.`);
  }
  return data as Record<string, string>;
}

async function runExport(io: CliIo, conn: Connection, values: Map<string, string>, flags: Set<string>) {
  const brand = await resolveBrand(conn.client, values.get('--brand'));
  const includeEmailServers = flags.has('--include-email-servers');
  const { text, bundle, unknownTemplates } = await exportBundle(conn.client, brand.id, {
    includeEmailServers,
  });
  const out = values.get('--out');
  if (out) {
    // Written whole or not at all.
    const target = fromUser(io.env, out);
    const temporary = `${target}.${process.pid}.tmp`;
    fs.writeFileSync(temporary, text);
    fs.renameSync(temporary, target);
  } else io.stdout.write(text);
  const customizations = bundle.templates.reduce((n, t) => n + t.customizations.length, 0);
  const servers = includeEmailServers ? `, ${bundle.emailServers?.length ?? 0} SMTP servers` : '';
  io.stderr.write(
    `Exported ${customizations} customizations of ${bundle.templates.length} templates${servers} from brand "${brand.name}" of ${conn.where}${out ? ` to ${out}` : ''}.\n`,
  );
  if (unknownTemplates.length > 0) {
    io.stderr.write(`Left out (not in Mailroom's template catalog): ${unknownTemplates.join(', ')}.\n`);
  }
  return 0;
}

async function runImport(
  io: CliIo,
  conn: Connection,
  file: string,
  values: Map<string, string>,
  flags: Set<string>,
) {
  const color = Boolean(io.stdout.isTTY) && !io.env.NO_COLOR;
  let text: string;
  try {
    text = fs.readFileSync(fromUser(io.env, file), 'utf8');
  } catch (error) {
    throw new UsageError(`Couldn't read ${file}: ${(error as NodeJS.ErrnoException).code ?? 'error'}.`);
  }
  const parsed = parseBundle(text);
  if (!parsed.ok) {
    io.stderr.write(
      `${file} is not a bundle Mailroom can import (${parsed.problems.length} problem${parsed.problems.length === 1 ? '' : 's'}):\n` +
        parsed.problems.map((p) => `  ${p.entry}: ${p.message}\n`).join(''),
    );
    return 2;
  }
  const secrets = readSecrets(io.env, values.get('--smtp-secrets'));
  const prune = flags.has('--prune');
  const brand = await resolveBrand(conn.client, values.get('--brand'));
  const state = await readBrandState(conn.client, brand.id, {
    emailServers: Boolean(parsed.bundle.emailServers),
  });
  const plan = planImport(state, parsed.bundle, { prune });

  io.stdout.write(
    `Importing ${file} into brand "${brand.name}" of ${conn.where}${prune ? ', with --prune' : ''}.\n\n`,
  );
  io.stdout.write(formatPlan(plan, { color }));
  const blockers = planBlockers(plan, secrets);
  if (blockers.length > 0) {
    io.stderr.write(
      `\nThe plan can't run:\n${blockers.map((b) => `  ${b}\n`).join('')}` +
        (plan.secretsNeeded.length ? 'Give new servers their secrets with --smtp-secrets FILE.\n' : ''),
    );
    return 2;
  }
  if (plan.changeCount === 0) {
    io.stdout.write('Nothing to do: the brand already matches the bundle.\n');
    return 0;
  }
  if (flags.has('--dry-run')) {
    io.stdout.write('Dry run: nothing was applied.\n');
    return 0;
  }
  if (!flags.has('--yes')) {
    const deletes = plan.counts.delete;
    const question = `Apply ${plan.changeCount} changes to brand "${brand.name}"${deletes ? `, deleting ${deletes} customization${deletes === 1 ? '' : 's'}` : ''}? [y/N] `;
    if (!io.confirm) {
      io.stderr.write('Not applied: add --yes to apply without a terminal to confirm on (or --dry-run).\n');
      return 2;
    }
    if (!(await io.confirm(question))) {
      io.stdout.write('Not applied.\n');
      return 0;
    }
  }
  const paint = painter(color);
  io.stdout.write('\n');
  const result = await applyPlan(conn.client, brand.id, plan, {
    secrets,
    onProgress: (event) => {
      if (event.phase === 'start') return;
      const mark = event.phase === 'done' ? paint('green', '✓') : paint('red', '✗');
      io.stdout.write(`  [${event.index + 1}/${event.total}] ${mark} ${event.label}\n`);
    },
  });
  io.stdout.write('\n' + formatResult(result, { color }));
  return result.ok ? 0 : 1;
}

/** `npm run mailroom -- export|import …`; resolves to the exit code. Never prints a token. */
export async function runTransferCli(io: CliIo): Promise<number> {
  const [command, ...rest] = io.args;
  let conn: Connection | undefined;
  try {
    if (!command || command === '--help' || command === 'help') {
      io.stdout.write(USAGE + '\n');
      return command ? 0 : 2;
    }
    if (command !== 'export' && command !== 'import') throw new UsageError(`Unknown command "${command}".`);
    const { flags, values, positional } = parseArgs(rest);
    if (flags.has('--help')) {
      io.stdout.write(USAGE + '\n');
      return 0;
    }
    const wanted = command === 'import' ? 1 : 0;
    // Extra words are not echoed: a mistyped option could make a token one of them.
    if (positional.length > wanted) throw new UsageError(`Too many arguments for ${command}.`);
    if (command === 'import' && positional.length === 0)
      throw new UsageError('import needs the bundle FILE.');
    for (const flag of command === 'export'
      ? ['--dry-run', '--prune', '--yes', '--smtp-secrets']
      : ['--out', '--include-email-servers']) {
      if (flags.has(flag) || values.has(flag))
        throw new UsageError(`${flag} is not an option of ${command}.`);
    }
    conn = await connect(values, io.env);
    return command === 'export'
      ? await runExport(io, conn, values, flags)
      : await runImport(io, conn, positional[0], values, flags);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`${error.message}\n\n${USAGE}\n`);
      return 2;
    }
    // A failure reading the org: nothing was changed.
    io.stderr.write(`Nothing was changed: ${describeFailure(toOktaFailure(error))}\n`);
    return 2;
  } finally {
    await conn?.close();
  }
}
