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
