import { inTransaction, type Db } from '../../db/database';
import { newId } from '../../lib/ids';
import { OktaApiError } from '../../lib/okta-error';
import type { SecretBox } from '../../lib/secret-box';
import type {
  EmailServer,
  EmailServerCreate,
  EmailServerUpdate,
  SmtpAuthType,
} from '../../../shared/okta/email-server';

/** Fields that are write-only: sealed with the secret box, never returned. */
const SECRET_FIELDS = ['password', 'clientSecret', 'privateKey', 'keyId'] as const;
/** Non-secret OAuth settings kept as JSON beside the basic columns. */
const SETTING_FIELDS = [
  'clientId',
  'tokenEndpoint',
  'tokenEndpointAuthMethod',
  'scopes',
  'signingAlgorithm',
  'issuer',
  'subject',
  'audience',
] as const;

type Secrets = Partial<Record<(typeof SECRET_FIELDS)[number], string>>;

interface ServerRow {
  id: string;
  alias: string;
  auth_type: SmtpAuthType;
  host: string;
  port: number;
  username: string;
  enabled: number;
  settings: string;
  secrets: string | null;
}

export interface SmtpCredentials {
  host: string;
  port: number;
  username: string;
  password: string | undefined;
}

const toServer = (row: ServerRow): EmailServer => ({
  id: row.id,
  alias: row.alias,
  authType: row.auth_type,
  enabled: row.enabled === 1,
  host: row.host,
  port: row.port,
  username: row.username,
  ...JSON.parse(row.settings),
});

function pick<T extends object, K extends readonly (keyof T)[]>(source: T, keys: K) {
  const out: Partial<T> = {};
  for (const key of keys) if (source[key] !== undefined) out[key] = source[key];
  return out;
}

export function createEmailServerRepository(db: Db, box: SecretBox, maxServers: number) {
  const byId = db.prepare<[string], ServerRow>('SELECT * FROM email_servers WHERE id = ?');
  const enabledOther = db.prepare<[string], { id: string }>(
    'SELECT id FROM email_servers WHERE enabled = 1 AND id != ?',
  );

  const assertCanEnable = (id: string) => {
    if (enabledOther.get(id)) throw new OktaApiError('E0000222');
  };

  return {
    list(): EmailServer[] {
      return db.prepare<[], ServerRow>('SELECT * FROM email_servers ORDER BY rowid').all().map(toServer);
    },

    get(id: string): EmailServer | undefined {
      const row = byId.get(id);
      return row && toServer(row);
    },

    /** The server all mail goes through, if an admin enabled one. */
    enabled(): (EmailServer & { credentials: SmtpCredentials }) | undefined {
      const row = db.prepare<[], ServerRow>('SELECT * FROM email_servers WHERE enabled = 1').get();
      return row && { ...toServer(row), credentials: this.credentials(row.id)! };
    },

    credentials(id: string): SmtpCredentials | undefined {
      const row = byId.get(id);
      if (!row) return undefined;
      const secrets: Secrets = row.secrets ? JSON.parse(box.open(row.secrets)) : {};
      return { host: row.host, port: row.port, username: row.username, password: secrets.password };
    },

    create(input: EmailServerCreate): EmailServer {
      const authType = input.authType ?? 'BASIC_SMTP_AUTH';
      const id = newId.emailServer();
      const now = new Date().toISOString();
      inTransaction(db, () => {
        const { count } = db
          .prepare<[], { count: number }>('SELECT count(*) AS count FROM email_servers')
          .get()!;
        if (count >= maxServers) throw new OktaApiError('E0000225', { arg: String(maxServers) });
        if (input.enabled) assertCanEnable(id);
        db.prepare(
          `INSERT INTO email_servers (id, alias, auth_type, host, port, username, enabled, settings, secrets, created, last_updated)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        ).run(
          id,
          input.alias,
          authType,
          input.host,
          input.port,
          input.username,
          input.enabled ? 1 : 0,
          JSON.stringify(pick(input, SETTING_FIELDS)),
          box.seal(JSON.stringify(pick(input, SECRET_FIELDS))),
          now,
          now,
        );
      });
      return this.get(id)!;
    },

    /** PATCH semantics: omitted fields keep their value; a sent secret replaces the stored one. */
    update(id: string, patch: EmailServerUpdate): EmailServer | undefined {
      return inTransaction(db, () => {
        const row = byId.get(id);
        if (!row) return undefined;
        if (patch.enabled && row.enabled !== 1) assertCanEnable(id);
        const secrets: Secrets = {
          ...(row.secrets ? JSON.parse(box.open(row.secrets)) : {}),
          ...pick(patch, SECRET_FIELDS),
        };
        const settings = { ...JSON.parse(row.settings), ...pick(patch, SETTING_FIELDS) };
        db.prepare(
          `UPDATE email_servers SET alias = ?, auth_type = ?, host = ?, port = ?, username = ?, enabled = ?,
             settings = ?, secrets = ?, last_updated = ? WHERE id = ?`,
        ).run(
          patch.alias ?? row.alias,
          patch.authType ?? row.auth_type,
          patch.host ?? row.host,
          patch.port ?? row.port,
          patch.username ?? row.username,
          patch.enabled === undefined ? row.enabled : patch.enabled ? 1 : 0,
          JSON.stringify(settings),
          box.seal(JSON.stringify(secrets)),
          new Date().toISOString(),
          id,
        );
        return toServer(byId.get(id)!);
      });
    },

    delete(id: string): boolean {
      return db.prepare('DELETE FROM email_servers WHERE id = ?').run(id).changes > 0;
    },
  };
}
export type EmailServerRepository = ReturnType<typeof createEmailServerRepository>;
