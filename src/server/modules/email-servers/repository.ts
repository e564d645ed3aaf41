import type { Db } from '../../db/database';
import { locks } from '../../db/locks';
import { newId } from '../../lib/ids';
import { ok, refuse, type Outcome } from '../../lib/outcome';
import type { SecretBox } from '../../lib/secret-box';
import type {
  EmailServer,
  EmailServerCreate,
  EmailServerUpdate,
  SmtpAuthType,
} from '../../../shared/okta/email-server';
import type { OAuthGrant } from '../mail/oauth-token';
import { isOAuth, type AuthFields } from '../../../shared/okta/email-server-auth';
import { authProblems, fieldsOf, oauthGrant, split } from './auth-settings';

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

/** What sending through a configured server needs: where, who, and how it signs in. */
export interface SmtpServerSettings {
  host: string;
  port: number;
  username: string;
  authType: SmtpAuthType;
  password?: string;
  /** OAuth servers: how to get the access token, when every setting is there. */
  oauth?: OAuthGrant;
  /** OAuth servers stored before every setting was required: what is missing. */
  incomplete?: string;
}

/** What the email server rules can refuse; routes.ts maps each to its Okta error (refusals.ts). */
export type EmailServerRefusal =
  /** Sign-in settings missing or wrong for the auth type: `field → message`, never quoting a value. */
  | { kind: 'invalid'; problems: Record<string, string> }
  /** Only one server can be enabled. */
  | { kind: 'another-enabled' }
  /** The org holds as many servers as it may. */
  | { kind: 'limit'; max: number };

/** A server's sign-in settings (username, type fields) checked: one `field: message` per problem. */
export function authRefusal(
  authType: SmtpAuthType,
  username: string,
  fields: Partial<AuthFields>,
): EmailServerRefusal | undefined {
  const problems = authProblems(authType, username, fields);
  return Object.keys(problems).length > 0 ? { kind: 'invalid', problems } : undefined;
}

/** The settings a send needs, from a server's (possibly unsaved) fields. */
export function smtpServerSettings(
  server: { host: string; port: number; username: string; authType: SmtpAuthType },
  fields: Partial<AuthFields>,
): SmtpServerSettings {
  const { host, port, username, authType } = server;
  if (!isOAuth(authType)) return { host, port, username, authType, password: fields.password };
  const problems = authProblems(authType, username, fields);
  const missing = Object.keys(problems);
  return missing.length
    ? { host, port, username, authType, incomplete: missing.join(', ') }
    : { host, port, username, authType, oauth: oauthGrant(authType, fields) };
}

const toServer = (row: ServerRow): EmailServer => ({
  id: row.id,
  alias: row.alias,
  authType: row.auth_type,
  enabled: row.enabled === 1,
  host: row.host,
  port: row.port,
  username: row.username,
  ...fieldsOf(row.auth_type, JSON.parse(row.settings)),
});

