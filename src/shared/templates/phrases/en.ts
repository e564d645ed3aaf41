import type { LanguagePhrases } from './types';

export const en: LanguagePhrases = {
  common: {
    greeting: 'Hi {firstName},',
    linkFallback: "If the button doesn't work, copy this link into your browser:",
    ignoreNote: "If you didn't request this, you can safely ignore this email.",
    adminNote: "If you didn't expect this, contact your administrator right away.",
    footer: 'This is an automated message from {org}. Please do not reply.',
    iosApp: 'Okta Verify for iPhone',
    androidApp: 'Okta Verify for Android',
    labels: {
      directoryUsername: 'Directory username',
      browser: 'Browser',
      date: 'Date',
      time: 'Time',
      location: 'Location',
      ipAddress: 'IP address',
      securityMethod: 'Security method',
      securityMethods: 'Security methods',
    },
  },
  subjects: {
    welcome: 'Welcome to Okta!',
    passwordReset: 'Account password reset',
    forgottenPassword: 'Forgotten password',
    unlockAccount: 'Unlock account',
    pushVerify: 'Push Verify activation email',
    accountLockout: 'Account lockout',
    emailChallenge: 'One-time email authentication link',
    confirmEmail: 'Confirm your email address',
    newSignOn: 'New sign-on notification',
    activateAccount: 'Activate account',
    confirmEmailChange: 'Confirm email address change',
    pendingEmailChange: 'Notice of pending email address change',
    emailChanged: 'Notice of email address change',
    welcomeInstance: 'Welcome to {instance}!',
    authenticatorEnrolled: 'Security method enrolled',
    authenticatorReset: 'Security method reset',
    passwordChanged: 'Password changed',
    igaAssigned: 'Reviews assigned for {campaign}',
    igaEnded: 'Review period has ended for {campaign}',
    igaPending: 'Pending reviews for {campaign} due {due}',
    igaOverdue: 'Overdue reviews for {campaign}',
    igaEndDateChanged: 'End date has changed for {campaign}',
    sarAssigned: 'New security access review assigned: {review}',
    sarClosing: 'Reminder: security access review {review} closes in 1 day',
    sarClosed: 'Security access review {review} is now closed',
  },
  bodies: {
    activation: {
      heading: 'Activate your account',
      paragraphs: [
        'An account has been created for you at {org}. Your username is {login}.',
        'Click the button below to activate your account. The link expires in {activationExpiry}.',
      ],
      button: 'Activate account',
    },
    forgotPassword: {
      heading: 'Reset your password',
      paragraphs: [
        'We received a request to reset the password for your {org} account, {login}.',
        'Click the button below to choose a new password. The link expires in {resetExpiry}.',
      ],
      button: 'Reset password',
      code: 'Or enter this one-time code:',
    },
    forgotPasswordDenied: {
      heading: 'Password reset not available',
      paragraphs: [
        'We received a request to reset the password for your {org} account, {login}.',
        "Your password can't be reset this way. Please contact your administrator for help.",
      ],
    },
    resetByAdmin: {
      heading: 'Your password was reset',
      paragraphs: [
        'Your administrator has reset the password for your {org} account, {login}.',
        'Click the button below to choose a new password.',
      ],
      button: 'Set new password',
    },
    resetBySupport: {
      heading: 'Your password was reset',
      paragraphs: [
        'A support representative has reset the password for your {org} account, {login}.',
        'Click the button below to choose a new password.',
      ],
      button: 'Set new password',
    },
    unlock: {
      heading: 'Unlock your account',
      paragraphs: [
        'We received a request to unlock your {org} account, {login}.',
        'Click the button below to unlock it. The link expires in {unlockExpiry}.',
      ],
      button: 'Unlock account',
      code: 'Or enter this one-time code:',
    },
    unlockNotLocked: {
      heading: "Your account isn't locked",
      paragraphs: [
        "We received a request to unlock your {org} account, {login}, but the account isn't locked.",
        "If you can't sign in, reset your password from the sign-in page or contact your administrator.",
      ],
      button: 'Go to sign-in page',
    },
    pushVerify: {
      heading: 'Set up Okta Verify',
      paragraphs: [
        'To set up push verification for your {org} account, first install Okta Verify on your phone.',
        'Then open this email on that phone and tap the button below.',
      ],
      button: 'Activate Okta Verify',
    },
    accountLockout: {
      heading: 'Your account is locked',
      paragraphs: [
        'Your {org} account, {login}, was locked after too many unsuccessful sign-in attempts.',
        'To unlock it, use the unlock option on the sign-in page or contact your administrator.',
      ],
      button: 'Go to sign-in page',
    },
    emailChallenge: {
      heading: "Verify that it's you",
      paragraphs: [
        'Someone is trying to sign in to your {org} account, {login}. If it was you, click the button below to continue.',
      ],
      button: 'Sign in',
      code: 'Or enter this verification code:',
    },
    emailVerification: {
      heading: 'Confirm your email address',
      paragraphs: [
        'Click the button below to confirm that {email} is your email address for your {org} account.',
      ],
      button: 'Confirm email address',
      code: 'Or enter this verification code:',
    },
    newSignOn: {
      heading: 'New sign-in to your account',
      paragraphs: [
        'Your {org} account, {login}, was just used to sign in from a new device or browser.',
        "If this was you, there's nothing to do. If not, reset your password right away.",
      ],
    },
    registrationActivation: {
      heading: 'Activate your account',
      paragraphs: [
        'Thanks for signing up for {instance}!',
        'Click the button below to activate your account.',
      ],
      button: 'Activate account',
    },
    registrationVerification: {
      heading: 'Verify your email address',
      paragraphs: [
        'Thanks for signing up for {instance}!',
        'Click the button below to verify your email address and finish creating your account.',
      ],
      button: 'Verify email address',
      code: 'Or enter this verification code:',
    },
    changeEmailCode: {
      heading: 'Confirm your new email address',
      paragraphs: ['We received a request to change the email address of your {org} account, {login}.'],
      code: 'Enter this verification code to confirm the change:',
    },
    pendingEmailChange: {
      heading: 'Email address change requested',
      paragraphs: [
        'We received a request to change the email address of your {org} account, {login}. This notice goes to your current address.',
        "If you made this request, there's nothing else to do.",
      ],
    },
    emailChanged: {
      heading: 'Your email address was changed',
      paragraphs: ['The email address of your {org} account, {login}, is now {email}.'],
    },
    authenticatorEnrolled: {
      heading: 'New security method added',
      paragraphs: ['A new security method was added to your {org} account, {login}.'],
    },
    authenticatorReset: {
      heading: 'Security methods reset',
      paragraphs: [
        'The security methods of your {org} account, {login}, were reset. You will be asked to set them up again the next time you sign in.',
      ],
    },
    passwordChanged: {
      heading: 'Your password was changed',
      paragraphs: ['The password for your {org} account, {login}, was just changed.'],
    },
    igaAssigned: {
      heading: 'You have reviews to complete',
      paragraphs: [
        'You have been assigned as a reviewer in the access certification campaign {campaign}.',
        'Please complete your reviews by {endDate}.',
      ],
      button: 'Start reviewing',
    },
    igaEnded: {
      heading: 'Campaign ended',
      paragraphs: [
        "The access certification campaign {campaign} has ended. Reviews that weren't completed can no longer be submitted.",
      ],
      button: 'Open campaign',
    },
    igaPending: {
      heading: 'Reviews awaiting your decision',
      paragraphs: ['You still have pending reviews in the campaign {campaign}. They are due {due}.'],
      button: 'Continue reviewing',
    },
    igaOverdue: {
      heading: 'Your reviews are overdue',
      paragraphs: [
        'Some of your reviews in the campaign {campaign} are past their due date. Please complete them as soon as possible.',
      ],
      button: 'Complete reviews',
    },
    igaReassigned: {
      heading: 'Reviews reassigned to you',
      paragraphs: [
        '{assignedBy} reassigned reviews in the campaign {campaign} to you.',
        'Please complete them by {endDate}.',
      ],
      button: 'Start reviewing',
    },
    igaEndDateChanged: {
      heading: 'Campaign end date changed',
      paragraphs: ['The end date of the campaign {campaign} has changed. It now ends on {endDate}.'],
      button: 'Open campaign',
    },
    sarAssigned: {
      heading: 'New security access review',
      paragraphs: ['You have been assigned the security access review {review} for {principal}.'],
      button: 'Open review',
    },
    sarClosing: {
      heading: 'Security access review closing soon',
      paragraphs: [
        'The security access review {review} for {principal} closes in 1 day. Please finish it before then.',
      ],
      button: 'Open review',
    },
    sarClosed: {
      heading: 'Security access review closed',
      paragraphs: ['The security access review {review} for {principal} is now closed.'],
      button: 'View review',
    },
  },
};
