/**
 * Shapes of the per-language phrase tables behind Mailroom's default email content.
 *
 * Phrases are plain text (the builder HTML-escapes them) with `{placeholder}` slots that the builder replaces
 * by Velocity references — see `PLACEHOLDERS` in `../default-content.ts`: `{firstName}`, `{org}`, `{login}`,
 * `{email}`, `{activationExpiry}`, `{resetExpiry}`, `{unlockExpiry}`, `{instance}`, `{campaign}`, `{due}`,
 * `{endDate}`, `{assignedBy}`, `{review}`, `{principal}`. Never write `$` or `#` in a phrase.
 */

/** Subjects; several templates share one (e.g. the four activation templates). */
export type SubjectKey =
  | 'welcome'
  | 'passwordReset'
  | 'forgottenPassword'
  | 'unlockAccount'
  | 'pushVerify'
  | 'accountLockout'
  | 'emailChallenge'
  | 'confirmEmail'
  | 'newSignOn'
  | 'activateAccount'
  | 'confirmEmailChange'
  | 'pendingEmailChange'
  | 'emailChanged'
  | 'welcomeInstance'
  | 'authenticatorEnrolled'
  | 'authenticatorReset'
  | 'passwordChanged'
  | 'igaAssigned'
  | 'igaEnded'
  | 'igaPending'
  | 'igaOverdue'
  | 'igaEndDateChanged'
  | 'sarAssigned'
  | 'sarClosing'
  | 'sarClosed';

/** Message bodies; the AD/LDAP variants share the wording of the base template. */
export type BodyKey =
  | 'activation'
  | 'forgotPassword'
  | 'forgotPasswordDenied'
  | 'resetByAdmin'
  | 'resetBySupport'
  | 'unlock'
  | 'unlockNotLocked'
  | 'pushVerify'
  | 'accountLockout'
  | 'emailChallenge'
  | 'emailVerification'
  | 'newSignOn'
  | 'registrationActivation'
  | 'registrationVerification'
  | 'changeEmailCode'
  | 'pendingEmailChange'
  | 'emailChanged'
  | 'authenticatorEnrolled'
  | 'authenticatorReset'
  | 'passwordChanged'
  | 'igaAssigned'
  | 'igaEnded'
  | 'igaPending'
  | 'igaOverdue'
  | 'igaReassigned'
  | 'igaEndDateChanged'
  | 'sarAssigned'
  | 'sarClosing'
  | 'sarClosed';

export type LabelKey =
  | 'directoryUsername'
  | 'browser'
  | 'date'
  | 'time'
  | 'location'
  | 'ipAddress'
  | 'securityMethod'
  | 'securityMethods';

export interface BodyPhrases {
  heading: string;
  paragraphs: readonly string[];
  /** Label of the call-to-action button (required when the template has one). */
  button?: string;
  /** Sentence introducing the code box (required when the template shows a code). */
  code?: string;
}

export interface CommonPhrases {
  /** Greeting line, with `{firstName}`. */
  greeting: string;
  /** Introduces the plain copy of the button's link. */
  linkFallback: string;
  /** "If you didn't request this, ignore this email." */
  ignoreNote: string;
  /** "If you didn't expect this, contact your administrator." */
  adminNote: string;
  /** Footer sentence, with `{org}`. */
  footer: string;
  /** Labels of the Okta Verify store links. */
  iosApp: string;
  androidApp: string;
  labels: Readonly<Record<LabelKey, string>>;
}

export interface LanguagePhrases {
  common: CommonPhrases;
  subjects: Readonly<Record<SubjectKey, string>>;
  bodies: Readonly<Record<BodyKey, BodyPhrases>>;
}
