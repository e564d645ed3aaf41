import type { CustomizationVersionSummary } from '../../../shared/mailroom/customization-history';

/** The newest save that changed a customization's text (subject or body), and what it changed. */
export interface TextChange {
  at: string;
  /**
   * `created`: the first version (nothing before it); `text`: the oldest version kept (the ones before it were
   * pruned) or a change made outside the history, whose parts are unknown.
   */
  changed: 'subject' | 'body' | 'subject and body' | 'created' | 'text';
  /**
   * `history`: a saved version; `outside-history`: the customization no longer matches its newest version (saved in
   * the Okta org directly, real Okta mode), so it changed at its `lastUpdated`.
   */
  origin: 'history' | 'outside-history';
  version?: number;
  author?: string | null;
}

type Text = { subject: string; body: string };

function difference(older: Text, newer: Text): TextChange['changed'] | undefined {
  const subject = older.subject !== newer.subject;
  const body = older.body !== newer.body;
  return subject && body ? 'subject and body' : subject ? 'subject' : body ? 'body' : undefined;
}

/**
 * When the customization's text last changed, from its versions (newest first, without bodies; `bodyOf` fetches
 * one). A save that changed neither subject nor body (only the default flag, or nothing) is skipped. Bodies are
 * fetched newest first, only as far back as needed. `undefined`: the customization has no versions.
 */
export async function lastTextChange(
  current: Text & { lastUpdated: string },
  versions: readonly CustomizationVersionSummary[],
  bodyOf: (version: number) => Promise<string>,
): Promise<TextChange | undefined> {
  if (versions.length === 0) return undefined;
  const texts = versions.map((v) => async (): Promise<Text> => ({
    subject: v.subject,
    body: await bodyOf(v.version),
  }));
  // The two newest together: a text change in the newest save (the usual case) needs both and nothing more.
  let [newer, older] = await Promise.all([texts[0](), texts[1]?.()]);
  const outside = difference(newer, current);
  if (outside) return { at: current.lastUpdated, changed: 'text', origin: 'outside-history' };
  for (let i = 0; ; i++) {
    const { version, created: at, author } = versions[i];
    if (!older)
      return { at, changed: version === 1 ? 'created' : 'text', origin: 'history', version, author };
    const changed = difference(older, newer);
    if (changed) return { at, changed, origin: 'history', version, author };
    newer = older;
    older = await texts[i + 2]?.();
  }
}
