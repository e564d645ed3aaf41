/**
 * Mailroom's own default content for every template in every supported language: the subject and an HTML body
 * built from the shared layout (`layout.ts`) and the per-language phrase tables (`phrases/<tag>.ts`).
 * The text is ours (not Okta's); bodies reference every required variable of their template (§5.2).
 */
import { findTemplate } from './catalog';
import { findSupportedLanguage } from './languages';
import { renderLayout, type LayoutInput } from './layout';
import type { BodyKey, LabelKey, LanguagePhrases, SubjectKey } from './phrases/types';
import { cs } from './phrases/cs';
import { da } from './phrases/da';
import { de } from './phrases/de';
import { el } from './phrases/el';
import { en } from './phrases/en';
import { es } from './phrases/es';
import { fi } from './phrases/fi';
import { fr } from './phrases/fr';
import { ht } from './phrases/ht';
import { hu } from './phrases/hu';
import { id } from './phrases/id';
import { it } from './phrases/it';
import { ja } from './phrases/ja';
import { ko } from './phrases/ko';
import { ms } from './phrases/ms';
import { nb } from './phrases/nb';
import { nlNL } from './phrases/nl-NL';
import { pl } from './phrases/pl';
import { ptBR } from './phrases/pt-BR';
import { ro } from './phrases/ro';
import { ru } from './phrases/ru';
import { sv } from './phrases/sv';
import { th } from './phrases/th';
import { tr } from './phrases/tr';
import { uk } from './phrases/uk';
import { vi } from './phrases/vi';
import { zhCN } from './phrases/zh-CN';
import { zhTW } from './phrases/zh-TW';

/** Phrase tables by supported language tag. */
export const PHRASES: Readonly<Record<string, LanguagePhrases>> = {
  'zh-CN': zhCN,
  'zh-TW': zhTW,
  cs,
  da,
  de,
  el,
  en,
  es,
  fi,
  fr,
  ht,
  hu,
  id,
  it,
  ja,
  ko,
  ms,
  nb,
  'nl-NL': nlNL,
  pl,
  'pt-BR': ptBR,
  ro,
  ru,
  sv,
  th,
  tr,
  uk,
  vi,
};

/** What each `{placeholder}` in a phrase becomes: a Velocity reference. */
export const PLACEHOLDERS: Readonly<Record<string, string>> = {
  firstName: '$!{StringTool.escapeHtml($!{user.profile.firstName})}',
  org: '${org.name}',
  login: '${user.profile.login}',
  email: '${user.profile.email}',
  activationExpiry: '${f.formatTimeDiffHoursNowInUserLocale(${org.activationTokenExpirationHours})}',
  resetExpiry: '${f.formatTimeDiffDateNowInUserLocale(${resetPasswordTokenExpirationDate})}',
  unlockExpiry: '${f.formatTimeDiffDateNowInUserLocale(${unlockAccountTokenExpirationDate})}',
  instance: '${instanceDisplayName}',
  campaign: '${campaign.campaignName}',
  due: '${campaign.relativeDue}',
  endDate: '${campaign.formattedEndDate}',
  assignedBy: '${campaign.assignedBy}',
  review: '${securityAccessReview.securityAccessReviewName}',
  principal: '${securityAccessReview.principalName}',
};

/** Language-independent shape of one template's default email. */
interface ContentSpec {
  subject: SubjectKey;
  body: BodyKey;
  /** Variable the call-to-action button links to. */
  button?: string;
  /** Variable shown in the code box; `conditional` wraps the box in `#if(${variable})…#end`. */
  code?: { variable: string; conditional: boolean };
  /** Label/variable rows of the details table. */
  details?: readonly (readonly [LabelKey, string])[];
  /** Show the Okta Verify store links. */
  appLinks?: boolean;
  note: 'ignore' | 'admin' | 'none';
}

const OTP = { variable: 'oneTimePassword', conditional: true } as const;
const VERIFICATION_CODE = { variable: 'verificationToken', conditional: true } as const;
const DIRECTORY_USER: readonly (readonly [LabelKey, string])[] = [['directoryUsername', 'samAccountName']];

const activation = (details?: ContentSpec['details']): ContentSpec => ({
  subject: 'welcome',
  body: 'activation',
  button: 'activationLink',
  details,
  note: 'ignore',
});
const unlock = (details?: ContentSpec['details']): ContentSpec => ({
  subject: 'unlockAccount',
  body: 'unlock',
  button: 'unlockAccountLink',
  code: OTP,
  details,
  note: 'ignore',
});
const campaign = (subject: SubjectKey, body: BodyKey): ContentSpec => ({
  subject,
  body,
  button: 'baseURL',
  note: 'none',
});
const review = (subject: SubjectKey, body: BodyKey): ContentSpec => ({
  subject,
  body,
  button: 'securityAccessReviewDashboardLink',
  note: 'none',
});

