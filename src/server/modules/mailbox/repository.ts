import type { Db } from '../../db/database';
import { newId } from '../../lib/ids';
import type { MailboxMessage, MailboxMessageSummary } from '../../../shared/mailroom/mailbox';

interface MessageRow {
  id: string;
  received: string;
  subject: string;
  sender: string;
  recipients: string;
  cc: string;
  date: string;
  html: string | null;
  text: string | null;
  headers: string;
  raw: string;
  size: number;
  read: number;
  message_id: string | null;
}

const SUMMARY_COLUMNS = 'id, received, subject, sender, recipients, date, size, read, message_id';

const toSummary = (
  row: Pick<MessageRow, 'id' | 'subject' | 'sender' | 'recipients' | 'date' | 'size' | 'read' | 'message_id'>,
): MailboxMessageSummary => ({
  id: row.id,
  subject: row.subject,
  from: row.sender,
  to: JSON.parse(row.recipients),
  date: row.date,
  size: row.size,
  read: row.read === 1,
  messageId: row.message_id,
});

export type NewMessage = Omit<MailboxMessage, 'id' | 'read' | 'size'>;

/**
 * Received text as stored: a NUL character (which PostgreSQL cannot hold in text, and which no mail client shows)
 * becomes U+FFFD, so any message a sender manages to deliver is kept in either store.
 */
function shown<T extends string | null | undefined>(text: T): T {
  return (text?.replaceAll('\u0000', '\uFFFD') ?? text) as T;
}

/** What the built-in SMTP catcher received, newest first. */
export function createMailboxRepository(db: Db) {
  return {
    async insert(message: NewMessage): Promise<string> {
      const id = newId.message();
      await db.run(
        `INSERT INTO messages (id, received, subject, sender, recipients, cc, date, html, text, headers, raw, size, message_id)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        id,
        new Date().toISOString(),
        shown(message.subject),
        shown(message.from),
        JSON.stringify(message.to),
        JSON.stringify(message.cc),
        shown(message.date),
        shown(message.html),
        shown(message.text),
        JSON.stringify(message.headers),
        shown(message.raw),
        Buffer.byteLength(message.raw),
        shown(message.messageId),
      );
      return id;
    },

    /**
     * A page of summaries; `q` searches subject, sender and recipients (without case); `messageId` finds one sent
     * message; `after` is the last id seen.
     */
    async list(options: { q?: string; limit: number; after?: string; messageId?: string }) {
      const like = `%${(options.q ?? '').replace(/[\\%_]/g, (c) => '\\' + c)}%`;
      const rows = await db.all<MessageRow>(
        `SELECT ${SUMMARY_COLUMNS} FROM messages
         WHERE (lower(subject) LIKE lower(?) ESCAPE '\\' OR lower(sender) LIKE lower(?) ESCAPE '\\'
             OR lower(recipients) LIKE lower(?) ESCAPE '\\')
           AND (? = '' OR message_id = ?)
           AND (? = '' OR rowid < (SELECT rowid FROM messages WHERE id = ?))
         ORDER BY rowid DESC LIMIT ?`,
        like,
        like,
        like,
        options.messageId ?? '',
        options.messageId ?? '',
        options.after ?? '',
        options.after ?? '',
        options.limit + 1,
      );
      const page = rows.slice(0, options.limit).map(toSummary);
      return { page, next: rows.length > options.limit ? page[page.length - 1].id : undefined };
    },

    async unreadCount(): Promise<number> {
      return (await db.get<{ n: number }>('SELECT count(*) AS n FROM messages WHERE read = 0'))!.n;
    },

    /** Reading a message marks it read, as a mail client does. */
    async get(id: string): Promise<MailboxMessage | undefined> {
      const row = await db.get<MessageRow>('SELECT * FROM messages WHERE id = ?', id);
      if (!row) return undefined;
      if (row.read === 0) await db.run('UPDATE messages SET read = 1 WHERE id = ?', id);
      return {
        ...toSummary({ ...row, read: 1 }),
        cc: JSON.parse(row.cc),
        html: row.html,
        text: row.text,
        headers: JSON.parse(row.headers),
        raw: row.raw,
      };
    },

    async delete(id: string): Promise<boolean> {
      return (await db.run('DELETE FROM messages WHERE id = ?', id)) > 0;
    },

    async deleteAll(): Promise<number> {
      return db.run('DELETE FROM messages');
    },
  };
}
export type MailboxRepository = ReturnType<typeof createMailboxRepository>;
