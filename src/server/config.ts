import path from 'node:path';

/** Everything Mailroom reads from the environment, parsed once. Names are contracts (docs/architecture.md). */
export interface Config {
  host: string;
  port: number;
  dataDir: string;
  /** PostgreSQL (`postgres://…`) for several replicas; undefined = the SQLite file in dataDir. */
  databaseUrl: string | undefined;
  /** The key that seals stored secrets (32 bytes, base64); undefined = DATA_DIR/secret.key. Never in the database. */
  secretKey: string | undefined;
  /** Built-in SMTP catcher port; 0 picks a free one (tests). */
  smtpCatcherPort: number;
  /** Absolute base for `_links` and `Link`; undefined = derive from the request's Host. */
  publicUrl: string | undefined;
  /** Default ("Okta-managed") outbound route; undefined = the built-in catcher. */
  smtpRelayUrl: string | undefined;
  adminToken: string | undefined;
  oktaOrgUrl: string | undefined;
  oktaApiToken: string | undefined;
  /** Requests per window per token on /api/v1; 0 = unlimited. */
  rateLimit: number;
  /** Failed authentications (wrong or missing credentials, wrong sign-ins) per window per client address; 0 = unlimited. */
  authFailureLimit: number;
  /** Proxies allowed to name the client address (X-Forwarded-For); false = the socket's peer is the client. */
  trustProxy: string[] | false;
  /** Okta's windows are one minute; tests shorten it. */
  rateLimitWindowSeconds: number;
  /** Sender of the mail Mailroom itself sends (test emails). */
  mailFrom: string;
  /** Limit on configured SMTP servers (E0000225). */
  maxEmailServers: number;
  /** Where the built client lives; undefined = not served. */
  clientDir: string | undefined;
  logLevel: string;
  /** One-liners for people (a terminal) or JSON for machines (files, pipes, log collectors). */
  logFormat: 'pretty' | 'json';
  /**
   * Okta's opt-in "Custom languages for Okta Email Templates": customizations in any BCP 47 language, and a
   * `null` subject or body replaced with default content. Off: the 28 supported languages, both fields required.
   */
  customLanguages: boolean;
  /** Versions kept per customization (HISTORY_LIMIT); the oldest go first. */
  historyLimit: number;
}

function intFrom(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0)
    throw new Error(`${name} must be a non-negative whole number, got "${raw}"`);
  return value;
}

function optional(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const value = env[name]?.trim();
  return value ? value : undefined;
}

/** DATABASE_URL: only PostgreSQL is a shared store; anything else is a mistake worth stopping for. */
function databaseUrlFrom(env: NodeJS.ProcessEnv): string | undefined {
  const raw = optional(env, 'DATABASE_URL');
  if (raw && !/^postgres(ql)?:\/\//.test(raw)) {
    throw new Error(
      'DATABASE_URL must be a postgres:// URL (unset, Mailroom uses the SQLite file in DATA_DIR)',
    );
  }
  return raw;
}

/** TRUST_PROXY: comma-separated proxy addresses or CIDR ranges (or proxy-addr's `loopback`, `uniquelocal`…). */
function trustedProxies(env: NodeJS.ProcessEnv): string[] | false {
  const raw = optional(env, 'TRUST_PROXY');
  if (!raw) return false;
  const list = raw
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  // Trusting every hop would let any client choose the address its failures count against.
  if (list.some((entry) => /^(true|\*|0\.0\.0\.0\/0|::\/0)$/i.test(entry)))
    throw new Error(`TRUST_PROXY must name the proxies to trust (addresses or CIDR ranges), got "${raw}"`);
  return list;
}

/** A true/false switch: `true`/`1`/`on`/`yes` or `false`/`0`/`off`/`no` (any case); unset or empty = `fallback`. */
function switchFrom(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const value = optional(env, name)?.toLowerCase();
  if (value === undefined) return fallback;
  if (['true', '1', 'on', 'yes'].includes(value)) return true;
  if (['false', '0', 'off', 'no'].includes(value)) return false;
  throw new Error(`${name} must be "true" or "false", got "${env[name]}"`);
}

/** `LOG_FORMAT` when set; otherwise pretty on a terminal and JSON anywhere else. */
function logFormatFrom(env: NodeJS.ProcessEnv, stdoutIsTTY: boolean): Config['logFormat'] {
  const value = optional(env, 'LOG_FORMAT')?.toLowerCase();
  if (value === undefined) return stdoutIsTTY ? 'pretty' : 'json';
  if (value === 'pretty' || value === 'json') return value;
  throw new Error(`LOG_FORMAT must be "pretty" or "json", got "${env.LOG_FORMAT}"`);
}

/** HISTORY_LIMIT: at least one version is kept, or a restore would have nothing to offer. */
function historyLimitFrom(env: NodeJS.ProcessEnv): number {
  const limit = intFrom(env, 'HISTORY_LIMIT', 50);
  if (limit < 1) throw new Error(`HISTORY_LIMIT must be at least 1, got "${env.HISTORY_LIMIT}"`);
  return limit;
}

export function loadConfig(
  env: NodeJS.ProcessEnv = process.env,
  stdoutIsTTY = Boolean(process.stdout.isTTY),
): Config {
  const oktaOrgUrl = optional(env, 'OKTA_ORG_URL')?.replace(/\/+$/, '');
  const oktaApiToken = optional(env, 'OKTA_API_TOKEN');
  if (Boolean(oktaOrgUrl) !== Boolean(oktaApiToken)) {
    throw new Error('Real Okta mode needs both OKTA_ORG_URL and OKTA_API_TOKEN');
  }
  return {
    host: optional(env, 'HOST') ?? '127.0.0.1',
    port: intFrom(env, 'PORT', 8080),
    dataDir: path.resolve(optional(env, 'DATA_DIR') ?? './data'),
    databaseUrl: databaseUrlFrom(env),
    secretKey: optional(env, 'SECRET_KEY'),
    smtpCatcherPort: intFrom(env, 'SMTP_CATCHER_PORT', 2525),
    publicUrl: optional(env, 'PUBLIC_URL')?.replace(/\/+$/, ''),
    smtpRelayUrl: optional(env, 'SMTP_RELAY_URL'),
    adminToken: optional(env, 'ADMIN_TOKEN'),
    oktaOrgUrl,
    oktaApiToken,
    rateLimit: intFrom(env, 'RATE_LIMIT', 6000),
    authFailureLimit: intFrom(env, 'AUTH_FAILURE_LIMIT', 30),
    trustProxy: trustedProxies(env),
    rateLimitWindowSeconds: Math.max(1, intFrom(env, 'RATE_LIMIT_WINDOW_SECONDS', 60)),
    mailFrom: optional(env, 'MAIL_FROM') ?? 'noreply@mailroom.localhost',
    maxEmailServers: intFrom(env, 'MAX_EMAIL_SERVERS', 10),
    clientDir: optional(env, 'CLIENT_DIR') ?? path.resolve('dist/client'),
    logLevel: optional(env, 'LOG_LEVEL') ?? 'info',
    logFormat: logFormatFrom(env, stdoutIsTTY),
    customLanguages: switchFrom(env, 'CUSTOM_LANGUAGES', false),
    historyLimit: historyLimitFrom(env),
  };
}
