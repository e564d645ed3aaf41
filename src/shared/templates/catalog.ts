/**
 * The catalogue of Okta email templates Mailroom serves (docs/okta/API-REFERENCE.md §5): names, order, default subjects,
 * template-specific variables, required variable references (§5.2, OIE column) and the recipients
 * values each template accepts (§4.5). Descriptions are our own words.
 */

export type RecipientsValue = 'ALL_USERS' | 'ADMINS_ONLY' | 'NO_USERS';

export const RECIPIENTS_VALUES: readonly RecipientsValue[] = ['ALL_USERS', 'ADMINS_ONLY', 'NO_USERS'];

export interface TemplateVariable {
  /** Dotted path without `$` or braces, e.g. `user.profile.firstName`, `activationLink`, `request.browser`. */
  name: string;
  type: 'string' | 'url' | 'number' | 'date' | 'list';
  description: string;
  example: string | number | string[];
}

export interface EmailTemplateDefinition {
  name: string;
  displayName: string;
  description: string;
  /** English default subject as Okta documents it; may contain `${...}` Velocity references. */
  defaultSubject: string;
  /** Names of the template-specific variables (keys of {@link TEMPLATE_VARIABLES}). */
  variables: readonly string[];
  /** Each inner array is a "one of" group; every group must be referenced by a customization body. */
  requiredVariables: readonly (readonly string[])[];
  allowedRecipients: readonly RecipientsValue[];
}

// ---------------------------------------------------------------------------------------------------------
// Sample values

const ORG_URL = 'https://acme.okta.example';

// ---------------------------------------------------------------------------------------------------------
// Variables available in every template (§5.3)

export const COMMON_VARIABLES: readonly TemplateVariable[] = [
  {
    name: 'user.profile.login',
    type: 'string',
    description: "The user's sign-in name.",
    example: 'ada@acme.example',
  },
  {
    name: 'user.profile.email',
    type: 'string',
    description: "The user's primary email address.",
    example: 'ada@acme.example',
  },
  {
    name: 'user.profile.secondEmail',
    type: 'string',
    description: "The user's secondary email address.",
    example: 'ada.lovelace@example.com',
  },
  { name: 'user.profile.firstName', type: 'string', description: "The user's first name.", example: 'Ada' },
  {
    name: 'user.profile.lastName',
    type: 'string',
    description: "The user's last name.",
    example: 'Lovelace',
  },
  { name: 'user.profile.locale', type: 'string', description: "The user's locale.", example: 'en' },
  {
    name: 'user.profile.mobilePhone',
    type: 'string',
    description: "The user's mobile phone number.",
    example: '+1 415 555 0134',
  },
  {
    name: 'user.profile.primaryPhone',
    type: 'string',
    description: "The user's primary phone number.",
    example: '+1 415 555 0100',
  },
  {
    name: 'user.profile.username',
    type: 'string',
    description: "The user's username.",
    example: 'ada@acme.example',
  },
  {
    name: 'user.profile.fullName',
    type: 'string',
    description: "The user's full name.",
    example: 'Ada Lovelace',
  },
  {
    name: 'user.profile.city',
    type: 'string',
    description: "The city of the user's address.",
    example: 'San Francisco',
  },
  {
    name: 'user.profile.state',
    type: 'string',
    description: "The state of the user's address.",
    example: 'CA',
  },
  {
    name: 'user.profile.streetAddress',
    type: 'string',
    description: "The street of the user's address.",
    example: '301 Brannan Street',
  },
  { name: 'user.profile.zipCode', type: 'string', description: "The user's postal code.", example: '94107' },
  {
    name: 'user.profile.countryCode',
    type: 'string',
    description: "The country of the user's address (ISO 3166-1 alpha-2).",
    example: 'US',
  },
  {
    name: 'user.groups.names',
    type: 'list',
    description: 'Names of the groups the user belongs to (a list; `.contains("Name")` works).',
    example: ['Everyone', 'Engineering'],
  },
  {
    name: 'user.groups.ids',
    type: 'list',
    description: 'Ids of the groups the user belongs to (a list).',
    example: ['00g1emaKYZTWRYYRRTSK', '00g2nfbLZaUXSZZSSUTL'],
  },
  {
    name: 'app.id',
    type: 'string',
    description: 'Id of the app the user was signing in to (Identity Engine only).',
    example: '0oa1gjh63g214q0Hq0g4',
  },
  {
    name: 'app.name',
    type: 'string',
    description: 'Internal name of the app the user was signing in to (Identity Engine only).',
    example: 'acme_portal',
  },
  {
    name: 'app.label',
    type: 'string',
    description: 'Display label of the app the user was signing in to (Identity Engine only).',
    example: 'Acme Portal',
  },
  { name: 'org.name', type: 'string', description: 'The name of the organization.', example: 'Acme' },
  { name: 'org.locale', type: 'string', description: "The organization's default locale.", example: 'en' },
  { name: 'org.subDomain', type: 'string', description: "The organization's subdomain.", example: 'acme' },
  {
    name: 'org.activationTokenExpirationHours',
    type: 'number',
    description: 'How many hours activation links stay valid.',
    example: 168,
  },
  { name: 'baseURL', type: 'url', description: "The organization's base URL.", example: ORG_URL },
  {
    name: 'oktaLogoUrl',
    type: 'url',
    description: 'URL of the Okta logo image.',
    example: `${ORG_URL}/img/logos/okta-logo.png`,
  },
  {
    name: 'brand.theme.logo',
    type: 'url',
    description: "URL of the brand theme's logo.",
    example: `${ORG_URL}/bc/image/fileStoreRecord?id=acme-logo`,
  },
  {
    name: 'brand.theme.primaryColor',
    type: 'string',
    description: "The brand theme's primary color (hex), used for call-to-action buttons.",
    example: '#1662dd',
  },
  {
    name: 'brand.theme.secondaryColor',
    type: 'string',
    description: "The brand theme's secondary color (hex), used for backgrounds.",
    example: '#ebebed',
  },
  {
    name: 'parentLogoUrl',
    type: 'url',
    description: "URL of the organization's logo.",
    example: `${ORG_URL}/img/logos/acme-logo.png`,
  },
];

