/**
 * PostgreSQL's migration 1: the schema SQLite reaches after its migrations 1–6, table for table and column for
 * column, so every query in the repositories reads the same in both. What differs, and why:
 * - `rowid BIGSERIAL`: SQLite's implicit creation order, made explicit (the repositories page and sort by it);
 * - `lower(...)` unique indexes where SQLite has `COLLATE NOCASE`;
 * - the brand_versions triggers (response cache) as PL/pgSQL trigger functions;
 * - `rate_windows`: Okta's rate limits are per org, so with several replicas their windows live here (SQLite, one
 *   process, keeps them in memory).
 */
export const POSTGRES_SCHEMA = `
  CREATE TABLE org (
    rowid BIGSERIAL,
    id TEXT PRIMARY KEY,
    settings TEXT NOT NULL,
    created TEXT NOT NULL,
    last_updated TEXT NOT NULL
  );

  CREATE TABLE users (
    rowid BIGSERIAL,
    id TEXT PRIMARY KEY,
    status TEXT NOT NULL,
    profile TEXT NOT NULL,
    created TEXT NOT NULL,
    activated TEXT,
    last_updated TEXT NOT NULL
  );

  CREATE TABLE api_tokens (
    rowid BIGSERIAL,
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    scopes TEXT NOT NULL,
    user_id TEXT NOT NULL REFERENCES users(id),
    created TEXT NOT NULL,
    last_used TEXT,
    revoked TEXT
  );

  CREATE TABLE brands (
    rowid BIGSERIAL,
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    is_default INTEGER NOT NULL DEFAULT 0,
    locale TEXT NOT NULL DEFAULT 'en',
    remove_powered_by_okta INTEGER NOT NULL DEFAULT 0,
    custom_privacy_policy_url TEXT,
    agree_to_custom_privacy_policy INTEGER NOT NULL DEFAULT 0,
    created TEXT NOT NULL
  );
  CREATE UNIQUE INDEX brands_name ON brands(lower(name));
  CREATE UNIQUE INDEX brands_one_default ON brands(is_default) WHERE is_default = 1;

  CREATE TABLE email_servers (
    rowid BIGSERIAL,
    id TEXT PRIMARY KEY,
    alias TEXT NOT NULL,
    auth_type TEXT NOT NULL,
    host TEXT NOT NULL,
    port INTEGER NOT NULL,
    username TEXT NOT NULL,
    enabled INTEGER NOT NULL DEFAULT 0,
    settings TEXT NOT NULL DEFAULT '{}',
    secrets TEXT,
    created TEXT NOT NULL,
    last_updated TEXT NOT NULL
  );
  CREATE UNIQUE INDEX email_servers_one_enabled ON email_servers(enabled) WHERE enabled = 1;

  CREATE TABLE deliveries (
    rowid BIGSERIAL,
    id TEXT PRIMARY KEY,
    created TEXT NOT NULL,
    route TEXT NOT NULL,
    sender TEXT NOT NULL,
    recipients TEXT NOT NULL,
    subject TEXT NOT NULL,
    outcome TEXT NOT NULL,
    response TEXT,
    message_id TEXT
  );
  CREATE INDEX deliveries_created ON deliveries(created);

  CREATE TABLE messages (
    rowid BIGSERIAL,
    id TEXT PRIMARY KEY,
    received TEXT NOT NULL,
    subject TEXT NOT NULL,
    sender TEXT NOT NULL,
    recipients TEXT NOT NULL,
    cc TEXT NOT NULL DEFAULT '[]',
    date TEXT NOT NULL,
    html TEXT,
    text TEXT,
    headers TEXT NOT NULL,
    raw TEXT NOT NULL,
    size INTEGER NOT NULL,
    read INTEGER NOT NULL DEFAULT 0,
    message_id TEXT
  );
  CREATE INDEX messages_received ON messages(received);
  CREATE INDEX messages_message_id ON messages(message_id);
  CREATE INDEX messages_rowid ON messages(rowid);

  CREATE TABLE customizations (
    rowid BIGSERIAL,
    id TEXT PRIMARY KEY,
    brand_id TEXT NOT NULL REFERENCES brands(id) ON DELETE CASCADE,
    template_name TEXT NOT NULL,
    language TEXT NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    is_default INTEGER NOT NULL DEFAULT 0,
    created TEXT NOT NULL,
    last_updated TEXT NOT NULL
  );
  CREATE UNIQUE INDEX customizations_one_per_language
    ON customizations(brand_id, template_name, lower(language));
  CREATE UNIQUE INDEX customizations_one_default
    ON customizations(brand_id, template_name) WHERE is_default = 1;

  CREATE TABLE template_settings (
    brand_id TEXT NOT NULL REFERENCES brands(id) ON DELETE CASCADE,
    template_name TEXT NOT NULL,
    recipients TEXT NOT NULL,
    PRIMARY KEY (brand_id, template_name)
  );

  CREATE TABLE sessions (
    id_hash TEXT PRIMARY KEY,
    csrf_token TEXT NOT NULL,
    user_id TEXT NOT NULL REFERENCES users(id),
    token_id TEXT NOT NULL REFERENCES api_tokens(id),
    created TEXT NOT NULL,
    expires TEXT NOT NULL
  );

  CREATE TABLE brand_versions (
    brand_id TEXT PRIMARY KEY REFERENCES brands(id) ON DELETE CASCADE,
    version INTEGER NOT NULL
  );

  -- A brand's version moves in the same transaction as every write to what its template answers are built from.
  CREATE FUNCTION brand_versions_of_brand() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF TG_OP = 'INSERT' THEN
      INSERT INTO brand_versions (brand_id, version) VALUES (NEW.id, 1);
    ELSE
      UPDATE brand_versions SET version = version + 1 WHERE brand_id IN (OLD.id, NEW.id);
    END IF;
    RETURN NULL;
  END $$;
  CREATE TRIGGER brand_versions_brand AFTER INSERT OR UPDATE ON brands
    FOR EACH ROW EXECUTE FUNCTION brand_versions_of_brand();

  CREATE FUNCTION brand_versions_of_child() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF TG_OP = 'INSERT' THEN
      UPDATE brand_versions SET version = version + 1 WHERE brand_id = NEW.brand_id;
    ELSIF TG_OP = 'DELETE' THEN
      UPDATE brand_versions SET version = version + 1 WHERE brand_id = OLD.brand_id;
    ELSE
      UPDATE brand_versions SET version = version + 1 WHERE brand_id IN (OLD.brand_id, NEW.brand_id);
    END IF;
    RETURN NULL;
  END $$;
  CREATE TRIGGER brand_versions_customization AFTER INSERT OR UPDATE OR DELETE ON customizations
    FOR EACH ROW EXECUTE FUNCTION brand_versions_of_child();
  CREATE TRIGGER brand_versions_settings AFTER INSERT OR UPDATE OR DELETE ON template_settings
    FOR EACH ROW EXECUTE FUNCTION brand_versions_of_child();

  CREATE TABLE customization_versions (
    customization_id TEXT NOT NULL,
    version INTEGER NOT NULL,
    brand_id TEXT NOT NULL,
    template_name TEXT NOT NULL,
    language TEXT NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    is_default INTEGER NOT NULL,
    author TEXT,
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

  CREATE TABLE rate_windows (
    key TEXT PRIMARY KEY,              -- 'token:<id>' or 'address:<ip>'
    window_start BIGINT NOT NULL,      -- epoch ms, aligned to the window
    count INTEGER NOT NULL
  );
`;
