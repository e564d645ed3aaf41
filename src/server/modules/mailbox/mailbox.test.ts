import nodemailer from 'nodemailer';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, expectOktaError, type TestApp } from '../../../../test/support/build-test-app';

async function sendToCatcher(port: number, subject: string, to = 'ada@acme.example') {
  const transport = nodemailer.createTransport({ host: '127.0.0.1', port, secure: false });
  await transport.sendMail({
    from: '"Acme" <noreply@acme.example>',
    to,
    subject,
    text: `Plain text of ${subject}`,
    html: `<p>HTML of <b>${subject}</b></p>`,
  });
  transport.close();
}

describe('Built-in SMTP catcher and mailbox API', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await buildTestApp();
  });
  afterEach(async () => {
    await t.close();
  });
  const port = () => t.app.mailroom.catcher.port();

  it('stores what it receives; the list is newest first with id, subject, from, to, date', async () => {
    await sendToCatcher(port(), 'First');
    await sendToCatcher(port(), 'Second', 'grace@acme.example');
    const res = await t.call({ method: 'GET', url: '/api/mailroom/v1/messages' });
    expect(res.statusCode).toBe(200);
    const list = res.json();
    expect(list.map((m: { subject: string }) => m.subject)).toEqual(['Second', 'First']);
    expect(list[0]).toMatchObject({ from: 'noreply@acme.example', to: ['grace@acme.example'], read: false });
    expect(new Date(list[0].date).getTime()).not.toBeNaN();
    expect(res.headers['x-unread-count']).toBe('2');
  });

  it('returns one message with HTML, text, headers and raw source, and marks it read', async () => {
    await sendToCatcher(port(), 'Hello');
    const [summary] = (await t.call({ method: 'GET', url: '/api/mailroom/v1/messages' })).json();
    const res = await t.call({ method: 'GET', url: `/api/mailroom/v1/messages/${summary.id}` });
    expect(res.statusCode).toBe(200);
    const message = res.json();
    expect(message.html).toContain('<b>Hello</b>');
    expect(message.text).toContain('Plain text of Hello');
    expect(message.headers).toEqual(expect.arrayContaining([{ name: 'subject', value: 'Hello' }]));
    expect(message.raw).toContain('Subject: Hello');
    expect(message.read).toBe(true);
    const again = await t.call({ method: 'GET', url: '/api/mailroom/v1/messages' });
    expect(again.headers['x-unread-count']).toBe('0');
  });

  it('searches by subject or address and pages with after', async () => {
    for (const s of ['Alpha', 'Beta', 'Gamma', 'Delta']) await sendToCatcher(port(), s);
    const search = await t.call({ method: 'GET', url: '/api/mailroom/v1/messages?q=amm' });
    expect(search.json().map((m: { subject: string }) => m.subject)).toEqual(['Gamma']);
    const first = await t.call({ method: 'GET', url: '/api/mailroom/v1/messages?limit=3' });
    expect(first.json()).toHaveLength(3);
    const next = /<([^>]+)>; rel="next"/.exec(String(first.headers.link))![1];
    const second = await t.call({ method: 'GET', url: new URL(next).pathname + new URL(next).search });
    expect(second.json().map((m: { subject: string }) => m.subject)).toEqual(['Alpha']);
  });

  it('deletes one and all messages', async () => {
    await sendToCatcher(port(), 'One');
    await sendToCatcher(port(), 'Two');
    const [latest] = (await t.call({ method: 'GET', url: '/api/mailroom/v1/messages' })).json();
    expect(
      (await t.call({ method: 'DELETE', url: `/api/mailroom/v1/messages/${latest.id}` })).statusCode,
    ).toBe(204);
    expectOktaError(
      await t.call({ method: 'GET', url: `/api/mailroom/v1/messages/${latest.id}` }),
      404,
      'E0000007',
    );
    expect((await t.call({ method: 'DELETE', url: '/api/mailroom/v1/messages' })).statusCode).toBe(204);
    expect((await t.call({ method: 'GET', url: '/api/mailroom/v1/messages' })).json()).toEqual([]);
  });

  it('needs a token with the mailbox scopes', async () => {
    expectOktaError(
      await t.call({ method: 'GET', url: '/api/mailroom/v1/messages', token: null }),
      401,
      'E0000011',
    );
    const reader = await t.tokenWith('mailroom.mailbox.read');
    expect(
      (await t.call({ method: 'GET', url: '/api/mailroom/v1/messages', token: reader })).statusCode,
    ).toBe(200);
    expectOktaError(
      await t.call({ method: 'DELETE', url: '/api/mailroom/v1/messages', token: reader }),
      403,
      'E0000006',
    );
  });

  it('keeps messages across a restart', async () => {
    await sendToCatcher(port(), 'Persistent');
    const dataDir = t.dataDir;
    await t.app.close();
    const again = await buildTestApp({}, dataDir);
    try {
      const list = (await again.call({ method: 'GET', url: '/api/mailroom/v1/messages' })).json();
      expect(list.map((m: { subject: string }) => m.subject)).toEqual(['Persistent']);
    } finally {
      await again.app.close();
    }
    t = await buildTestApp(); // afterEach closes a live app
  });

  it('matches a delivery to the message the catcher received by its Message-ID', async () => {
    await sendToCatcher(port(), 'Unrelated');
    const delivery = await t.app.mailroom.mailer.send({
      from: 'noreply@mailroom.localhost',
      to: ['ada@acme.example'],
      subject: 'Tracked',
      text: 'hi',
    });
    expect(delivery.messageId).toMatch(/^<.+@.+>$/);
    const found = await t.call({
      method: 'GET',
      url: `/api/mailroom/v1/messages?messageId=${encodeURIComponent(delivery.messageId!)}`,
    });
    expect(found.json().map((m: { subject: string }) => m.subject)).toEqual(['Tracked']);
    expect(found.json()[0].messageId).toBe(delivery.messageId);
  });

  it('records deliveries and routes mail to the catcher when no custom server is enabled', async () => {
    const delivery = await t.app.mailroom.mailer.send({
      from: 'noreply@mailroom.localhost',
      to: ['ada@acme.example'],
      subject: 'Routed',
      text: 'hi',
    });
    expect(delivery).toMatchObject({
      outcome: 'SUCCESS',
      route: 'built-in mailbox',
      to: ['ada@acme.example'],
    });
    const res = await t.call({ method: 'GET', url: '/api/mailroom/v1/deliveries' });
    expect(res.json()).toMatchObject({ route: 'built-in mailbox', deliveries: [{ subject: 'Routed' }] });
    const list = (await t.call({ method: 'GET', url: '/api/mailroom/v1/messages' })).json();
    expect(list[0].subject).toBe('Routed');
  });
});