export function createEmailServerRepository(db: Db, box: SecretBox, maxServers: number) {
  const byId = (id: string) => db.get<ServerRow>('SELECT * FROM email_servers WHERE id = ?', id);
  const enabledOther = (id: string) =>
    db.get<{ id: string }>('SELECT id FROM email_servers WHERE enabled = 1 AND id != ?', id);

  const storedFields = (row: ServerRow): Partial<AuthFields> => ({
    ...JSON.parse(row.settings),
    ...(row.secrets ? JSON.parse(box.open(row.secrets)) : {}),
  });

  const credentialsOf = (row: ServerRow): SmtpServerSettings =>
    smtpServerSettings(
      { host: row.host, port: row.port, username: row.username, authType: row.auth_type },
      storedFields(row),
    );

  return {
    async list(): Promise<EmailServer[]> {
      return (await db.all<ServerRow>('SELECT * FROM email_servers ORDER BY rowid')).map(toServer);
    },

    async get(id: string): Promise<EmailServer | undefined> {
      const row = await byId(id);
      return row && toServer(row);
    },

    /** The server all mail goes through, if an admin enabled one. */
    async enabled(): Promise<(EmailServer & { credentials: SmtpServerSettings }) | undefined> {
      const row = await db.get<ServerRow>('SELECT * FROM email_servers WHERE enabled = 1');
      return row && { ...toServer(row), credentials: credentialsOf(row) };
    },

    /** The stored sign-in fields of a server (secrets opened), with its type and username. */
    async authFields(
      id: string,
    ): Promise<{ authType: SmtpAuthType; username: string; fields: Partial<AuthFields> } | undefined> {
      const row = await byId(id);
      return row && { authType: row.auth_type, username: row.username, fields: storedFields(row) };
    },

    async credentials(id: string): Promise<SmtpServerSettings | undefined> {
      const row = await byId(id);
      return row && credentialsOf(row);
    },

    /** Checks every field the auth type needs, then stores secrets sealed. */
    async create(input: EmailServerCreate): Promise<Outcome<EmailServer, EmailServerRefusal>> {
      const authType = input.authType ?? 'BASIC_SMTP_AUTH';
      const fields = fieldsOf(authType, input);
      const invalid = authRefusal(authType, input.username, fields);
      if (invalid) return refuse(invalid);
      const { settings, secrets } = split(fields);
      const id = newId.emailServer();
      const now = new Date().toISOString();
      return db.transaction(
        async (): Promise<Outcome<EmailServer, EmailServerRefusal>> => {
          const { count } = (await db.get<{ count: number }>('SELECT count(*) AS count FROM email_servers'))!;
          if (count >= maxServers) return refuse({ kind: 'limit', max: maxServers });
          if (input.enabled && (await enabledOther(id))) return refuse({ kind: 'another-enabled' });
          await db.run(
            `INSERT INTO email_servers (id, alias, auth_type, host, port, username, enabled, settings, secrets, created, last_updated)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
            id,
            input.alias,
            authType,
            input.host,
            input.port,
            input.username,
            input.enabled ? 1 : 0,
            JSON.stringify(settings),
            box.seal(JSON.stringify(secrets)),
            now,
            now,
          );
          return ok(toServer((await byId(id))!));
        },
        { lock: locks.emailServers },
      );
    },

    /**
     * PATCH semantics: omitted fields keep their value; a sent secret replaces the stored one. Okta requires
     * `authType` in a PATCH of an OAuth server. A new auth type keeps only the stored non-secret settings it
     * shares with the old one (clientId, tokenEndpoint, scopes); the result must be complete for its type.
     */
    async update(
      id: string,
      patch: EmailServerUpdate,
    ): Promise<Outcome<EmailServer, EmailServerRefusal> | undefined> {
      return db.transaction(
        async (): Promise<Outcome<EmailServer, EmailServerRefusal> | undefined> => {
          const row = await byId(id);
          if (!row) return undefined;
          if (patch.authType === undefined && isOAuth(row.auth_type))
            return refuse({
              kind: 'invalid',
              problems: { authType: 'The field is required to update an SMTP server that uses OAuth 2.0.' },
            });
          const authType = patch.authType ?? row.auth_type;
          const stored = storedFields(row);
          const kept = authType === row.auth_type ? stored : fieldsOf(authType, split(stored).settings);
          const fields = { ...fieldsOf(authType, kept), ...fieldsOf(authType, patch) };
          const username = patch.username ?? row.username;
          const invalid = authRefusal(authType, username, fields);
          if (invalid) return refuse(invalid);
          if (patch.enabled && row.enabled !== 1 && (await enabledOther(id)))
            return refuse({ kind: 'another-enabled' });
          const { settings, secrets } = split(fields);
          await db.run(
            `UPDATE email_servers SET alias = ?, auth_type = ?, host = ?, port = ?, username = ?, enabled = ?,
               settings = ?, secrets = ?, last_updated = ? WHERE id = ?`,
            patch.alias ?? row.alias,
            authType,
            patch.host ?? row.host,
            patch.port ?? row.port,
            username,
            patch.enabled === undefined ? row.enabled : patch.enabled ? 1 : 0,
            JSON.stringify(settings),
            box.seal(JSON.stringify(secrets)),
            new Date().toISOString(),
            id,
          );
          return ok(toServer((await byId(id))!));
        },
        { lock: locks.emailServers },
      );
    },

    /** Under the same lock as create and update, so a delete never lands between an update's read and write. */
    async delete(id: string): Promise<boolean> {
      return db.transaction(async () => (await db.run('DELETE FROM email_servers WHERE id = ?', id)) > 0, {
        lock: locks.emailServers,
      });
    },
  };
}
export type EmailServerRepository = ReturnType<typeof createEmailServerRepository>;