// ---------------------------------------------------------------------------------------------------------
// Template-specific variables (§5.3 table, plus the ones only named in §5.2)

const TEMPLATE_VARIABLE_LIST: readonly TemplateVariable[] = [
  {
    name: 'activationLink',
    type: 'url',
    description: 'Link the user follows to activate the account.',
    example: `${ORG_URL}/welcome/drpFb0x3QkzXa7mN9cYt`,
  },
  {
    name: 'activationToken',
    type: 'string',
    description: 'Activation token, for building a custom activation link.',
    example: 'drpFb0x3QkzXa7mN9cYt',
  },
  {
    name: 'samAccountName',
    type: 'string',
    description: "The user's Active Directory account name (sAMAccountName).",
    example: 'alovelace',
  },
  {
    name: 'technicalContact.login',
    type: 'string',
    description: "The technical contact's sign-in name.",
    example: 'grace@acme.example',
  },
  {
    name: 'technicalContact.email',
    type: 'string',
    description: "The technical contact's primary email address.",
    example: 'grace@acme.example',
  },
  {
    name: 'technicalContact.secondEmail',
    type: 'string',
    description: "The technical contact's secondary email address.",
    example: 'grace.hopper@example.com',
  },
  {
    name: 'technicalContact.firstName',
    type: 'string',
    description: "The technical contact's first name.",
    example: 'Grace',
  },
  {
    name: 'technicalContact.lastName',
    type: 'string',
    description: "The technical contact's last name.",
    example: 'Hopper',
  },
  {
    name: 'technicalContact.locale',
    type: 'string',
    description: "The technical contact's locale.",
    example: 'en',
  },
  {
    name: 'technicalContact.fullName',
    type: 'string',
    description: "The technical contact's full name.",
    example: 'Grace Hopper',
  },
  {
    name: 'pushVerifyActivationLink',
    type: 'url',
    description: 'Link that activates Okta Verify push on the phone it is opened on.',
    example: `${ORG_URL}/idp/authenticators/setup/push?token=ftR2m8QzWcK4xL7pVbN1`,
  },
  {
    name: 'androidOktaVerifyAppLink',
    type: 'url',
    description: 'Link to Okta Verify in the Google Play store.',
    example: 'https://play.google.com/store/apps/details?id=com.okta.android.auth',
  },
  {
    name: 'iosOktaVerifyAppLink',
    type: 'url',
    description: 'Link to Okta Verify in the Apple App Store.',
    example: 'https://apps.apple.com/app/okta-verify/id490179405',
  },
  {
    name: 'registrationActivationLink',
    type: 'url',
    description: 'Link that activates an account created by self-registration.',
    example: `${ORG_URL}/signin/register-activate/ra7Hk2PwX9sLq4ZtYb3M`,
  },
  {
    name: 'registrationActivationToken',
    type: 'string',
    description: 'Activation token of an account created by self-registration.',
    example: 'ra7Hk2PwX9sLq4ZtYb3M',
  },
  {
    name: 'registrationEmailVerificationLink',
    type: 'url',
    description: 'Link that verifies the email address given at self-registration.',
    example: `${ORG_URL}/signin/verify-email/ev5Nq8RtY2wKp6XzLc4D`,
  },
  {
    name: 'registrationEmailVerificationToken',
    type: 'string',
    description: 'Token that verifies the email address given at self-registration.',
    example: 'ev5Nq8RtY2wKp6XzLc4D',
  },
  {
    name: 'instanceDisplayName',
    type: 'string',
    description: 'Display name of the instance (app or portal) the user registered with.',
    example: 'Acme Portal',
  },
  {
    name: 'unlockAccountLink',
    type: 'url',
    description: 'Link the user follows to unlock the account.',
    example: `${ORG_URL}/signin/unlock/ul3Wd7MzQ1xRt9KbNv5H`,
  },
  {
    name: 'unlockAccountTokenExpirationDate',
    type: 'date',
    description: 'When the unlock link stops working.',
    example: '2025-11-23T10:41:07.000Z',
  },
  {
    name: 'recoveryLink',
    type: 'url',
    description: 'Recovery link (password reset, factor reset or unlock).',
    example: `${ORG_URL}/signin/recovery/rc8Tz4NwB6yHq2LmXs7F`,
  },
  {
    name: 'recoveryToken',
    type: 'string',
    description: 'Recovery token, for building a custom recovery link.',
    example: 'rc8Tz4NwB6yHq2LmXs7F',
  },
  {
    name: 'factorDisplayName',
    type: 'string',
    description: 'Display name of the factor concerned.',
    example: 'Okta Verify',
  },
  {
    name: 'orgTechSupportEmail',
    type: 'string',
    description: "The organization's technical support email address.",
    example: 'it-support@acme.example',
  },
  {
    name: 'resetPasswordLink',
    type: 'url',
    description: 'Link the user follows to choose a new password.',
    example: `${ORG_URL}/signin/reset-password/rp2Xk9VmQ4tLw7NcZb1S`,
  },
  {
    name: 'oneTimePassword',
    type: 'string',
    description: 'One-time code the user can enter instead of following the link.',
    example: '482913',
  },
  {
    name: 'resetPasswordTokenExpirationDate',
    type: 'date',
    description: 'When the password reset link stops working.',
    example: '2025-11-23T10:41:07.000Z',
  },
  {
    name: 'request.date',
    type: 'string',
    description: 'Date of the request, in the user’s locale.',
    example: 'November 23, 2025',
  },
  {
    name: 'request.time',
    type: 'string',
    description: 'Time of the request, in the user’s locale.',
    example: '9:41 AM UTC',
  },
  {
    name: 'request.location',
    type: 'string',
    description: 'Approximate location the request came from.',
    example: 'Lisbon, Portugal',
  },
  {
    name: 'request.ipAddress',
    type: 'string',
    description: 'IP address the request came from.',
    example: '203.0.113.42',
  },
  {
    name: 'request.browser',
    type: 'string',
    description: 'Browser and operating system of the request.',
    example: 'Chrome 131 on macOS',
  },
  {
    name: 'request.performedBySubject',
    type: 'string',
    description: 'Who made the change.',
    example: 'Ada Lovelace',
  },
  {
    name: 'request.reportSuspiciousActivityToken',
    type: 'string',
    description: 'Token for the "Report suspicious activity" button.',
    example: 'sa4Lp7QxW2nZk9RtBv6M',
  },
  {
    name: 'request.relayState',
    type: 'url',
    description: 'Where to send the user after the flow completes.',
    example: `${ORG_URL}/app/UserHome`,
  },
  {
    name: 'request.verificationLink',
    type: 'url',
    description: 'Verification link of the current request.',
    example: `${ORG_URL}/email/verify/00u1ada2lovelace3xyz?token=vt6Bn3KwP8qRz1XyLm4C`,
  },
  {
    name: 'request.factor',
    type: 'string',
    description: 'The factor that was enrolled (Classic Engine).',
    example: 'Okta Verify',
  },
  {
    name: 'request.factors',
    type: 'string',
    description: 'The factors that were reset (Classic Engine).',
    example: 'Okta Verify, Phone',
  },
  {
    name: 'request.authenticator',
    type: 'string',
    description: 'The authenticator that was enrolled.',
    example: 'Okta Verify',
  },
  {
    name: 'request.authenticators',
    type: 'string',
    description: 'The authenticators that were reset.',
    example: 'Okta Verify, Phone',
  },
  {
    name: 'verificationLink',
    type: 'url',
    description: 'Link that verifies the email address.',
    example: `${ORG_URL}/email/verify/00u1ada2lovelace3xyz?token=vt6Bn3KwP8qRz1XyLm4C`,
  },
  {
    name: 'verificationToken',
    type: 'string',
    description: 'Verification code the user enters to prove access to the mailbox.',
    example: '739204',
  },
  {
    name: 'emailAuthenticationLink',
    type: 'url',
    description: 'Magic link that completes the email authentication (do not use with an embedded widget).',
    example: `${ORG_URL}/oauth2/v1/authorize/email-challenge?token=ec9Hx5TmR3vLq8WzKp2N`,
  },
  {
    name: 'email',
    type: 'string',
    description: 'The email address being verified.',
    example: 'ada@acme.example',
  },
  {
    name: 'campaign.campaignName',
    type: 'string',
    description: 'Name of the access certification campaign.',
    example: 'Q4 2025 Access Review',
  },
  {
    name: 'campaign.campaignID',
    type: 'string',
    description: 'Id of the campaign.',
    example: 'icieny9rz3Ku8kRJB1d7',
  },
  {
    name: 'campaign.approvedReviews',
    type: 'number',
    description: 'Number of approved reviews.',
    example: 12,
  },
  { name: 'campaign.revokedReviews', type: 'number', description: 'Number of revoked reviews.', example: 3 },
  { name: 'campaign.pendingReviews', type: 'number', description: 'Number of pending reviews.', example: 7 },
  {
    name: 'campaign.formattedEndDate',
    type: 'string',
    description: 'End date of the campaign, formatted for display.',
    example: 'December 15, 2025',
  },
  {
    name: 'campaign.successfulRemediations',
    type: 'number',
    description: 'Number of remediations that succeeded.',
    example: 3,
  },
  {
    name: 'campaign.manualRemediations',
    type: 'number',
    description: 'Number of remediations that need manual action.',
    example: 1,
  },
  {
    name: 'campaign.relativeDue',
    type: 'string',
    description: 'When the reviews are due, relative to now.',
    example: 'in 3 days',
  },
  {
    name: 'campaign.assignedBy',
    type: 'string',
    description: 'Who assigned or reassigned the reviews.',
    example: 'Grace Hopper',
  },
  {
    name: 'campaign.justification',
    type: 'string',
    description: 'Why the reviews were reassigned.',
    example: 'Ada owns the finance applications.',
  },
  {
    name: 'campaign.dueInDays',
    type: 'number',
    description: 'Days left until the reviews are due.',
    example: 3,
  },
  {
    name: 'campaign.endDate',
    type: 'date',
    description: 'End date of the campaign.',
    example: '2025-12-15T23:59:59.000Z',
  },
  {
    name: 'campaign.campaignDescription',
    type: 'string',
    description: 'Description of the campaign.',
    example: 'Quarterly review of access to the finance applications.',
  },
  {
    name: 'securityAccessReview.principalName',
    type: 'string',
    description: 'The user whose access is under review.',
    example: 'Charles Babbage',
  },
  {
    name: 'securityAccessReview.securityAccessReviewName',
    type: 'string',
    description: 'Name of the security access review.',
    example: 'Access review for Charles Babbage',
  },
  {
    name: 'securityAccessReviewDashboardLink',
    type: 'url',
    description: 'Link to the security access review dashboard.',
    example: `${ORG_URL}/governance/security-access-reviews/sar1b2c3d4e5f6g7h8i9`,
  },
];

