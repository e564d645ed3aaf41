import type { LanguagePhrases } from './types';

export const sv: LanguagePhrases = {
  common: {
    greeting: 'Hej {firstName}!',
    linkFallback: 'Om knappen inte fungerar kan du kopiera den här länken till webbläsaren:',
    ignoreNote: 'Om du inte har begärt detta kan du bortse från det här mejlet.',
    adminNote: 'Om du inte väntade dig detta ska du genast kontakta din administratör.',
    footer: 'Det här är ett automatiskt meddelande från {org}. Svara inte på det.',
    iosApp: 'Okta Verify för iPhone',
    androidApp: 'Okta Verify för Android',
    labels: {
      directoryUsername: 'Användarnamn i katalogen',
      browser: 'Webbläsare',
      date: 'Datum',
      time: 'Tid',
      location: 'Plats',
      ipAddress: 'IP-adress',
      securityMethod: 'Säkerhetsmetod',
      securityMethods: 'Säkerhetsmetoder',
    },
  },
  subjects: {
    welcome: 'Välkommen till Okta!',
    passwordReset: 'Återställning av kontots lösenord',
    forgottenPassword: 'Glömt lösenord',
    unlockAccount: 'Lås upp konto',
    pushVerify: 'Aktiveringsmejl för Okta Verify Push',
    accountLockout: 'Kontot är låst',
    emailChallenge: 'Engångslänk för autentisering via e-post',
    confirmEmail: 'Bekräfta din e-postadress',
    newSignOn: 'Avisering om ny inloggning',
    activateAccount: 'Aktivera konto',
    confirmEmailChange: 'Bekräfta ändring av e-postadress',
    pendingEmailChange: 'Avisering om väntande ändring av e-postadress',
    emailChanged: 'Avisering om ändrad e-postadress',
    welcomeInstance: 'Välkommen till {instance}!',
    authenticatorEnrolled: 'Säkerhetsmetod registrerad',
    authenticatorReset: 'Säkerhetsmetod återställd',
    passwordChanged: 'Lösenordet har ändrats',
    igaAssigned: 'Granskningar tilldelade för {campaign}',
    igaEnded: 'Granskningsperioden för {campaign} har avslutats',
    igaPending: 'Väntande granskningar för {campaign}, förfaller {due}',
    igaOverdue: 'Försenade granskningar för {campaign}',
    igaEndDateChanged: 'Slutdatumet för {campaign} har ändrats',
    sarAssigned: 'Ny granskning av säkerhetsåtkomst tilldelad: {review}',
    sarClosing: 'Påminnelse: granskningen av säkerhetsåtkomst {review} stängs om 1 dag',
    sarClosed: 'Granskningen av säkerhetsåtkomst {review} är nu stängd',
  },
  bodies: {
    activation: {
      heading: 'Aktivera ditt konto',
      paragraphs: [
        'Ett konto har skapats åt dig hos {org}. Ditt användarnamn är {login}.',
        'Klicka på knappen nedan för att aktivera kontot. Länken upphör att gälla om {activationExpiry}.',
      ],
      button: 'Aktivera konto',
    },
    forgotPassword: {
      heading: 'Återställ ditt lösenord',
      paragraphs: [
        'Vi har fått en begäran om att återställa lösenordet för ditt {org}-konto, {login}.',
        'Klicka på knappen nedan för att välja ett nytt lösenord. Länken upphör att gälla om {resetExpiry}.',
      ],
      button: 'Återställ lösenord',
      code: 'Eller ange den här engångskoden:',
    },
    forgotPasswordDenied: {
      heading: 'Lösenordet kan inte återställas',
      paragraphs: [
        'Vi har fått en begäran om att återställa lösenordet för ditt {org}-konto, {login}.',
        'Ditt lösenord kan inte återställas på det här sättet. Kontakta din administratör för att få hjälp.',
      ],
    },
    resetByAdmin: {
      heading: 'Ditt lösenord har återställts',
      paragraphs: [
        'Din administratör har återställt lösenordet för ditt {org}-konto, {login}.',
        'Klicka på knappen nedan för att välja ett nytt lösenord.',
      ],
      button: 'Ange nytt lösenord',
    },
    resetBySupport: {
      heading: 'Ditt lösenord har återställts',
      paragraphs: [
        'En supportmedarbetare har återställt lösenordet för ditt {org}-konto, {login}.',
        'Klicka på knappen nedan för att välja ett nytt lösenord.',
      ],
      button: 'Ange nytt lösenord',
    },
    unlock: {
      heading: 'Lås upp ditt konto',
      paragraphs: [
        'Vi har fått en begäran om att låsa upp ditt {org}-konto, {login}.',
        'Klicka på knappen nedan för att låsa upp det. Länken upphör att gälla om {unlockExpiry}.',
      ],
      button: 'Lås upp konto',
      code: 'Eller ange den här engångskoden:',
    },
    unlockNotLocked: {
      heading: 'Ditt konto är inte låst',
      paragraphs: [
        'Vi har fått en begäran om att låsa upp ditt {org}-konto, {login}, men kontot är inte låst.',
        'Om du inte kan logga in kan du återställa lösenordet från inloggningssidan eller kontakta din administratör.',
      ],
      button: 'Gå till inloggningssidan',
    },
    pushVerify: {
      heading: 'Konfigurera Okta Verify',
      paragraphs: [
        'Installera först Okta Verify på din telefon för att konfigurera push-verifiering för ditt {org}-konto.',
        'Öppna sedan det här mejlet på telefonen och tryck på knappen nedan.',
      ],
      button: 'Aktivera Okta Verify',
    },
    accountLockout: {
      heading: 'Ditt konto är låst',
      paragraphs: [
        'Ditt {org}-konto, {login}, har låsts efter för många misslyckade inloggningsförsök.',
        'Lås upp det med alternativet på inloggningssidan eller kontakta din administratör.',
      ],
      button: 'Gå till inloggningssidan',
    },
    emailChallenge: {
      heading: 'Bekräfta att det är du',
      paragraphs: [
        'Någon försöker logga in på ditt {org}-konto, {login}. Om det är du klickar du på knappen nedan för att fortsätta.',
      ],
      button: 'Logga in',
      code: 'Eller ange den här verifieringskoden:',
    },
    emailVerification: {
      heading: 'Bekräfta din e-postadress',
      paragraphs: [
        'Klicka på knappen nedan för att bekräfta att {email} är e-postadressen för ditt {org}-konto.',
      ],
      button: 'Bekräfta e-postadress',
      code: 'Eller ange den här verifieringskoden:',
    },
    newSignOn: {
      heading: 'Ny inloggning på ditt konto',
      paragraphs: [
        'Ditt {org}-konto, {login}, användes nyss för att logga in från en ny enhet eller webbläsare.',
        'Om det var du behöver du inte göra något. Om inte ska du återställa lösenordet direkt.',
      ],
    },
    registrationActivation: {
      heading: 'Aktivera ditt konto',
      paragraphs: [
        'Tack för att du registrerade dig för {instance}!',
        'Klicka på knappen nedan för att aktivera kontot.',
      ],
      button: 'Aktivera konto',
    },
    registrationVerification: {
      heading: 'Verifiera din e-postadress',
      paragraphs: [
        'Tack för att du registrerade dig för {instance}!',
        'Klicka på knappen nedan för att verifiera din e-postadress och slutföra skapandet av kontot.',
      ],
      button: 'Verifiera e-postadress',
      code: 'Eller ange den här verifieringskoden:',
    },
    changeEmailCode: {
      heading: 'Bekräfta din nya e-postadress',
      paragraphs: ['Vi har fått en begäran om att ändra e-postadressen för ditt {org}-konto, {login}.'],
      code: 'Ange den här verifieringskoden för att bekräfta ändringen:',
    },
    pendingEmailChange: {
      heading: 'Ändring av e-postadress begärd',
      paragraphs: [
        'Vi har fått en begäran om att ändra e-postadressen för ditt {org}-konto, {login}. Det här meddelandet skickas till din nuvarande adress.',
        'Om det var du som begärde ändringen behöver du inte göra något mer.',
      ],
    },
    emailChanged: {
      heading: 'Din e-postadress har ändrats',
      paragraphs: ['E-postadressen för ditt {org}-konto, {login}, är nu {email}.'],
    },
    authenticatorEnrolled: {
      heading: 'Ny säkerhetsmetod tillagd',
      paragraphs: ['En ny säkerhetsmetod har lagts till för ditt {org}-konto, {login}.'],
    },
    authenticatorReset: {
      heading: 'Säkerhetsmetoder återställda',
      paragraphs: [
        'Säkerhetsmetoderna för ditt {org}-konto, {login}, har återställts. Du blir ombedd att konfigurera dem igen nästa gång du loggar in.',
      ],
    },
    passwordChanged: {
      heading: 'Ditt lösenord har ändrats',
      paragraphs: ['Lösenordet för ditt {org}-konto, {login}, har precis ändrats.'],
    },
    igaAssigned: {
      heading: 'Du har granskningar att slutföra',
      paragraphs: [
        'Du har utsetts till granskare i åtkomstcertifieringskampanjen {campaign}.',
        'Slutför dina granskningar senast {endDate}.',
      ],
      button: 'Börja granska',
    },
    igaEnded: {
      heading: 'Kampanjen har avslutats',
      paragraphs: [
        'Åtkomstcertifieringskampanjen {campaign} har avslutats. Granskningar som inte slutfördes kan inte längre skickas in.',
      ],
      button: 'Öppna kampanjen',
    },
    igaPending: {
      heading: 'Granskningar väntar på ditt beslut',
      paragraphs: ['Du har fortfarande väntande granskningar i kampanjen {campaign}. De förfaller {due}.'],
      button: 'Fortsätt granska',
    },
    igaOverdue: {
      heading: 'Dina granskningar är försenade',
      paragraphs: [
        'Några av dina granskningar i kampanjen {campaign} har passerat sitt förfallodatum. Slutför dem så snart som möjligt.',
      ],
      button: 'Slutför granskningar',
    },
    igaReassigned: {
      heading: 'Granskningar har tilldelats dig',
      paragraphs: [
        '{assignedBy} har tilldelat dig granskningar i kampanjen {campaign}.',
        'Slutför dem senast {endDate}.',
      ],
      button: 'Börja granska',
    },
    igaEndDateChanged: {
      heading: 'Kampanjens slutdatum har ändrats',
      paragraphs: ['Slutdatumet för kampanjen {campaign} har ändrats. Den avslutas nu {endDate}.'],
      button: 'Öppna kampanjen',
    },
    sarAssigned: {
      heading: 'Ny granskning av säkerhetsåtkomst',
      paragraphs: ['Du har tilldelats granskningen av säkerhetsåtkomst {review} för {principal}.'],
      button: 'Öppna granskningen',
    },
    sarClosing: {
      heading: 'Granskning av säkerhetsåtkomst stängs snart',
      paragraphs: [
        'Granskningen av säkerhetsåtkomst {review} för {principal} stängs om 1 dag. Slutför den innan dess.',
      ],
      button: 'Öppna granskningen',
    },
    sarClosed: {
      heading: 'Granskning av säkerhetsåtkomst stängd',
      paragraphs: ['Granskningen av säkerhetsåtkomst {review} för {principal} är nu stängd.'],
      button: 'Visa granskningen',
    },
  },
};
