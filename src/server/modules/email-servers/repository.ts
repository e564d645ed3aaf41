import { inTransaction, type Db } from '../../db/database';
import { newId } from '../../lib/ids';
import { OktaApiError, validationError } from '../../lib/okta-error';
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

/** A server's sign-in settings (username, type fields) checked: one `field: message` cause per problem. */
export function checkAuth(authType: SmtpAuthType, username: string, fields: Partial<AuthFields>) {
  const problems = authProblems(authType, username, fields);
  if (Object.keys(problems).length > 0) throw validationError(problems);
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
  const byId = db.prepare<[string], ServerRow>('SELECT * FROM email_servers WHERE id = ?');
  const enabledOther = db.prepare<[string], { id: string }>(
    'SELECT id FROM email_servers WHERE enabled = 1 AND id != ?',
  );

  const assertCanEnable = (id: string) => {
    if (enabledOther.get(id)) throw new OktaApiError('E0000222');
  };
  const storedFields = (row: ServerRow): Partial<AuthFields> => ({
    ...JSON.parse(row.settings),
    ...(row.secrets ? JSON.parse(box.open(row.secrets)) : {}),
  });

  return {
    list(): EmailServer[] {
      return db.prepare<[], ServerRow>('SELECT * FROM email_servers ORDER BY rowid').all().map(toServer);
    },

    get(id: string): EmailServer | undefined {
      const row = byId.get(id);
      return row && toServer(row);
    },

    /** The server all mail goes through, if an admin enabled one. */
    enabled(): (EmailServer & { credentials: SmtpServerSettings }) | undefined {
      const row = db.prepare<[], ServerRow>('SELECT * FROM email_servers WHERE enabled = 1').get();
      return row && { ...toServer(row), credentials: this.credentials(row.id)! };
    },

    /** The stored sign-in fields of a server (secrets opened), with its type and username. */
    authFields(
      id: string,
    ): { authType: SmtpAuthType; username: string; fields: Partial<AuthFields> } | undefined {
      const row = byId.get(id);
      return row && { authType: row.auth_type, username: row.username, fields: storedFields(row) };
    },

    credentials(id: string): SmtpServerSettings | undefined {
      const row = byId.get(id);
      if (!row) return undefined;
      return smtpServerSettings(
        { host: row.host, port: row.port, username: row.username, authType: row.auth_type },
        storedFields(row),
      );
    },

    /** Checks every field the auth type needs (400 E0000001 naming each), then stores secrets sealed. */
    create(input: EmailServerCreate): EmailServer {
      const authType = input.authType ?? 'BASIC_SMTP_AUTH';
      const fields = fieldsOf(authType, input);
      checkAuth(authType, input.username, fields);
      const { settings, secrets } = split(fields);
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
          JSON.stringify(settings),
          box.seal(JSON.stringify(secrets)),
          now,
          now,
        );
      });
      return this.get(id)!;
    },

    /**
     * PATCH semantics: omitted fields keep their value; a sent secret replaces the stored one. Okta requires
     * `authType` in a PATCH of an OAuth server. A new auth type keeps only the stored non-secret settings it
     * shares with the old one (clientId, tokenEndpoint, scopes); the result must be complete for its type.
     */
    update(id: string, patch: EmailServerUpdate): EmailServer | undefined {
      return inTransaction(db, () => {
        const row = byId.get(id);
        if (!row) return undefined;
        if (patch.authType === undefined && isOAuth(row.auth_type))
          throw validationError({
            authType: 'The field is required to update an SMTP server that uses OAuth 2.0.',
          });
        const authType = patch.authType ?? row.auth_type;
        const stored = storedFields(row);
        const kept = authType === row.auth_type ? stored : fieldsOf(authType, split(stored).settings);
        const fields = { ...fieldsOf(authType, kept), ...fieldsOf(authType, patch) };
        const username = patch.username ?? row.username;
        checkAuth(authType, username, fields);
        if (patch.enabled && row.enabled !== 1) assertCanEnable(id);
        const { settings, secrets } = split(fields);
        db.prepare(
          `UPDATE email_servers SET alias = ?, auth_type = ?, host = ?, port = ?, username = ?, enabled = ?,
             settings = ?, secrets = ?, last_updated = ? WHERE id = ?`,
        ).run(
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
        return toServer(byId.get(id)!);
      });
    },

    delete(id: string): boolean {
      return db.prepare('DELETE FROM email_servers WHERE id = ?').run(id).changes > 0;
    },
  };
}
export type EmailServerRepository = ReturnType<typeof createEmailServerRepository>;