/** Every template-specific variable, by name. */
export const TEMPLATE_VARIABLES: Readonly<Record<string, TemplateVariable>> = Object.freeze(
  Object.fromEntries(TEMPLATE_VARIABLE_LIST.map((variable) => [variable.name, variable])),
);

// ---------------------------------------------------------------------------------------------------------
// Variable groups reused by several templates

const TECHNICAL_CONTACT = [
  'technicalContact.login',
  'technicalContact.email',
  'technicalContact.secondEmail',
  'technicalContact.firstName',
  'technicalContact.lastName',
  'technicalContact.locale',
];
const ACTIVATION = ['activationLink', 'activationToken'];
const RESET = ['resetPasswordLink', 'oneTimePassword', 'resetPasswordTokenExpirationDate'];
const UNLOCK = ['unlockAccountLink', 'unlockAccountTokenExpirationDate', 'oneTimePassword', 'recoveryToken'];
const EMAIL_VERIFICATION = [
  'verificationLink',
  'verificationToken',
  'registrationEmailVerificationLink',
  'registrationEmailVerificationToken',
];
const CAMPAIGN = [
  'campaign.campaignName',
  'campaign.campaignID',
  'campaign.approvedReviews',
  'campaign.revokedReviews',
  'campaign.pendingReviews',
  'campaign.formattedEndDate',
  'campaign.successfulRemediations',
  'campaign.manualRemediations',
  'campaign.relativeDue',
  'campaign.assignedBy',
  'campaign.justification',
  'campaign.dueInDays',
  'campaign.endDate',
  'campaign.campaignDescription',
];
const SECURITY_ACCESS_REVIEW = [
  'securityAccessReview.principalName',
  'securityAccessReview.securityAccessReviewName',
  'securityAccessReviewDashboardLink',
];

