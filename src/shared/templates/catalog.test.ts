import { describe, it, expect } from 'vitest';
import {
  COMMON_VARIABLES,
  EMAIL_TEMPLATES,
  TEMPLATE_VARIABLES,
  findTemplate,
  missingRequiredVariables,
  referencesVariable,
  sampleCommonData,
  sampleTemplateData,
  templateDescriptions,
  variablesFor,
} from './catalog';
import { LIVE_TEMPLATE_NAMES } from '../../../test/support/live-okta-org';

const ORDER = [
  // what a live org lists (the live-Okta fixture serves the same recorded list)
  ...LIVE_TEMPLATE_NAMES,
  // the guide's remaining ones
  'IGAReviewerNotification',
  'IGAReviewerEndNotification',
  'IGAReviewerPendingNotification',
  'IGAReviewerReassigned',
  'IGAReviewerEndDateChangeNotification',
  'securityAccessReviewReviewerNotification',
  'securityAccessReviewClosingOneDayNotification',
  'securityAccessReviewEndNotification',
];

const required = (name: string) => findTemplate(name)?.requiredVariables;

describe('EMAIL_TEMPLATES', () => {
  it('lists the 39 templates in the live order, then the guide order', () => {
    expect(EMAIL_TEMPLATES.map((t) => t.name)).toEqual(ORDER);
    expect(new Set(EMAIL_TEMPLATES.map((t) => t.name)).size).toBe(39);
  });

  it('fills every field', () => {
    for (const t of EMAIL_TEMPLATES) {
      expect(t.displayName).not.toBe('');
      expect(t.description).toBe(templateDescriptions[t.name]);
      expect(t.description).toMatch(/^[A-Z].+\.$/);
      expect(t.defaultSubject).not.toBe('');
      expect(t.defaultSubject.length).toBeLessThanOrEqual(128);
      expect(t.allowedRecipients).toContain('ALL_USERS');
      for (const name of t.variables) expect(TEMPLATE_VARIABLES[name], `${t.name}: ${name}`).toBeDefined();
      expect(new Set(t.variables).size).toBe(t.variables.length);
      for (const group of t.requiredVariables) {
        expect(group.length).toBeGreaterThan(0);
        for (const name of group) expect(t.variables, `${t.name} lists required ${name}`).toContain(name);
      }
    }
    expect(Object.keys(templateDescriptions).sort()).toEqual([...ORDER].sort());
  });

  it('keeps the documented default subjects', () => {
    expect(findTemplate('UserActivation')?.defaultSubject).toBe('Welcome to Okta!');
    expect(findTemplate('ForgotPassword')?.defaultSubject).toBe('Account password reset');
    expect(findTemplate('RegistrationEmailVerification')?.defaultSubject).toBe(
      'Welcome to ${instanceDisplayName}!',
    );
    expect(findTemplate('IGAReviewerPendingNotification')?.defaultSubject).toBe(
      'Pending reviews for ${campaign.campaignName} review due ${campaign.relativeDue}',
    );
  });

  it('has the required-variable groups of the OIE column', () => {
    expect(required('UserActivation')).toEqual([['activationLink', 'activationToken']]);
    expect(required('UserBootstrappedActivation')).toEqual(required('UserActivation'));
    expect(required('PasswordResetBySupportUser')).toEqual(required('PasswordResetByAdmin'));
    expect(findTemplate('PasswordResetBySupportUser')?.variables).toEqual(
      findTemplate('PasswordResetByAdmin')?.variables,
    );
    expect(findTemplate('UserBootstrappedActivation')?.variables).toEqual(
      findTemplate('UserActivation')?.variables,
    );
    expect(required('OktaVerifyActivation')).toEqual([['pushVerifyActivationLink']]);
    expect(required('RegistrationActivation')).toEqual([
      ['registrationActivationLink', 'registrationActivationToken'],
    ]);
    const emailVerification = [
      [
        'verificationLink',
        'verificationToken',
        'registrationEmailVerificationLink',
        'registrationEmailVerificationToken',
      ],
    ];
    expect(required('RegistrationEmailVerification')).toEqual(emailVerification);
    expect(required('EmailFactorVerification')).toEqual(emailVerification);
    expect(required('LDAPForgotPassword')).toEqual([['resetPasswordLink', 'recoveryToken']]);
    expect(required('ForgotPassword')).toEqual([['resetPasswordLink', 'oneTimePassword']]);
    expect(required('ADForgotPassword')).toEqual([['recoveryLink', 'recoveryToken']]);
    for (const name of ['SelfServiceUnlock', 'ADSelfServiceUnlock', 'LDAPSelfServiceUnlock']) {
      expect(required(name)).toEqual([['unlockAccountLink', 'recoveryToken']]);
    }
    expect(required('ChangeEmailConfirmation')).toEqual([['verificationToken']]);
    expect(required('EmailChallenge')).toEqual([['emailAuthenticationLink', 'verificationToken']]);
    expect(required('NewSignOnNotification')).toEqual([
      ['request.browser'],
      ['request.date'],
      ['request.time'],
      ['request.location'],
      ['request.ipAddress'],
    ]);
    expect(required('AuthenticatorEnrolled')).toEqual([['request.factor', 'request.authenticator']]);
    expect(required('AuthenticatorReset')).toEqual([['request.factors', 'request.authenticators']]);
    const withRequirements = EMAIL_TEMPLATES.filter((t) => t.requiredVariables.length > 0).map((t) => t.name);
    expect(withRequirements).toHaveLength(17);
    expect(required('PasswordResetByAdmin')).toEqual([]);
    expect(required('AccountLockout')).toEqual([]);
    expect(required('IGAReviewerNotification')).toEqual([]);
  });

  it('restricts recipients per template', () => {
    const recipients = (name: string) => findTemplate(name)?.allowedRecipients;
    for (const name of [
      'NewSignOnNotification',
      'PasswordChanged',
      'AuthenticatorEnrolled',
      'AuthenticatorReset',
    ]) {
      expect(recipients(name)).toEqual(['ALL_USERS', 'NO_USERS']);
    }
    expect(recipients('ChangeEmailConfirmation')).toEqual(['ALL_USERS', 'ADMINS_ONLY']);
    expect(recipients('UserActivation')).toEqual(['ALL_USERS', 'ADMINS_ONLY', 'NO_USERS']);
    const restricted = EMAIL_TEMPLATES.filter((t) => t.allowedRecipients.length !== 3);
    expect(restricted).toHaveLength(5);
  });

  it('is frozen', () => {
    expect(Object.isFrozen(EMAIL_TEMPLATES)).toBe(true);
    expect(Object.isFrozen(EMAIL_TEMPLATES[0].requiredVariables)).toBe(true);
  });
});

