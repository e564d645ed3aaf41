import type { LanguagePhrases } from './types';

export const nb: LanguagePhrases = {
  common: {
    greeting: 'Hei {firstName},',
    linkFallback: 'Hvis knappen ikke fungerer, kan du kopiere denne lenken inn i nettleseren:',
    ignoreNote: 'Hvis du ikke har bedt om dette, kan du se bort fra denne e-posten.',
    adminNote: 'Hvis du ikke ventet dette, må du kontakte administratoren din med en gang.',
    footer: 'Dette er en automatisk melding fra {org}. Ikke svar på den.',
    iosApp: 'Okta Verify for iPhone',
    androidApp: 'Okta Verify for Android',
    labels: {
      directoryUsername: 'Brukernavn i katalogen',
      browser: 'Nettleser',
      date: 'Dato',
      time: 'Klokkeslett',
      location: 'Sted',
      ipAddress: 'IP-adresse',
      securityMethod: 'Sikkerhetsmetode',
      securityMethods: 'Sikkerhetsmetoder',
    },
  },
  subjects: {
    welcome: 'Velkommen til Okta!',
    passwordReset: 'Tilbakestilling av passordet til kontoen',
    forgottenPassword: 'Glemt passord',
    unlockAccount: 'Lås opp kontoen',
    pushVerify: 'Aktiverings-e-post for Okta Verify Push',
    accountLockout: 'Kontoen er låst',
    emailChallenge: 'Engangslenke for autentisering via e-post',
    confirmEmail: 'Bekreft e-postadressen din',
    newSignOn: 'Varsel om ny pålogging',
    activateAccount: 'Aktiver kontoen',
    confirmEmailChange: 'Bekreft endring av e-postadresse',
    pendingEmailChange: 'Varsel om ventende endring av e-postadresse',
    emailChanged: 'Varsel om endret e-postadresse',
    welcomeInstance: 'Velkommen til {instance}!',
    authenticatorEnrolled: 'Sikkerhetsmetode registrert',
    authenticatorReset: 'Sikkerhetsmetode tilbakestilt',
    passwordChanged: 'Passordet er endret',
    igaAssigned: 'Gjennomganger tildelt for {campaign}',
    igaEnded: 'Gjennomgangsperioden for {campaign} er avsluttet',
    igaPending: 'Ventende gjennomganger for {campaign}, frist {due}',
    igaOverdue: 'Forsinkede gjennomganger for {campaign}',
    igaEndDateChanged: 'Sluttdatoen for {campaign} er endret',
    sarAssigned: 'Ny gjennomgang av sikkerhetstilgang tildelt: {review}',
    sarClosing: 'Påminnelse: gjennomgangen av sikkerhetstilgang {review} stenger om 1 dag',
    sarClosed: 'Gjennomgangen av sikkerhetstilgang {review} er nå stengt',
  },
  bodies: {
    activation: {
      heading: 'Aktiver kontoen din',
      paragraphs: [
        'Det er opprettet en konto til deg hos {org}. Brukernavnet ditt er {login}.',
        'Klikk på knappen nedenfor for å aktivere kontoen. Lenken utløper om {activationExpiry}.',
      ],
      button: 'Aktiver kontoen',
    },
    forgotPassword: {
      heading: 'Tilbakestill passordet ditt',
      paragraphs: [
        'Vi har mottatt en forespørsel om å tilbakestille passordet til {org}-kontoen din, {login}.',
        'Klikk på knappen nedenfor for å velge et nytt passord. Lenken utløper om {resetExpiry}.',
      ],
      button: 'Tilbakestill passordet',
      code: 'Eller skriv inn denne engangskoden:',
    },
    forgotPasswordDenied: {
      heading: 'Passordet kan ikke tilbakestilles',
      paragraphs: [
        'Vi har mottatt en forespørsel om å tilbakestille passordet til {org}-kontoen din, {login}.',
        'Passordet ditt kan ikke tilbakestilles på denne måten. Kontakt administratoren din for å få hjelp.',
      ],
    },
    resetByAdmin: {
      heading: 'Passordet ditt er tilbakestilt',
      paragraphs: [
        'Administratoren din har tilbakestilt passordet til {org}-kontoen din, {login}.',
        'Klikk på knappen nedenfor for å velge et nytt passord.',
      ],
      button: 'Angi nytt passord',
    },
    resetBySupport: {
      heading: 'Passordet ditt er tilbakestilt',
      paragraphs: [
        'En kundestøttemedarbeider har tilbakestilt passordet til {org}-kontoen din, {login}.',
        'Klikk på knappen nedenfor for å velge et nytt passord.',
      ],
      button: 'Angi nytt passord',
    },
    unlock: {
      heading: 'Lås opp kontoen din',
      paragraphs: [
        'Vi har mottatt en forespørsel om å låse opp {org}-kontoen din, {login}.',
        'Klikk på knappen nedenfor for å låse den opp. Lenken utløper om {unlockExpiry}.',
      ],
      button: 'Lås opp kontoen',
      code: 'Eller skriv inn denne engangskoden:',
    },
    unlockNotLocked: {
      heading: 'Kontoen din er ikke låst',
      paragraphs: [
        'Vi har mottatt en forespørsel om å låse opp {org}-kontoen din, {login}, men kontoen er ikke låst.',
        'Hvis du ikke får logget på, kan du tilbakestille passordet fra påloggingssiden eller kontakte administratoren din.',
      ],
      button: 'Gå til påloggingssiden',
    },
    pushVerify: {
      heading: 'Konfigurer Okta Verify',
      paragraphs: [
        'For å konfigurere push-bekreftelse for {org}-kontoen din må du først installere Okta Verify på telefonen.',
        'Åpne deretter denne e-posten på telefonen og trykk på knappen nedenfor.',
      ],
      button: 'Aktiver Okta Verify',
    },
    accountLockout: {
      heading: 'Kontoen din er låst',
      paragraphs: [
        '{org}-kontoen din, {login}, er låst etter for mange mislykkede påloggingsforsøk.',
        'Bruk opplåsingsvalget på påloggingssiden eller kontakt administratoren din for å låse den opp.',
      ],
      button: 'Gå til påloggingssiden',
    },
    emailChallenge: {
      heading: 'Bekreft at det er deg',
      paragraphs: [
        'Noen prøver å logge på {org}-kontoen din, {login}. Hvis det er deg, klikker du på knappen nedenfor for å fortsette.',
      ],
      button: 'Logg på',
      code: 'Eller skriv inn denne bekreftelseskoden:',
    },
    emailVerification: {
      heading: 'Bekreft e-postadressen din',
      paragraphs: [
        'Klikk på knappen nedenfor for å bekrefte at {email} er e-postadressen til {org}-kontoen din.',
      ],
      button: 'Bekreft e-postadressen',
      code: 'Eller skriv inn denne bekreftelseskoden:',
    },
    newSignOn: {
      heading: 'Ny pålogging på kontoen din',
      paragraphs: [
        '{org}-kontoen din, {login}, ble nettopp brukt til å logge på fra en ny enhet eller nettleser.',
        'Hvis det var deg, trenger du ikke gjøre noe. Hvis ikke, må du tilbakestille passordet med en gang.',
      ],
    },
    registrationActivation: {
      heading: 'Aktiver kontoen din',
      paragraphs: [
        'Takk for at du registrerte deg for {instance}!',
        'Klikk på knappen nedenfor for å aktivere kontoen.',
      ],
      button: 'Aktiver kontoen',
    },
    registrationVerification: {
      heading: 'Bekreft e-postadressen din',
      paragraphs: [
        'Takk for at du registrerte deg for {instance}!',
        'Klikk på knappen nedenfor for å bekrefte e-postadressen din og fullføre opprettelsen av kontoen.',
      ],
      button: 'Bekreft e-postadressen',
      code: 'Eller skriv inn denne bekreftelseskoden:',
    },
    changeEmailCode: {
      heading: 'Bekreft den nye e-postadressen din',
      paragraphs: ['Vi har mottatt en forespørsel om å endre e-postadressen til {org}-kontoen din, {login}.'],
      code: 'Skriv inn denne bekreftelseskoden for å bekrefte endringen:',
    },
    pendingEmailChange: {
      heading: 'Endring av e-postadresse forespurt',
      paragraphs: [
        'Vi har mottatt en forespørsel om å endre e-postadressen til {org}-kontoen din, {login}. Dette varselet sendes til den nåværende adressen din.',
        'Hvis det var du som sendte forespørselen, trenger du ikke gjøre noe mer.',
      ],
    },
    emailChanged: {
      heading: 'E-postadressen din er endret',
      paragraphs: ['E-postadressen til {org}-kontoen din, {login}, er nå {email}.'],
    },
    authenticatorEnrolled: {
      heading: 'Ny sikkerhetsmetode lagt til',
      paragraphs: ['En ny sikkerhetsmetode er lagt til for {org}-kontoen din, {login}.'],
    },
    authenticatorReset: {
      heading: 'Sikkerhetsmetodene er tilbakestilt',
      paragraphs: [
        'Sikkerhetsmetodene for {org}-kontoen din, {login}, er tilbakestilt. Du blir bedt om å konfigurere dem på nytt neste gang du logger på.',
      ],
    },
    passwordChanged: {
      heading: 'Passordet ditt er endret',
      paragraphs: ['Passordet til {org}-kontoen din, {login}, ble nettopp endret.'],
    },
    igaAssigned: {
      heading: 'Du har gjennomganger å fullføre',
      paragraphs: [
        'Du er utpekt som kontrollør i tilgangssertifiseringskampanjen {campaign}.',
        'Fullfør gjennomgangene dine innen {endDate}.',
      ],
      button: 'Start gjennomgangen',
    },
    igaEnded: {
      heading: 'Kampanjen er avsluttet',
      paragraphs: [
        'Tilgangssertifiseringskampanjen {campaign} er avsluttet. Gjennomganger som ikke ble fullført, kan ikke lenger sendes inn.',
      ],
      button: 'Åpne kampanjen',
    },
    igaPending: {
      heading: 'Gjennomganger venter på avgjørelsen din',
      paragraphs: ['Du har fortsatt ventende gjennomganger i kampanjen {campaign}. Fristen er {due}.'],
      button: 'Fortsett gjennomgangen',
    },
    igaOverdue: {
      heading: 'Gjennomgangene dine er forsinket',
      paragraphs: [
        'Noen av gjennomgangene dine i kampanjen {campaign} har passert fristen. Fullfør dem så snart som mulig.',
      ],
      button: 'Fullfør gjennomgangene',
    },
    igaReassigned: {
      heading: 'Gjennomganger tildelt deg',
      paragraphs: [
        '{assignedBy} har tildelt deg gjennomganger i kampanjen {campaign}.',
        'Fullfør dem innen {endDate}.',
      ],
      button: 'Start gjennomgangen',
    },
    igaEndDateChanged: {
      heading: 'Sluttdatoen for kampanjen er endret',
      paragraphs: ['Sluttdatoen for kampanjen {campaign} er endret. Den avsluttes nå {endDate}.'],
      button: 'Åpne kampanjen',
    },
    sarAssigned: {
      heading: 'Ny gjennomgang av sikkerhetstilgang',
      paragraphs: ['Du har fått tildelt gjennomgangen av sikkerhetstilgang {review} for {principal}.'],
      button: 'Åpne gjennomgangen',
    },
    sarClosing: {
      heading: 'Gjennomgang av sikkerhetstilgang stenger snart',
      paragraphs: [
        'Gjennomgangen av sikkerhetstilgang {review} for {principal} stenger om 1 dag. Fullfør den før det.',
      ],
      button: 'Åpne gjennomgangen',
    },
    sarClosed: {
      heading: 'Gjennomgang av sikkerhetstilgang stengt',
      paragraphs: ['Gjennomgangen av sikkerhetstilgang {review} for {principal} er nå stengt.'],
      button: 'Vis gjennomgangen',
    },
  },
};