const REQUIRED_ACTIVATION = [['activationLink', 'activationToken']];
const REQUIRED_UNLOCK = [['unlockAccountLink', 'recoveryToken']];
const REQUIRED_EMAIL_VERIFICATION = [EMAIL_VERIFICATION];

const ALL: readonly RecipientsValue[] = RECIPIENTS_VALUES;
const NOT_ADMINS_ONLY: readonly RecipientsValue[] = ['ALL_USERS', 'NO_USERS'];
const NEVER_DISABLED: readonly RecipientsValue[] = ['ALL_USERS', 'ADMINS_ONLY'];

// ---------------------------------------------------------------------------------------------------------
// Descriptions (our own words)

export const templateDescriptions: Readonly<Record<string, string>> = {
  UserActivation: 'Invites a new user to activate the account an administrator created for them.',
  UserBootstrappedActivation:
    'Invites a user whose account was created with an imported password to activate it.',
  ForgotPassword: 'Sends a link and a one-time code to a user who asked to reset a forgotten password.',
  ForgotPasswordDenied:
    'Tells a user who asked to reset a forgotten password that only an administrator can reset it.',
  PasswordResetByAdmin:
    'Tells a user that an administrator reset their password and links to choosing a new one.',
  PasswordResetBySupportUser:
    'Tells a user that a support representative reset their password and links to choosing a new one.',
  ADUserActivation: 'Invites a new Active Directory user to activate their account.',
  ADForgotPasswordDenied:
    "Tells an Active Directory user who asked for a password reset that they aren't allowed to reset it.",
  ADForgotPassword: 'Sends a recovery link to an Active Directory user who forgot their password.',
  LDAPUserActivation: 'Invites a new LDAP user to activate their account.',
  LDAPForgotPassword: 'Sends a reset link and a one-time code to an LDAP user who forgot their password.',
  LDAPForgotPasswordDenied:
    "Tells an LDAP user who asked for a password reset that they aren't allowed to reset it.",
  SelfServiceUnlock: 'Sends a link and a one-time code that unlock a locked account.',
  ADSelfServiceUnlock: 'Sends a link and a one-time code that unlock a locked Active Directory account.',
  LDAPSelfServiceUnlock: 'Sends a link and a one-time code that unlock a locked LDAP account.',
  OktaVerifyActivation:
    'Sends a link that sets up Okta Verify push verification on the phone it is opened on.',
  AccountLockout: 'Tells a user their account was locked after too many failed sign-in attempts.',
  EmailChallenge: 'Sends a sign-in link and a code when email is used to verify a user’s identity.',
  EmailFactorVerification: 'Asks a user to confirm an email address used as an authenticator.',
  NewSignOnNotification: 'Warns a user about a sign-in from a device or browser not seen before.',
  RegistrationActivation: 'Asks a user who signed up on their own to activate the new account.',
  ChangeEmailConfirmation: 'Sends a verification code that confirms a requested email address change.',
  PendingEmailChange: 'Tells the current address that a change of email address was requested.',
  EmailChangeConfirmation: 'Confirms that the email address of an account was changed.',
  RegistrationEmailVerification: 'Asks a user who signed up on their own to verify their email address.',
  SelfServiceUnlockOnUnlockedAccount: "Tells a user who asked to unlock their account that it isn't locked.",
  AuthenticatorEnrolled: 'Tells a user that a new security method was added to their account.',
  AuthenticatorReset: 'Tells a user that the security methods on their account were reset.',
  PasswordChanged: 'Tells a user that their password was changed.',
  IGAReviewerOverdueNotification:
    'Reminds a reviewer that reviews in an access certification campaign are overdue.',
  MyAccountChangeConfirmation:
    'Sends a code that confirms an email address change made through the MyAccount API.',
  IGAReviewerNotification: 'Tells a reviewer they were assigned reviews in a newly launched campaign.',
  IGAReviewerEndNotification: 'Tells a reviewer that a campaign with pending reviews has ended.',
  IGAReviewerPendingNotification: 'Reminds a reviewer of pending reviews before a campaign is due.',
  IGAReviewerReassigned: 'Tells a reviewer that reviews were reassigned to them.',
  IGAReviewerEndDateChangeNotification: 'Tells a reviewer that the end date of a campaign changed.',
  securityAccessReviewReviewerNotification:
    'Tells a reviewer that a security access review was assigned to them.',
  securityAccessReviewClosingOneDayNotification:
    'Reminds a reviewer that a security access review closes in a day.',
  securityAccessReviewEndNotification: 'Tells a reviewer that a security access review is closed.',
};

