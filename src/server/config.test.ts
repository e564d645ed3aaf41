import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';

describe('CUSTOM_LANGUAGES', () => {
  it('is off unless switched on, as in Okta where the feature is opt-in', () => {
    expect(loadConfig({}).customLanguages).toBe(false);
    expect(loadConfig({ CUSTOM_LANGUAGES: '' }).customLanguages).toBe(false);
    for (const on of ['true', 'TRUE', '1', 'on', 'yes'])
      expect(loadConfig({ CUSTOM_LANGUAGES: on }).customLanguages).toBe(true);
    for (const off of ['false', '0', 'off', 'no'])
      expect(loadConfig({ CUSTOM_LANGUAGES: off }).customLanguages).toBe(false);
  });

  it('refuses anything else rather than guessing', () => {
    expect(() => loadConfig({ CUSTOM_LANGUAGES: 'enabled' })).toThrow(
      /CUSTOM_LANGUAGES must be "true" or "false"/,
    );
  });
});

describe('DATABASE_URL and SECRET_KEY', () => {
  it('unset, the store is the SQLite file and the key is DATA_DIR/secret.key', () => {
    expect(loadConfig({})).toMatchObject({ databaseUrl: undefined, secretKey: undefined });
  });

  it('takes a postgres:// (or postgresql://) URL, and refuses any other rather than falling back to SQLite', () => {
    for (const url of ['postgres://u:p@db:5432/mailroom', 'postgresql://db/mailroom'])
      expect(loadConfig({ DATABASE_URL: url }).databaseUrl).toBe(url);
    for (const url of ['mysql://db/mailroom', 'sqlite:./data/mailroom.sqlite', 'db.internal:5432'])
      expect(() => loadConfig({ DATABASE_URL: url })).toThrow(/DATABASE_URL must be a postgres:\/\/ URL/);
  });
});
