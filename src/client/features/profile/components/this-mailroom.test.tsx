import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { testSession } from '../../../../../test/support/render-with-client';
import { ThisMailroom } from './this-mailroom';

const row = (label: string) => screen.getByText(label).nextElementSibling as HTMLElement;

describe('the profile page says how this Mailroom is set up', () => {
  afterEach(cleanup);

  it('names the SQLite file, the custom-languages switch off, the history bound and the scopes', () => {
    render(<ThisMailroom session={testSession({ historyLimit: 7, scopes: ['okta.templates.read'] })} />);
    expect(row('Mode').textContent).toBe('Embedded: Mailroom is the org');
    expect(row('Data').textContent).toBe('SQLite file /srv/mailroom/data/mailroom.sqlite');
    expect(row('Custom languages').textContent).toMatch(/^Off: Okta's 28 languages only/);
    expect(row('Version history').textContent).toBe(
      'The newest 7 versions of each customization (HISTORY_LIMIT)',
    );
    const scopes = within(screen.getByRole('list', { name: 'Scopes of your token' })).getAllByRole(
      'listitem',
    );
    expect(scopes.map((item) => item.textContent)).toEqual(['okta.templates.read']);
  });

  it('names the org in real Okta mode, PostgreSQL without credentials, and custom languages on', () => {
    render(
      <ThisMailroom
        session={testSession({
          mode: 'okta',
          orgUrl: 'https://acme.okta.com',
          store: { kind: 'postgresql', location: 'db.internal:5432/mailroom' },
          customLanguages: true,
        })}
      />,
    );
    expect(row('Mode').textContent).toBe('Real Okta mode: managing the org https://acme.okta.com');
    expect(row('Data').textContent).toBe('PostgreSQL at db.internal:5432/mailroom');
    expect(row('Custom languages').textContent).toMatch(/^On: customizations in any BCP 47 language/);
  });
});