// ---------------------------------------------------------------------------------------------------------
// The catalogue

type Entry = Omit<EmailTemplateDefinition, 'description' | 'allowedRecipients'> & {
  allowedRecipients?: readonly RecipientsValue[];
};

const ENTRIES: readonly Entry[] = [
  // --- what a live Identity Engine org lists, in its order ---
  {
    name: 'UserActivation',
    displayName: 'User Activation',
    defaultSubject: 'Welcome to Okta!',
    variables: [...ACTIVATION, ...TECHNICAL_CONTACT],
    requiredVariables: REQUIRED_ACTIVATION,
  },
  {
    name: 'UserBootstrappedActivation',
    displayName: 'User Bootstrapped Activation',
    defaultSubject: 'Welcome to Okta!',
    variables: [...ACTIVATION, ...TECHNICAL_CONTACT],
    requiredVariables: REQUIRED_ACTIVATION,
  },
  {
    name: 'ForgotPassword',
    displayName: 'Forgot Password',
    defaultSubject: 'Account password reset',
    variables: [...RESET, 'request.relayState'],
    requiredVariables: [['resetPasswordLink', 'oneTimePassword']],
  },
  {
    name: 'ForgotPasswordDenied',
    displayName: 'Forgot Password Denied',
    defaultSubject: 'Account Password Reset',
    variables: ['resetPasswordLink', 'resetPasswordTokenExpirationDate'],
    requiredVariables: [],
  },
  {
    name: 'PasswordResetByAdmin',
    displayName: 'Password Reset by Admin',
    defaultSubject: 'Account Password Reset',
    variables: ['resetPasswordLink', ...TECHNICAL_CONTACT, 'technicalContact.fullName'],
    requiredVariables: [],
  },
  {
    name: 'PasswordResetBySupportUser',
    displayName: 'Password Reset by Support User',
    defaultSubject: 'Account Password Reset',
    variables: ['resetPasswordLink', ...TECHNICAL_CONTACT, 'technicalContact.fullName'],
    requiredVariables: [],
  },
  {
    name: 'ADUserActivation',
    displayName: 'Active Directory User Activation',
    defaultSubject: 'Welcome to Okta!',
    variables: [...ACTIVATION, 'samAccountName'],
    requiredVariables: [],
  },
  {
    name: 'ADForgotPasswordDenied',
    displayName: 'Active Directory Password Reset Denied',
    defaultSubject: 'Forgotten Password',
    variables: [],
    requiredVariables: [],
  },
  {
    name: 'ADForgotPassword',
    displayName: 'Active Directory Password Reset',
    defaultSubject: 'Forgotten password',
    variables: [
      'recoveryLink',
      'recoveryToken',
      'samAccountName',
      'factorDisplayName',
      'orgTechSupportEmail',
      ...RESET,
    ],
    requiredVariables: [['recoveryLink', 'recoveryToken']],
  },
  {
    name: 'LDAPUserActivation',
    displayName: 'LDAP User Activation',
    defaultSubject: 'Welcome to Okta!',
    variables: [...ACTIVATION],
    requiredVariables: [],
  },
  {
    name: 'LDAPForgotPassword',
    displayName: 'LDAP Forgot Password',
    defaultSubject: 'Account password reset',
    variables: [...RESET, 'recoveryToken'],
    requiredVariables: [['resetPasswordLink', 'recoveryToken']],
  },
  {
    name: 'LDAPForgotPasswordDenied',
    displayName: 'LDAP Forgot Password Denied',
    defaultSubject: 'Account password reset',
    variables: ['resetPasswordLink', 'resetPasswordTokenExpirationDate'],
    requiredVariables: [],
  },
  {
    name: 'SelfServiceUnlock',
    displayName: 'Self-Service Unlock Account',
    defaultSubject: 'Unlock Account',
    variables: [...UNLOCK, 'request.relayState'],
    requiredVariables: REQUIRED_UNLOCK,
  },
  {
    name: 'ADSelfServiceUnlock',
    displayName: 'Active Directory Password Unlock',
    defaultSubject: 'Unlock Account',
    variables: [...UNLOCK, 'samAccountName'],
    requiredVariables: REQUIRED_UNLOCK,
  },
  {
    name: 'LDAPSelfServiceUnlock',
    displayName: 'LDAP Self-Service Unlock Account',
    defaultSubject: 'Unlock Account',
    variables: [...UNLOCK],
    requiredVariables: REQUIRED_UNLOCK,
  },
  {
    name: 'OktaVerifyActivation',
    displayName: 'Send Push Verify Activation Link',
    defaultSubject: 'Push Verify Activation Email',
    variables: ['pushVerifyActivationLink', 'androidOktaVerifyAppLink', 'iosOktaVerifyAppLink'],
    requiredVariables: [['pushVerifyActivationLink']],
  },
  {
    name: 'AccountLockout',
    displayName: 'Account Lockout',
    defaultSubject: 'Account Lockout',
    variables: [],
    requiredVariables: [],
  },
  {
    name: 'EmailChallenge',
    displayName: 'Email Challenge',
    defaultSubject: 'One-time Email Authentication Link',
    variables: ['emailAuthenticationLink', 'verificationToken', 'email', 'request.relayState'],
    requiredVariables: [['emailAuthenticationLink', 'verificationToken']],
  },
  {
    name: 'EmailFactorVerification',
    displayName: 'Email Factor Verification',
    defaultSubject: 'Confirm your email address',
    variables: [
      ...EMAIL_VERIFICATION,
      'instanceDisplayName',
      'email',
      'request.verificationLink',
      'request.relayState',
    ],
    requiredVariables: REQUIRED_EMAIL_VERIFICATION,
  },
  {
    name: 'NewSignOnNotification',
    displayName: 'New Sign-On Notification',
    defaultSubject: 'New Sign-On Notification',
    variables: ['request.browser', 'request.date', 'request.time', 'request.location', 'request.ipAddress'],
    requiredVariables: [
      ['request.browser'],
      ['request.date'],
      ['request.time'],
      ['request.location'],
      ['request.ipAddress'],
    ],
    allowedRecipients: NOT_ADMINS_ONLY,
  },
  {
    name: 'RegistrationActivation',
    displayName: 'Registration - Activation',
    defaultSubject: 'Activate Account',
    variables: [
      'registrationActivationLink',
      'registrationActivationToken',
      ...ACTIVATION,
      'registrationEmailVerificationLink',
      'registrationEmailVerificationToken',
      'instanceDisplayName',
      'request.relayState',
    ],
    requiredVariables: [['registrationActivationLink', 'registrationActivationToken']],
  },
  {
    name: 'ChangeEmailConfirmation',
    displayName: 'Change Email Confirmation',
    defaultSubject: 'Confirm email address change',
    variables: ['verificationToken'],
    requiredVariables: [['verificationToken']],
    allowedRecipients: NEVER_DISABLED,
  },
  {
    name: 'PendingEmailChange',
    displayName: 'Email Change Notification',
    defaultSubject: 'Notice of pending email address change',
    variables: [],
    requiredVariables: [],
  },
  {
    name: 'EmailChangeConfirmation',
    displayName: 'Email Change Confirmed Notification',
    defaultSubject: 'Notice of email address change',
    variables: [],
    requiredVariables: [],
  },
  {
    name: 'RegistrationEmailVerification',
    displayName: 'Registration - Email Verification',
    defaultSubject: 'Welcome to ${instanceDisplayName}!',
    variables: [...EMAIL_VERIFICATION, 'instanceDisplayName', 'request.relayState'],
    requiredVariables: REQUIRED_EMAIL_VERIFICATION,
  },
  {
    name: 'SelfServiceUnlockOnUnlockedAccount',
    displayName: "Self-Service Unlock when Account isn't Locked",
    defaultSubject: 'Unlock Account',
    variables: [],
    requiredVariables: [],
  },
  {
    name: 'AuthenticatorEnrolled',
    displayName: 'Authenticator Enrolled',
    defaultSubject: 'Security method enrolled',
    variables: [
      'request.authenticator',
      'request.factor',
      'request.date',
      'request.time',
      'request.location',
      'request.performedBySubject',
      'request.reportSuspiciousActivityToken',
    ],
    requiredVariables: [['request.factor', 'request.authenticator']],
    allowedRecipients: NOT_ADMINS_ONLY,
  },
  {
    name: 'AuthenticatorReset',
    displayName: 'Authenticator Reset',
    defaultSubject: 'Security method reset',
    variables: [
      'request.authenticators',
      'request.factors',
      'request.date',
      'request.time',
      'request.location',
    ],
    requiredVariables: [['request.factors', 'request.authenticators']],
    allowedRecipients: NOT_ADMINS_ONLY,
  },
  {
    name: 'PasswordChanged',
    displayName: 'Password Changed',
    defaultSubject: 'Password Changed',
    variables: [],
    requiredVariables: [],
    allowedRecipients: NOT_ADMINS_ONLY,
  },
  {
    name: 'IGAReviewerOverdueNotification',
    displayName: 'Campaign Overdue Reminder',
    defaultSubject: 'Overdue reviews for ${campaign.campaignName}',
    variables: CAMPAIGN,
    requiredVariables: [],
  },
  {
    name: 'MyAccountChangeConfirmation',
    displayName: 'IdP MyAccount Email Change Confirmation',
    defaultSubject: 'Confirm email address change',
    variables: ['verificationToken'],
    requiredVariables: [],
  },
  // --- the guide's remaining templates, in its table's order ---
  {
    name: 'IGAReviewerNotification',
    displayName: 'Campaign Launched',
    defaultSubject: 'Reviews assigned for ${campaign.campaignName}',
    variables: CAMPAIGN,
    requiredVariables: [],
  },
  {
    name: 'IGAReviewerEndNotification',
    displayName: 'Campaign Ended',
    defaultSubject: 'Review period has ended for ${campaign.campaignName}',
    variables: CAMPAIGN,
    requiredVariables: [],
  },
  {
    name: 'IGAReviewerPendingNotification',
    displayName: 'Campaign Reminder',
    defaultSubject: 'Pending reviews for ${campaign.campaignName} review due ${campaign.relativeDue}',
    variables: CAMPAIGN,
    requiredVariables: [],
  },
  {
    name: 'IGAReviewerReassigned',
    displayName: 'Reassigned Review',
    defaultSubject: 'Reviews assigned for ${campaign.campaignName}',
    variables: CAMPAIGN,
    requiredVariables: [],
  },
  {
    name: 'IGAReviewerEndDateChangeNotification',
    displayName: 'Campaign End Date Change Notification',
    defaultSubject: 'End date has changed for ${campaign.campaignName}',
    variables: CAMPAIGN,
    requiredVariables: [],
  },
  {
    name: 'securityAccessReviewReviewerNotification',
    displayName: 'Security Access Review Launch',
    defaultSubject: 'New Security Access Review Assigned: ${securityAccessReview.securityAccessReviewName}',
    variables: SECURITY_ACCESS_REVIEW,
    requiredVariables: [],
  },
  {
    name: 'securityAccessReviewClosingOneDayNotification',
    displayName: 'Security Access Review Closing',
    defaultSubject:
      'Reminder: Security Access Review ${securityAccessReview.securityAccessReviewName} closing in 1 day',
    variables: SECURITY_ACCESS_REVIEW,
    requiredVariables: [],
  },
  {
    name: 'securityAccessReviewEndNotification',
    displayName: 'Security Access Review Closed',
    defaultSubject: 'Security Access Review ${securityAccessReview.securityAccessReviewName} is now closed',
    variables: SECURITY_ACCESS_REVIEW,
    requiredVariables: [],
  },
];

