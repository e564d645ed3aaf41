/**
 * Email addresses as Mailroom checks them, on both sides: the server's test sends and SMTP tests, and the console's
 * "Send to…" field as you type. Deliberately loose (one `@`, no spaces, none of the characters that would make the
 * string a display name or a list): the SMTP server is the judge of the rest.
 */
export const EMAIL_ADDRESS = /^[^\s@<>()[\],;:"]+@[^\s@<>()[\],;:"]+$/;

/** How many addresses one test send may name: enough to copy a colleague, too few to mail a list. */
export const MAX_TEST_RECIPIENTS = 3;

export function isEmailAddress(value: string): boolean {
  return value.length <= 320 && EMAIL_ADDRESS.test(value);
}

/**
 * The addresses of a "send to" field: separated by commas, semicolons or spaces, duplicates (in any case) dropped.
 * `problem` is one sentence when the text can't be used as it is; `addresses` is empty then.
 */
export function parseRecipients(text: string): { addresses: string[]; problem: string | undefined } {
  const parts = text
    .split(/[\s,;]+/)
    .map((part) => part.trim())
    .filter(Boolean);
  if (parts.length === 0) return { addresses: [], problem: 'Enter an email address.' };
  const bad = parts.find((part) => !isEmailAddress(part));
  if (bad !== undefined) return { addresses: [], problem: `"${bad.slice(0, 80)}" is not an email address.` };
  const addresses = parts.filter(
    (part, i) => parts.findIndex((other) => other.toLowerCase() === part.toLowerCase()) === i,
  );
  if (addresses.length > MAX_TEST_RECIPIENTS)
    return {
      addresses: [],
      problem: `At most ${MAX_TEST_RECIPIENTS} addresses per test (this has ${addresses.length}).`,
    };
  return { addresses, problem: undefined };
}
