import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithClient, stubFetch, testQueryClient } from '../../../../../test/support/render-with-client';
import type { MailboxMessage } from '../../../../shared/mailroom/mailbox';
import { queryKeys } from '../../../lib/query-keys';
import { mailboxQueries } from '../api/mailbox-queries';
import { MessageView, type MessageViewMode } from './message-view';

const message = (overrides: Partial<MailboxMessage> = {}): MailboxMessage => ({
  id: 'm1',
  subject: 'Your password was changed',
  from: 'noreply@mailroom.localhost',
  to: ['admin@mailroom.localhost'],
  cc: [],
  date: '2026-11-02T10:00:00.000Z',
  size: 1200,
  read: false,
  messageId: '<m1@mailroom>',
  html: '<p>Your password was changed. <a href="https://acme.example/help">Get help</a></p>',
  text: 'Your password was changed.',
  headers: [{ name: 'x-mailroom-template', value: 'PasswordChanged' }],
  raw: 'Subject: Your password was changed',
  ...overrides,
});

function show(m: MailboxMessage, view: MessageViewMode) {
  stubFetch(() => 'pending');
  const client = testQueryClient();
  client.setQueryData(mailboxQueries.detail(m.id).queryKey, m);
  // What else the console holds while a message is open: the list beside it, the badge, the session.
  for (const key of [
    queryKeys.mailbox.list(''),
    queryKeys.mailbox.unread(),
    queryKeys.mailbox.deliveries(),
    queryKeys.session.current(),
  ])
    client.setQueryData(key, {});
  return renderWithClient(<MessageView id={m.id} view={view} q="" onDeleted={() => {}} />, { client });
}

afterEach(cleanup);

describe('the Checks tab of a mailbox message', () => {
  it('lists each finding with why it matters and how to fix it, and counts them on the tab', () => {
    show(
      message({
        html: '<p>Hi ${user.profile.nickName}, <a href="http://acme.example/help">help</a> <img src="https://acme.example/logo.png"></p>',
        text: null,
      }),
      'checks',
    );
    const tab = screen.getByRole('link', { name: 'Checks, 4 problems' });
    expect(tab.getAttribute('aria-current')).toBe('page');
    expect(tab.textContent).toBe('Checks4');
    const items = within(screen.getByRole('list', { name: 'Mail check findings' })).getAllByRole('listitem');
    expect(items.map((item) => item.querySelector('p')?.textContent)).toEqual([
      '${user.profile.nickName} was not replaced.',
      'A link uses http: (http://acme.example/help).',
      'An image has no alt text.',
      'The email has no plain-text part.',
    ]);
    expect(items[0].textContent).toMatch(/^Error/);
    expect(within(items[1]).getByText('Why it matters').nextElementSibling?.textContent).toMatch(
      /http: can be read/,
    );
    expect(within(items[1]).getByText('How to fix it').nextElementSibling?.textContent).toBe(
      'Use https: for every link.',
    );
    expect(items[1].textContent).toContain('HTML, line 1, column 33<a href="http://acme.example/help">');
  });

  it('says "No problems found" for a clean message, and the tab says so too', () => {
    show(message(), 'checks');
    expect(screen.getByRole('link', { name: 'Checks, no problems' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'No problems found' })).toBeTruthy();
    expect(screen.queryByRole('list', { name: 'Mail check findings' })).toBeNull();
  });

  it("looks for the template's required values in a test email that names its template", () => {
    show(
      message({
        subject: 'Activate your account',
        headers: [{ name: 'X-Mailroom-Template', value: 'UserActivation' }],
      }),
      'checks',
    );
    expect(screen.getByText(/^The email does not contain one of \$\{activationLink\}/)).toBeTruthy();
  });

  it('shows the count on the tab while another view is open', () => {
    show(message({ html: '<a href="#">x</a>' }), 'html');
    expect(screen.getByRole('link', { name: 'Checks, 1 problem' }).getAttribute('aria-current')).toBeNull();
    expect(screen.getByTitle('Message: Your password was changed')).toBeTruthy();
  });
});

describe('opening a mailbox message', () => {
  it('refreshes the list and the unread badge (the server marked it read), not the message itself', () => {
    const m = message();
    const { client } = show(m, 'html');
    const stale = (key: readonly unknown[]) => client.getQueryState(key)?.isInvalidated;
    expect(stale(queryKeys.mailbox.detail(m.id))).toBe(false);
    for (const key of [
      queryKeys.mailbox.list(''),
      queryKeys.mailbox.unread(),
      queryKeys.mailbox.deliveries(),
    ])
      expect(stale(key), JSON.stringify(key)).toBe(true);
    expect(stale(queryKeys.session.current())).toBe(false);
  });
});