function freezeDefinition(entry: Entry): EmailTemplateDefinition {
  return Object.freeze({
    name: entry.name,
    displayName: entry.displayName,
    description: templateDescriptions[entry.name],
    defaultSubject: entry.defaultSubject,
    variables: Object.freeze([...entry.variables]),
    requiredVariables: Object.freeze(entry.requiredVariables.map((group) => Object.freeze([...group]))),
    allowedRecipients: Object.freeze([...(entry.allowedRecipients ?? ALL)]),
  });
}

/** All 39 templates: the live org's order (31), then the guide's remaining ones in its table's order. */
export const EMAIL_TEMPLATES: readonly EmailTemplateDefinition[] = Object.freeze(
  ENTRIES.map(freezeDefinition),
);

const BY_NAME: ReadonlyMap<string, EmailTemplateDefinition> = new Map(
  EMAIL_TEMPLATES.map((template) => [template.name, template]),
);

/** The template with exactly this name (names are case-sensitive, as in Okta's path parameter). */
export function findTemplate(name: string): EmailTemplateDefinition | undefined {
  return BY_NAME.get(name);
}

/** Variables usable in a template: its specific ones first, then the common ones. Empty for an unknown name. */
export function variablesFor(templateName: string): TemplateVariable[] {
  const template = findTemplate(templateName);
  if (!template) return [];
  return [...template.variables.map((name) => TEMPLATE_VARIABLES[name]), ...COMMON_VARIABLES];
}

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split('.');
  let node = target;
  for (const part of parts.slice(0, -1)) {
    const next = node[part];
    if (typeof next === 'object' && next !== null && !Array.isArray(next)) {
      node = next as Record<string, unknown>;
    } else {
      const created: Record<string, unknown> = {};
      node[part] = created;
      node = created;
    }
  }
  node[parts[parts.length - 1]] = Array.isArray(value) ? [...value] : value;
}

