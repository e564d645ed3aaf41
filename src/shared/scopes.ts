/** OAuth scopes Mailroom enforces, by Okta's names. The bootstrap admin's token holds all of them. */
export const SCOPES = [
  'okta.emailServers.read',
  'okta.emailServers.manage',
  'okta.brands.read',
  'okta.brands.manage',
  'okta.templates.read',
  'okta.templates.manage',
  'okta.users.read.self',
  'okta.users.manage.self',
  'okta.orgs.read',
  'mailroom.mailbox.read',
  'mailroom.mailbox.manage',
  /** Mailroom's test sends to any address (`POST …/test-sends`): more than read access, since it mails others. */
  'mailroom.testsends.manage',
] as const;
export type Scope = (typeof SCOPES)[number];

export function isScope(value: string): value is Scope {
  return (SCOPES as readonly string[]).includes(value);
}
