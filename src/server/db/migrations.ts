import { POSTGRES_SCHEMA } from './postgres-schema';

/**
 * Schema migrations, applied in order at start, one transaction each. SQLite records its version in
 * `PRAGMA user_version`; PostgreSQL in the `mailroom_schema` table, migrating under an advisory lock so replicas
 * starting together migrate once (postgres.ts). Both stores are at the same version after the same migration.
 * PostgreSQL came after SQLite's first six had shipped, so its migration 1 creates the schema those six build
 * (postgres-schema.ts) and its 2–6 have nothing left to do.
 * Never edit a shipped migration: append a new one, with both dialects.
 */
export interface Migration {
  sqlite: string;
  postgres: string;
}

const FOLDED_INTO_1 = '-- folded into migration 1 (postgres-schema.ts)';

export const MIGRATIONS: readonly Migration[] = [
  {
    sqlite: `
  CREATE TABLE org (
    id TEXT PRIMARY KEY,
    settings TEXT NOT NULL,            -- JSON: companyName, subdomain, website, address, ...
    created TEXT NOT NULL,
    last_updated TEXT NOT NULL
  );

  CREATE TABLE users (
    id TEXT PRIMARY KEY,
    status TEXT NOT NULL,
    profile TEXT NOT NULL,             -- JSON: Okta user profile
    created TEXT NOT NULL,
    activated TEXT,
    last_updated TEXT NOT NULL
  );

  CREATE TABLE api_tokens (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,   -- sha256 of the token; the token itself is never stored
    scopes TEXT NOT NULL,              -- JSON array
    user_id TEXT NOT NULL REFERENCES users(id),
    created TEXT NOT NULL,
    last_used TEXT,
    revoked TEXT
  );

  CREATE TABLE brands (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    is_default INTEGER NOT NULL DEFAULT 0,
    locale TEXT NOT NULL DEFAULT 'en',
    remove_powered_by_okta INTEGER NOT NULL DEFAULT 0,
    custom_privacy_policy_url TEXT,
    agree_to_custom_privacy_policy INTEGER NOT NULL DEFAULT 0,
    created TEXT NOT NULL
  );
  CREATE UNIQUE INDEX brands_one_default ON brands(is_default) WHERE is_default = 1;

  CREATE TABLE email_servers (
    id TEXT PRIMARY KEY,
    alias TEXT NOT NULL,
    auth_type TEXT NOT NULL,
    host TEXT NOT NULL,
    port INTEGER NOT NULL,
    username TEXT NOT NULL,
    enabled INTEGER NOT NULL DEFAULT 0,
    settings TEXT NOT NULL DEFAULT '{}', -- JSON: non-secret OAuth settings
    secrets TEXT,                         -- sealed JSON (AES-256-GCM, key outside the database)
    created TEXT NOT NULL,
    last_updated TEXT NOT NULL
  );
  -- The database itself refuses a second enabled server, whatever the code does.
  CREATE UNIQUE INDEX email_servers_one_enabled ON email_servers(enabled) WHERE enabled = 1;

  CREATE TABLE deliveries (
    id TEXT PRIMARY KEY,
    created TEXT NOT NULL,
    route TEXT NOT NULL,
    sender TEXT NOT NULL,
    recipients TEXT NOT NULL,           -- JSON array
    subject TEXT NOT NULL,
    outcome TEXT NOT NULL,              -- SUCCESS | FAILURE
    response TEXT
  );
  CREATE INDEX deliveries_created ON deliveries(created);

  CREATE TABLE messages (
    id TEXT PRIMARY KEY,
    received TEXT NOT NULL,
    subject TEXT NOT NULL,
    sender TEXT NOT NULL,
    recipients TEXT NOT NULL,           -- JSON array (envelope + To)
    cc TEXT NOT NULL DEFAULT '[]',
    date TEXT NOT NULL,
    html TEXT,
    text TEXT,
    headers TEXT NOT NULL,              -- JSON array of {name, value}
    raw TEXT NOT NULL,
    size INTEGER NOT NULL,
    read INTEGER NOT NULL DEFAULT 0
  );
  CREATE INDEX messages_received ON messages(received);

  CREATE TABLE customizations (
    id TEXT PRIMARY KEY,
    brand_id TEXT NOT NULL REFERENCES brands(id) ON DELETE CASCADE,
    template_name TEXT NOT NULL,
    language TEXT NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    is_default INTEGER NOT NULL DEFAULT 0,
    created TEXT NOT NULL,
    last_updated TEXT NOT NULL,
    UNIQUE (brand_id, template_name, language)
  );
  -- At most one default per template and brand; "at least one" is kept by the repository's transactions.
  CREATE UNIQUE INDEX customizations_one_default ON customizations(brand_id, template_name) WHERE is_default = 1;

  CREATE TABLE template_settings (
    brand_id TEXT NOT NULL REFERENCES brands(id) ON DELETE CASCADE,
    template_name TEXT NOT NULL,
    recipients TEXT NOT NULL,
    PRIMARY KEY (brand_id, template_name)
  );

  CREATE TABLE sessions (
    id_hash TEXT PRIMARY KEY,          -- sha256 of the cookie value
    csrf_token TEXT NOT NULL,
    user_id TEXT NOT NULL REFERENCES users(id),
    token_id TEXT NOT NULL REFERENCES api_tokens(id),
    created TEXT NOT NULL,
    expires TEXT NOT NULL
  );
  `,
    postgres: POSTGRES_SCHEMA,
  },
  // 2: the SMTP Message-ID on both sides, so a delivery can be matched to what the catcher received.
  {
    sqlite: `
  ALTER TABLE deliveries ADD COLUMN message_id TEXT;
  ALTER TABLE messages ADD COLUMN message_id TEXT;
  CREATE INDEX messages_message_id ON messages(message_id);
  `,
    postgres: FOLDED_INTO_1,
  },
  // 3: a version per brand for the response cache (lib/response-cache.ts). Triggers bump it in the same
  // transaction as every write to what a brand's template answers are built from (the brand, its
  // customizations, its template settings), so no code path can write and forget to invalidate.
  {
    sqlite: `
  CREATE TABLE brand_versions (
    brand_id TEXT PRIMARY KEY REFERENCES brands(id) ON DELETE CASCADE,
    version INTEGER NOT NULL
  );
  INSERT INTO brand_versions (brand_id, version) SELECT id, 1 FROM brands;

  CREATE TRIGGER brand_versions_brand_insert AFTER INSERT ON brands BEGIN
    INSERT INTO brand_versions (brand_id, version) VALUES (NEW.id, 1);
  END;
  CREATE TRIGGER brand_versions_brand_update AFTER UPDATE ON brands BEGIN
    UPDATE brand_versions SET version = version + 1 WHERE brand_id IN (OLD.id, NEW.id);
  END;

  CREATE TRIGGER brand_versions_customization_insert AFTER INSERT ON customizations BEGIN
    UPDATE brand_versions SET version = version + 1 WHERE brand_id = NEW.brand_id;
  END;
  CREATE TRIGGER brand_versions_customization_update AFTER UPDATE ON customizations BEGIN
    UPDATE brand_versions SET version = version + 1 WHERE brand_id IN (OLD.brand_id, NEW.brand_id);
  END;
  CREATE TRIGGER brand_versions_customization_delete AFTER DELETE ON customizations BEGIN
    UPDATE brand_versions SET version = version + 1 WHERE brand_id = OLD.brand_id;
  END;

  CREATE TRIGGER brand_versions_settings_insert AFTER INSERT ON template_settings BEGIN
    UPDATE brand_versions SET version = version + 1 WHERE brand_id = NEW.brand_id;
  END;
  CREATE TRIGGER brand_versions_settings_update AFTER UPDATE ON template_settings BEGIN
    UPDATE brand_versions SET version = version + 1 WHERE brand_id IN (OLD.brand_id, NEW.brand_id);
  END;
  CREATE TRIGGER brand_versions_settings_delete AFTER DELETE ON template_settings BEGIN
    UPDATE brand_versions SET version = version + 1 WHERE brand_id = OLD.brand_id;
  END;
  `,
    postgres: FOLDED_INTO_1,
  },
  // 4: custom languages (CUSTOM_LANGUAGES): one customization per language compared without case (`fr-CA` and
  // `fr-ca` are one language). Rows before it hold Okta's 28 tags in one spelling each, so none collide.
  {
    sqlite: `
  CREATE UNIQUE INDEX customizations_one_per_language
    ON customizations(brand_id, template_name, language COLLATE NOCASE);
  `,
    postgres: FOLDED_INTO_1,
  },
  // 5: version history of customizations (modules/customization-history). Every save keeps a version, written in
  // the save's own transaction; a delete keeps them and is noted beside them. No foreign keys: in real Okta mode
  // the brands and customizations are the org's, and a deleted customization's versions outlive it. Customizations
  // saved before this migration get their current state as version 1, with no author.
  {
    sqlite: `
  CREATE TABLE customization_versions (
    customization_id TEXT NOT NULL,
    version INTEGER NOT NULL,          -- 1, 2, 3… per customization; never reused, even after pruning
    brand_id TEXT NOT NULL,
    template_name TEXT NOT NULL,
    language TEXT NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    is_default INTEGER NOT NULL,
    author TEXT,                       -- the API token's name or the console user's name; NULL: before history
    created TEXT NOT NULL,
    PRIMARY KEY (customization_id, version)
  );
  CREATE INDEX customization_versions_template ON customization_versions(brand_id, template_name);

  CREATE TABLE customization_deletions (
    customization_id TEXT PRIMARY KEY,
    brand_id TEXT NOT NULL,
    template_name TEXT NOT NULL,
    deleted TEXT NOT NULL,
    author TEXT
  );
  CREATE INDEX customization_deletions_template ON customization_deletions(brand_id, template_name);

  INSERT INTO customization_versions
    (customization_id, version, brand_id, template_name, language, subject, body, is_default, author, created)
  SELECT id, 1, brand_id, template_name, language, subject, body, is_default, NULL, last_updated
  FROM customizations;
  `,
    postgres: FOLDED_INTO_1,
  },
  // 6: the scope mailroom.testsends.manage (test sends to any address). A token that held every scope of its day
  // (the bootstrap admin's, or one made with no --scopes) holds the new one too; narrower tokens stay as they were.
  {
    sqlite: `
  UPDATE api_tokens SET scopes = json_insert(scopes, '$[#]', 'mailroom.testsends.manage')
  WHERE (SELECT count(DISTINCT value) FROM json_each(api_tokens.scopes) WHERE value IN (
      'okta.emailServers.read', 'okta.emailServers.manage', 'okta.brands.read', 'okta.brands.manage',
      'okta.templates.read', 'okta.templates.manage', 'okta.users.read.self', 'okta.users.manage.self',
      'okta.orgs.read', 'mailroom.mailbox.read', 'mailroom.mailbox.manage')) = 11
    AND NOT EXISTS (SELECT 1 FROM json_each(api_tokens.scopes) WHERE value = 'mailroom.testsends.manage');
  `,
    postgres: FOLDED_INTO_1,
  },
];