/** Date variables whose sample value is "now + offset" (so previews show a link that is still valid). */
const DATE_OFFSETS_MS: Readonly<Record<string, number>> = {
  resetPasswordTokenExpirationDate: 60 * 60 * 1000,
  unlockAccountTokenExpirationDate: 60 * 60 * 1000,
  'campaign.endDate': 3 * 24 * 60 * 60 * 1000,
};

function nest(variables: readonly TemplateVariable[], now?: number): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const variable of variables) {
    const offset = DATE_OFFSETS_MS[variable.name];
    const value =
      now !== undefined && offset !== undefined ? new Date(now + offset).toISOString() : variable.example;
    setPath(data, variable.name, value);
  }
  return data;
}

/**
 * Example values of a template's specific variables as a nested object
 * (`{ activationLink: '…', request: { browser: '…' } }`), to merge into a render context. `{}` for unknown names.
 * Expiration dates are `now` + a realistic offset (1 hour for reset/unlock links, 3 days for a campaign's end) as ISO
 * strings; pass `now` (epoch ms) for reproducible output, or `null` to get the static catalogue examples.
 */
export function sampleTemplateData(
  templateName: string,
  now: number | null = Date.now(),
): Record<string, unknown> {
  const template = findTemplate(templateName);
  if (!template) return {};
  return nest(
    template.variables.map((name) => TEMPLATE_VARIABLES[name]),
    now ?? undefined,
  );
}

/** Example values of the common variables as a nested object (sample user Ada Lovelace at the Acme org). */
export function sampleCommonData(): Record<string, unknown> {
  return nest(COMMON_VARIABLES);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * True when `body` references the variable: `$name`, `${name}`, `$!name` or `$!{name}`, not immediately followed by
 * another identifier character (so `$activationLinkX` doesn't count, `$activationLink.replace(…)` does).
 */
export function referencesVariable(body: string, name: string): boolean {
  return new RegExp(`\\$!?\\{?${escapeRegExp(name)}(?![A-Za-z0-9_])`).test(body);
}

/**
 * The required-variable groups (§5.2) that `body` does not satisfy; each returned group lists its alternatives.
 * Purely textual: a reference counts anywhere in the body, including inside `#if` blocks. `[]` for unknown names.
 */
export function missingRequiredVariables(templateName: string, body: string): string[][] {
  const template = findTemplate(templateName);
  if (!template) return [];
  return template.requiredVariables
    .filter((group) => !group.some((name) => referencesVariable(body, name)))
    .map((group) => [...group]);
}