describe('findTemplate', () => {
  it('finds by exact name only', () => {
    expect(findTemplate('ForgotPassword')?.displayName).toBe('Forgot Password');
    expect(findTemplate('forgotpassword')).toBeUndefined();
    expect(findTemplate('Nope')).toBeUndefined();
  });
});

describe('variables', () => {
  it('lists the common variables of every template', () => {
    const names = COMMON_VARIABLES.map((v) => v.name);
    for (const name of [
      'user.profile.firstName',
      'user.profile.login',
      'user.profile.countryCode',
      'user.groups.names',
      'user.groups.ids',
      'app.id',
      'app.name',
      'app.label',
      'org.name',
      'org.locale',
      'org.subDomain',
      'org.activationTokenExpirationHours',
      'baseURL',
      'oktaLogoUrl',
      'brand.theme.logo',
      'brand.theme.primaryColor',
      'brand.theme.secondaryColor',
      'parentLogoUrl',
    ]) {
      expect(names).toContain(name);
    }
    expect(new Set(names).size).toBe(names.length);
  });

  it('documents every variable with a typed example', () => {
    for (const v of [...COMMON_VARIABLES, ...Object.values(TEMPLATE_VARIABLES)]) {
      expect(v.name).toMatch(/^[A-Za-z][A-Za-z0-9]*(\.[A-Za-z][A-Za-z0-9]*)*$/);
      expect(v.description).not.toBe('');
      if (v.type === 'number') expect(typeof v.example).toBe('number');
      else if (v.type === 'list') expect(Array.isArray(v.example)).toBe(true);
      else expect(typeof v.example).toBe('string');
      if (v.type === 'url') expect(v.example).toMatch(/^https:\/\//);
      if (v.type === 'date') expect(Number.isNaN(Date.parse(v.example as string))).toBe(false);
    }
    expect(TEMPLATE_VARIABLES['request.ipAddress'].example).toBe('203.0.113.42');
    expect(TEMPLATE_VARIABLES['oneTimePassword'].example).toMatch(/^\d{6}$/);
  });

  it('puts template-specific variables before the common ones', () => {
    const list = variablesFor('NewSignOnNotification').map((v) => v.name);
    expect(list.slice(0, 5)).toEqual([
      'request.browser',
      'request.date',
      'request.time',
      'request.location',
      'request.ipAddress',
    ]);
    expect(list.slice(5)).toEqual(COMMON_VARIABLES.map((v) => v.name));
    expect(variablesFor('Nope')).toEqual([]);
  });

  it('builds nested sample data', () => {
    expect(sampleTemplateData('NewSignOnNotification')).toEqual({
      request: {
        browser: 'Chrome 131 on macOS',
        date: expect.any(String),
        time: expect.any(String),
        location: 'Lisbon, Portugal',
        ipAddress: '203.0.113.42',
      },
    });
    const activation = sampleTemplateData('UserActivation');
    expect(activation.activationLink).toMatch(/^https:\/\/acme\.okta\.example\//);
    expect((activation.technicalContact as Record<string, unknown>).firstName).toBe('Grace');
    expect(sampleTemplateData('Nope')).toEqual({});
    const now = Date.UTC(2025, 10, 23, 9, 41, 7);
    expect(sampleTemplateData('ForgotPassword', now).resetPasswordTokenExpirationDate).toBe(
      '2025-11-23T10:41:07.000Z',
    );
    expect(sampleTemplateData('ForgotPassword', null).resetPasswordTokenExpirationDate).toBe(
      TEMPLATE_VARIABLES.resetPasswordTokenExpirationDate.example,
    );
    const later = Date.parse(
      sampleTemplateData('SelfServiceUnlock').unlockAccountTokenExpirationDate as string,
    );
    expect(later).toBeGreaterThan(Date.now());
    expect(
      (sampleTemplateData('IGAReviewerNotification', now).campaign as Record<string, unknown>).endDate,
    ).toBe('2025-11-26T09:41:07.000Z');
    const common = sampleCommonData() as {
      user: { profile: Record<string, unknown> };
      org: Record<string, unknown>;
    };
    expect(common.user.profile.firstName).toBe('Ada');
    expect(common.user.profile.email).toBe('ada@acme.example');
    expect(common.user.profile.locale).toBe('en');
    expect(common.org.activationTokenExpirationHours).toBe(168);
  });
});

describe('referencesVariable / missingRequiredVariables', () => {
  it('accepts the four VTL reference forms', () => {
    for (const body of ['$activationLink', '${activationLink}', '$!activationLink', '$!{activationLink}']) {
      expect(referencesVariable(`<a href="${body}">x</a>`, 'activationLink'), body).toBe(true);
      expect(missingRequiredVariables('UserActivation', `x ${body} y`)).toEqual([]);
    }
  });

  it('rejects references that continue with an identifier character', () => {
    expect(referencesVariable('$activationLinkX', 'activationLink')).toBe(false);
    expect(referencesVariable('${activationLink_2}', 'activationLink')).toBe(false);
    expect(referencesVariable('$activationLink9', 'activationLink')).toBe(false);
    expect(referencesVariable('${request.factors}', 'request.factor')).toBe(false);
    expect(referencesVariable('${request.factor}', 'request.factors')).toBe(false);
    expect(missingRequiredVariables('UserActivation', '$activationLinkX')).toEqual([
      ['activationLink', 'activationToken'],
    ]);
  });

  it('accepts method calls and property paths', () => {
    expect(referencesVariable('$activationLink.replace("a", "b")', 'activationLink')).toBe(true);
    expect(referencesVariable('${request.browser}', 'request.browser')).toBe(true);
    expect(referencesVariable('$request.browser,', 'request.browser')).toBe(true);
    expect(referencesVariable('$$resetPasswordLink', 'resetPasswordLink')).toBe(true);
  });

  it('does not accept bare names or other variables', () => {
    expect(referencesVariable('activationLink', 'activationLink')).toBe(false);
    expect(referencesVariable('{activationLink}', 'activationLink')).toBe(false);
    expect(referencesVariable('$requestXbrowser', 'request.browser')).toBe(false);
    expect(referencesVariable('$request', 'request.browser')).toBe(false);
  });

  it('reports every unsatisfied group', () => {
    expect(missingRequiredVariables('NewSignOnNotification', '${request.browser} $request.date')).toEqual([
      ['request.time'],
      ['request.location'],
      ['request.ipAddress'],
    ]);
    expect(
      missingRequiredVariables('ForgotPassword', '#if(${oneTimePassword})${oneTimePassword}#end'),
    ).toEqual([]);
    expect(missingRequiredVariables('ForgotPassword', '')).toEqual([
      ['resetPasswordLink', 'oneTimePassword'],
    ]);
    expect(missingRequiredVariables('PasswordChanged', '')).toEqual([]);
    expect(missingRequiredVariables('Nope', '')).toEqual([]);
  });
});
