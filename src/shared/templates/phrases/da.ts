import type { LanguagePhrases } from './types';

export const da: LanguagePhrases = {
  common: {
    greeting: 'Hej {firstName}',
    linkFallback: 'Hvis knappen ikke virker, så kopiér dette link til din browser:',
    ignoreNote: 'Hvis du ikke har bedt om dette, kan du se bort fra denne e-mail.',
    adminNote: 'Hvis du ikke havde forventet dette, så kontakt din administrator med det samme.',
    footer: 'Dette er en automatisk besked fra {org}. Du bedes ikke svare på den.',
    iosApp: 'Okta Verify til iPhone',
    androidApp: 'Okta Verify til Android',
    labels: {
      directoryUsername: 'Brugernavn i kataloget',
      browser: 'Browser',
      date: 'Dato',
      time: 'Tidspunkt',
      location: 'Placering',
      ipAddress: 'IP-adresse',
      securityMethod: 'Sikkerhedsmetode',
      securityMethods: 'Sikkerhedsmetoder',
    },
  },
  subjects: {
    welcome: 'Velkommen til Okta!',
    passwordReset: 'Nulstilling af kontoens adgangskode',
    forgottenPassword: 'Glemt adgangskode',
    unlockAccount: 'Lås konto op',
    pushVerify: 'Aktiverings-e-mail til Okta Verify Push',
    accountLockout: 'Konto låst',
    emailChallenge: 'Engangslink til godkendelse via e-mail',
    confirmEmail: 'Bekræft din e-mailadresse',
    newSignOn: 'Meddelelse om nyt login',
    activateAccount: 'Aktivér konto',
    confirmEmailChange: 'Bekræft ændring af e-mailadresse',
    pendingEmailChange: 'Meddelelse om ventende ændring af e-mailadresse',
    emailChanged: 'Meddelelse om ændring af e-mailadresse',
    welcomeInstance: 'Velkommen til {instance}!',
    authenticatorEnrolled: 'Sikkerhedsmetode registreret',
    authenticatorReset: 'Sikkerhedsmetode nulstillet',
    passwordChanged: 'Adgangskode ændret',
    igaAssigned: 'Gennemgange tildelt for {campaign}',
    igaEnded: 'Gennemgangsperioden for {campaign} er slut',
    igaPending: 'Ventende gennemgange for {campaign}, frist {due}',
    igaOverdue: 'Forsinkede gennemgange for {campaign}',
    igaEndDateChanged: 'Slutdatoen for {campaign} er ændret',
    sarAssigned: 'Ny gennemgang af sikkerhedsadgang tildelt: {review}',
    sarClosing: 'Påmindelse: gennemgangen af sikkerhedsadgang {review} lukker om 1 dag',
    sarClosed: 'Gennemgangen af sikkerhedsadgang {review} er nu lukket',
  },
  bodies: {
    activation: {
      heading: 'Aktivér din konto',
      paragraphs: [
        'Der er oprettet en konto til dig hos {org}. Dit brugernavn er {login}.',
        'Klik på knappen nedenfor for at aktivere din konto. Linket udløber om {activationExpiry}.',
      ],
      button: 'Aktivér konto',
    },
    forgotPassword: {
      heading: 'Nulstil din adgangskode',
      paragraphs: [
        'Vi har modtaget en anmodning om at nulstille adgangskoden til din {org}-konto, {login}.',
        'Klik på knappen nedenfor for at vælge en ny adgangskode. Linket udløber om {resetExpiry}.',
      ],
      button: 'Nulstil adgangskode',
      code: 'Eller indtast denne engangskode:',
    },
    forgotPasswordDenied: {
      heading: 'Adgangskoden kan ikke nulstilles',
      paragraphs: [
        'Vi har modtaget en anmodning om at nulstille adgangskoden til din {org}-konto, {login}.',
        'Din adgangskode kan ikke nulstilles på denne måde. Kontakt din administrator for at få hjælp.',
      ],
    },
    resetByAdmin: {
      heading: 'Din adgangskode er nulstillet',
      paragraphs: [
        'Din administrator har nulstillet adgangskoden til din {org}-konto, {login}.',
        'Klik på knappen nedenfor for at vælge en ny adgangskode.',
      ],
      button: 'Vælg ny adgangskode',
    },
    resetBySupport: {
      heading: 'Din adgangskode er nulstillet',
      paragraphs: [
        'En supportmedarbejder har nulstillet adgangskoden til din {org}-konto, {login}.',
        'Klik på knappen nedenfor for at vælge en ny adgangskode.',
      ],
      button: 'Vælg ny adgangskode',
    },
    unlock: {
      heading: 'Lås din konto op',
      paragraphs: [
        'Vi har modtaget en anmodning om at låse din {org}-konto, {login}, op.',
        'Klik på knappen nedenfor for at låse den op. Linket udløber om {unlockExpiry}.',
      ],
      button: 'Lås konto op',
      code: 'Eller indtast denne engangskode:',
    },
    unlockNotLocked: {
      heading: 'Din konto er ikke låst',
      paragraphs: [
        'Vi har modtaget en anmodning om at låse din {org}-konto, {login}, op, men kontoen er ikke låst.',
        'Hvis du ikke kan logge ind, så nulstil din adgangskode fra loginsiden eller kontakt din administrator.',
      ],
      button: 'Gå til loginsiden',
    },
    pushVerify: {
      heading: 'Konfigurer Okta Verify',
      paragraphs: [
        'For at konfigurere push-bekræftelse til din {org}-konto skal du først installere Okta Verify på din telefon.',
        'Åbn derefter denne e-mail på telefonen, og tryk på knappen nedenfor.',
      ],
      button: 'Aktivér Okta Verify',
    },
    accountLockout: {
      heading: 'Din konto er låst',
      paragraphs: [
        'Din {org}-konto, {login}, er blevet låst efter for mange mislykkede loginforsøg.',
        'Brug muligheden for at låse op på loginsiden, eller kontakt din administrator.',
      ],
      button: 'Gå til loginsiden',
    },
    emailChallenge: {
      heading: 'Bekræft, at det er dig',
      paragraphs: [
        'Nogen forsøger at logge ind på din {org}-konto, {login}. Hvis det er dig, så klik på knappen nedenfor for at fortsætte.',
      ],
      button: 'Log ind',
      code: 'Eller indtast denne bekræftelseskode:',
    },
    emailVerification: {
      heading: 'Bekræft din e-mailadresse',
      paragraphs: [
        'Klik på knappen nedenfor for at bekræfte, at {email} er e-mailadressen til din {org}-konto.',
      ],
      button: 'Bekræft e-mailadresse',
      code: 'Eller indtast denne bekræftelseskode:',
    },
    newSignOn: {
      heading: 'Nyt login på din konto',
      paragraphs: [
        'Din {org}-konto, {login}, er netop blevet brugt til at logge ind fra en ny enhed eller browser.',
        'Hvis det var dig, behøver du ikke gøre noget. Ellers skal du nulstille din adgangskode med det samme.',
      ],
    },
    registrationActivation: {
      heading: 'Aktivér din konto',
      paragraphs: [
        'Tak, fordi du har tilmeldt dig {instance}!',
        'Klik på knappen nedenfor for at aktivere din konto.',
      ],
      button: 'Aktivér konto',
    },
    registrationVerification: {
      heading: 'Bekræft din e-mailadresse',
      paragraphs: [
        'Tak, fordi du har tilmeldt dig {instance}!',
        'Klik på knappen nedenfor for at bekræfte din e-mailadresse og færdiggøre oprettelsen af din konto.',
      ],
      button: 'Bekræft e-mailadresse',
      code: 'Eller indtast denne bekræftelseskode:',
    },
    changeEmailCode: {
      heading: 'Bekræft din nye e-mailadresse',
      paragraphs: ['Vi har modtaget en anmodning om at ændre e-mailadressen for din {org}-konto, {login}.'],
      code: 'Indtast denne bekræftelseskode for at bekræfte ændringen:',
    },
    pendingEmailChange: {
      heading: 'Anmodning om ændring af e-mailadresse',
      paragraphs: [
        'Vi har modtaget en anmodning om at ændre e-mailadressen for din {org}-konto, {login}. Denne meddelelse sendes til din nuværende adresse.',
        'Hvis det var dig, der sendte anmodningen, behøver du ikke gøre mere.',
      ],
    },
    emailChanged: {
      heading: 'Din e-mailadresse er ændret',
      paragraphs: ['E-mailadressen for din {org}-konto, {login}, er nu {email}.'],
    },
    authenticatorEnrolled: {
      heading: 'Ny sikkerhedsmetode tilføjet',
      paragraphs: ['Der er tilføjet en ny sikkerhedsmetode til din {org}-konto, {login}.'],
    },
    authenticatorReset: {
      heading: 'Sikkerhedsmetoder nulstillet',
      paragraphs: [
        'Sikkerhedsmetoderne for din {org}-konto, {login}, er blevet nulstillet. Du bliver bedt om at konfigurere dem igen, næste gang du logger ind.',
      ],
    },
    passwordChanged: {
      heading: 'Din adgangskode er ændret',
      paragraphs: ['Adgangskoden til din {org}-konto, {login}, er netop blevet ændret.'],
    },
    igaAssigned: {
      heading: 'Du har gennemgange, der skal udføres',
      paragraphs: [
        'Du er udpeget til at foretage gennemgange i adgangscertificeringskampagnen {campaign}.',
        'Færdiggør dine gennemgange senest {endDate}.',
      ],
      button: 'Start gennemgang',
    },
    igaEnded: {
      heading: 'Kampagnen er slut',
      paragraphs: [
        'Adgangscertificeringskampagnen {campaign} er slut. Gennemgange, der ikke blev færdiggjort, kan ikke længere indsendes.',
      ],
      button: 'Åbn kampagne',
    },
    igaPending: {
      heading: 'Gennemgange venter på din beslutning',
      paragraphs: ['Du har stadig ventende gennemgange i kampagnen {campaign}. Fristen er {due}.'],
      button: 'Fortsæt gennemgang',
    },
    igaOverdue: {
      heading: 'Dine gennemgange er forsinkede',
      paragraphs: [
        'Nogle af dine gennemgange i kampagnen {campaign} har overskredet fristen. Færdiggør dem så hurtigt som muligt.',
      ],
      button: 'Færdiggør gennemgange',
    },
    igaReassigned: {
      heading: 'Gennemgange overdraget til dig',
      paragraphs: [
        '{assignedBy} har overdraget gennemgange i kampagnen {campaign} til dig.',
        'Færdiggør dem senest {endDate}.',
      ],
      button: 'Start gennemgang',
    },
    igaEndDateChanged: {
      heading: 'Kampagnens slutdato er ændret',
      paragraphs: ['Slutdatoen for kampagnen {campaign} er ændret. Den slutter nu {endDate}.'],
      button: 'Åbn kampagne',
    },
    sarAssigned: {
      heading: 'Ny gennemgang af sikkerhedsadgang',
      paragraphs: ['Du har fået tildelt gennemgangen af sikkerhedsadgang {review} for {principal}.'],
      button: 'Åbn gennemgang',
    },
    sarClosing: {
      heading: 'Gennemgang af sikkerhedsadgang lukker snart',
      paragraphs: [
        'Gennemgangen af sikkerhedsadgang {review} for {principal} lukker om 1 dag. Færdiggør den inden da.',
      ],
      button: 'Åbn gennemgang',
    },
    sarClosed: {
      heading: 'Gennemgang af sikkerhedsadgang lukket',
      paragraphs: ['Gennemgangen af sikkerhedsadgang {review} for {principal} er nu lukket.'],
      button: 'Vis gennemgang',
    },
  },
};
