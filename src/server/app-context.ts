import type { Config } from './config';
import type { Db } from './db/database';
import type { ResponseCache } from './lib/response-cache';
import type { SecretBox } from './lib/secret-box';
import type { SessionStore } from './plugins/auth';
import type { RateLimits } from './plugins/rate-limit';
import type { BrandRepository } from './modules/brands/repository';
import type { EmailServerRepository } from './modules/email-servers/repository';
import type { EmailTemplateRepository } from './modules/email-templates/repository';
import type { AuthorOf } from './modules/customization-history/author';
import type { HistoryRepository } from './modules/customization-history/repository';
import type { Mailer } from './modules/mail/mailer';
import type { MailboxRepository } from './modules/mailbox/repository';
import type { SmtpCatcher } from './modules/mailbox/smtp-catcher';
import type { OrgConnection } from './modules/okta-proxy/org-check';
import type { TokenRepository } from './modules/tokens/repository';
import type { OrgRepository, UserRepository } from './modules/users/repository';

/** Everything a route module may use, built once by `buildApp` and passed to each module as its options. */
export interface AppContext {
  config: Config;
  db: Db;
  box: SecretBox;
  tokens: TokenRepository;
  sessions: SessionStore;
  limits: RateLimits;
  users: UserRepository;
  org: OrgRepository;
  brands: BrandRepository;
  emailServers: EmailServerRepository;
  templates: EmailTemplateRepository;
  /** Every saved version of every customization, and deletions. */
  history: HistoryRepository;
  /** Who a request's saves are recorded as (a token's or a console user's name). */
  authorOf: AuthorOf;
  /** Serialised template answers per brand, valid while the brand's version stands. */
  responses: ResponseCache;
  mailbox: MailboxRepository;
  mailer: Mailer;
  catcher: SmtpCatcher;
  /** Real Okta mode only: the org's reachability and the token's scopes. */
  orgConnection: OrgConnection | undefined;
}