const SPECS: Readonly<Record<string, ContentSpec>> = {
  UserActivation: activation(),
  UserBootstrappedActivation: activation(),
  ForgotPassword: {
    subject: 'passwordReset',
    body: 'forgotPassword',
    button: 'resetPasswordLink',
    code: OTP,
    note: 'ignore',
  },
  ForgotPasswordDenied: { subject: 'passwordReset', body: 'forgotPasswordDenied', note: 'ignore' },
  PasswordResetByAdmin: {
    subject: 'passwordReset',
    body: 'resetByAdmin',
    button: 'resetPasswordLink',
    note: 'none',
  },
  PasswordResetBySupportUser: {
    subject: 'passwordReset',
    body: 'resetBySupport',
    button: 'resetPasswordLink',
    note: 'admin',
  },
  ADUserActivation: activation(DIRECTORY_USER),
  ADForgotPasswordDenied: { subject: 'forgottenPassword', body: 'forgotPasswordDenied', note: 'ignore' },
  ADForgotPassword: {
    subject: 'forgottenPassword',
    body: 'forgotPassword',
    button: 'recoveryLink',
    code: OTP,
    details: DIRECTORY_USER,
    note: 'ignore',
  },
  LDAPUserActivation: activation(),
  LDAPForgotPassword: {
    subject: 'passwordReset',
    body: 'forgotPassword',
    button: 'resetPasswordLink',
    code: OTP,
    note: 'ignore',
  },
  LDAPForgotPasswordDenied: { subject: 'passwordReset', body: 'forgotPasswordDenied', note: 'ignore' },
  SelfServiceUnlock: unlock(),
  ADSelfServiceUnlock: unlock(DIRECTORY_USER),
  LDAPSelfServiceUnlock: unlock(),
  OktaVerifyActivation: {
    subject: 'pushVerify',
    body: 'pushVerify',
    button: 'pushVerifyActivationLink',
    appLinks: true,
    note: 'ignore',
  },
  AccountLockout: { subject: 'accountLockout', body: 'accountLockout', button: 'baseURL', note: 'admin' },
  EmailChallenge: {
    subject: 'emailChallenge',
    body: 'emailChallenge',
    button: 'emailAuthenticationLink',
    code: VERIFICATION_CODE,
    note: 'ignore',
  },
  EmailFactorVerification: {
    subject: 'confirmEmail',
    body: 'emailVerification',
    button: 'verificationLink',
    code: VERIFICATION_CODE,
    note: 'ignore',
  },
  NewSignOnNotification: {
    subject: 'newSignOn',
    body: 'newSignOn',
    details: [
      ['browser', 'request.browser'],
      ['date', 'request.date'],
      ['time', 'request.time'],
      ['location', 'request.location'],
      ['ipAddress', 'request.ipAddress'],
    ],
    note: 'admin',
  },
  RegistrationActivation: {
    subject: 'activateAccount',
    body: 'registrationActivation',
    button: 'registrationActivationLink',
    note: 'ignore',
  },
  ChangeEmailConfirmation: {
    subject: 'confirmEmailChange',
    body: 'changeEmailCode',
    code: { variable: 'verificationToken', conditional: false },
    note: 'ignore',
  },
  PendingEmailChange: { subject: 'pendingEmailChange', body: 'pendingEmailChange', note: 'admin' },
  EmailChangeConfirmation: { subject: 'emailChanged', body: 'emailChanged', note: 'admin' },
  RegistrationEmailVerification: {
    subject: 'welcomeInstance',
    body: 'registrationVerification',
    button: 'verificationLink',
    code: VERIFICATION_CODE,
    note: 'ignore',
  },
  SelfServiceUnlockOnUnlockedAccount: {
    subject: 'unlockAccount',
    body: 'unlockNotLocked',
    button: 'baseURL',
    note: 'ignore',
  },
  AuthenticatorEnrolled: {
    subject: 'authenticatorEnrolled',
    body: 'authenticatorEnrolled',
    details: [
      ['securityMethod', 'request.authenticator'],
      ['date', 'request.date'],
      ['time', 'request.time'],
      ['location', 'request.location'],
    ],
    note: 'admin',
  },
  AuthenticatorReset: {
    subject: 'authenticatorReset',
    body: 'authenticatorReset',
    details: [
      ['securityMethods', 'request.authenticators'],
      ['date', 'request.date'],
      ['time', 'request.time'],
      ['location', 'request.location'],
    ],
    note: 'admin',
  },
  PasswordChanged: { subject: 'passwordChanged', body: 'passwordChanged', note: 'admin' },
  IGAReviewerOverdueNotification: campaign('igaOverdue', 'igaOverdue'),
  MyAccountChangeConfirmation: {
    subject: 'confirmEmailChange',
    body: 'changeEmailCode',
    code: { variable: 'verificationToken', conditional: false },
    note: 'ignore',
  },
  IGAReviewerNotification: campaign('igaAssigned', 'igaAssigned'),
  IGAReviewerEndNotification: campaign('igaEnded', 'igaEnded'),
  IGAReviewerPendingNotification: campaign('igaPending', 'igaPending'),
  IGAReviewerReassigned: campaign('igaAssigned', 'igaReassigned'),
  IGAReviewerEndDateChangeNotification: campaign('igaEndDateChanged', 'igaEndDateChanged'),
  securityAccessReviewReviewerNotification: review('sarAssigned', 'sarAssigned'),
  securityAccessReviewClosingOneDayNotification: review('sarClosing', 'sarClosing'),
  securityAccessReviewEndNotification: review('sarClosed', 'sarClosed'),
};

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function fillPlaceholders(text: string): string {
  return text.replace(/\{([A-Za-z]+)\}/g, (match, key: string) => {
    const replacement = PLACEHOLDERS[key];
    if (replacement === undefined) throw new Error(`Unknown placeholder ${match} in phrase "${text}"`);
    return replacement;
  });
}

/** A phrase as HTML: escaped, then placeholders replaced by Velocity references. */
function html(text: string): string {
  return fillPlaceholders(escapeHtml(text));
}

function ref(variable: string): string {
  return `\${${variable}}`;
}

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`Missing phrase: ${what}`);
  return value;
}

function build(templateName: string, tag: string, spec: ContentSpec): { subject: string; body: string } {
  const phrases = PHRASES[tag];
  const { common } = phrases;
  const words = phrases.bodies[spec.body];
  const subject = fillPlaceholders(phrases.subjects[spec.subject]);
  const where = `${tag} ${templateName}`;

  const input: LayoutInput = {
    lang: tag,
    title: html(phrases.subjects[spec.subject]),
    heading: html(words.heading),
    greeting: html(common.greeting),
    paragraphs: words.paragraphs.map(html),
    details: spec.details?.map(([label, variable]) => [html(common.labels[label]), ref(variable)] as const),
    button: spec.button
      ? {
          href: ref(spec.button),
          label: html(required(words.button, `${where} button`)),
          fallbackText: html(common.linkFallback),
        }
      : undefined,
    code: spec.code
      ? {
          label: html(required(words.code, `${where} code`)),
          value: ref(spec.code.variable),
          condition: spec.code.conditional ? ref(spec.code.variable) : undefined,
        }
      : undefined,
    links: spec.appLinks
      ? [
          { href: ref('iosOktaVerifyAppLink'), label: html(common.iosApp) },
          { href: ref('androidOktaVerifyAppLink'), label: html(common.androidApp) },
        ]
      : undefined,
    notes:
      spec.note === 'ignore'
        ? [html(common.ignoreNote)]
        : spec.note === 'admin'
          ? [html(common.adminNote)]
          : [],
    footer: html(common.footer),
  };
  return { subject, body: renderLayout(input) };
}

const cache = new Map<string, { subject: string; body: string }>();

/**
 * Mailroom's default subject and HTML body of a template in a language (unrendered Velocity).
 * `language` is matched case-insensitively against the 28 supported tags, else by its primary subtag; any other
 * value falls back to `en`.
 * Undefined for an unknown template name.
 */
export function defaultContent(
  templateName: string,
  language: string,
): { subject: string; body: string } | undefined {
  const spec = findTemplate(templateName) ? SPECS[templateName] : undefined;
  if (!spec) return undefined;
  // A custom locale reads as its language when Okta has that one (`fr-CA` → `fr`).
  const tag = findSupportedLanguage(language) ?? findSupportedLanguage(language.split('-')[0]) ?? 'en';
  const key = `${templateName}\u0000${tag}`;
  let content = cache.get(key);
  if (!content) {
    content = build(templateName, tag, spec);
    cache.set(key, content);
  }
  return { ...content };
}
