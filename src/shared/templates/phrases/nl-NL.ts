import type { LanguagePhrases } from './types';

export const nlNL: LanguagePhrases = {
  common: {
    greeting: 'Hallo {firstName},',
    linkFallback: 'Werkt de knop niet? Kopieer dan deze link naar je browser:',
    ignoreNote: 'Heb je dit niet aangevraagd? Dan kun je deze e-mail negeren.',
    adminNote: 'Had je dit niet verwacht? Neem dan meteen contact op met je beheerder.',
    footer: 'Dit is een automatisch bericht van {org}. Beantwoord dit bericht niet.',
    iosApp: 'Okta Verify voor iPhone',
    androidApp: 'Okta Verify voor Android',
    labels: {
      directoryUsername: 'Gebruikersnaam in directory',
      browser: 'Browser',
      date: 'Datum',
      time: 'Tijd',
      location: 'Locatie',
      ipAddress: 'IP-adres',
      securityMethod: 'Beveiligingsmethode',
      securityMethods: 'Beveiligingsmethoden',
    },
  },
  subjects: {
    welcome: 'Welkom bij Okta!',
    passwordReset: 'Wachtwoord van account opnieuw instellen',
    forgottenPassword: 'Wachtwoord vergeten',
    unlockAccount: 'Account ontgrendelen',
    pushVerify: 'Activeringsmail voor Okta Verify Push',
    accountLockout: 'Account vergrendeld',
    emailChallenge: 'Eenmalige verificatielink per e-mail',
    confirmEmail: 'Bevestig je e-mailadres',
    newSignOn: 'Melding van nieuwe aanmelding',
    activateAccount: 'Account activeren',
    confirmEmailChange: 'Bevestig de wijziging van je e-mailadres',
    pendingEmailChange: 'Melding van aangevraagde wijziging van e-mailadres',
    emailChanged: 'Melding van wijziging van e-mailadres',
    welcomeInstance: 'Welkom bij {instance}!',
    authenticatorEnrolled: 'Beveiligingsmethode geregistreerd',
    authenticatorReset: 'Beveiligingsmethode opnieuw ingesteld',
    passwordChanged: 'Wachtwoord gewijzigd',
    igaAssigned: 'Beoordelingen toegewezen voor {campaign}',
    igaEnded: 'Beoordelingsperiode voor {campaign} is afgelopen',
    igaPending: 'Openstaande beoordelingen voor {campaign}, deadline {due}',
    igaOverdue: 'Achterstallige beoordelingen voor {campaign}',
    igaEndDateChanged: 'Einddatum van {campaign} is gewijzigd',
    sarAssigned: 'Nieuwe beveiligingstoegangsbeoordeling toegewezen: {review}',
    sarClosing: 'Herinnering: beveiligingstoegangsbeoordeling {review} sluit over 1 dag',
    sarClosed: 'Beveiligingstoegangsbeoordeling {review} is nu gesloten',
  },
  bodies: {
    activation: {
      heading: 'Activeer je account',
      paragraphs: [
        'Er is een account voor je aangemaakt bij {org}. Je gebruikersnaam is {login}.',
        'Klik op de knop hieronder om je account te activeren. De link verloopt over {activationExpiry}.',
      ],
      button: 'Account activeren',
    },
    forgotPassword: {
      heading: 'Stel je wachtwoord opnieuw in',
      paragraphs: [
        'We hebben een verzoek ontvangen om het wachtwoord van je {org}-account {login} opnieuw in te stellen.',
        'Klik op de knop hieronder om een nieuw wachtwoord te kiezen. De link verloopt over {resetExpiry}.',
      ],
      button: 'Wachtwoord opnieuw instellen',
      code: 'Of voer deze eenmalige code in:',
    },
    forgotPasswordDenied: {
      heading: 'Wachtwoord opnieuw instellen niet mogelijk',
      paragraphs: [
        'We hebben een verzoek ontvangen om het wachtwoord van je {org}-account {login} opnieuw in te stellen.',
        'Je wachtwoord kan niet op deze manier opnieuw worden ingesteld. Neem contact op met je beheerder voor hulp.',
      ],
    },
    resetByAdmin: {
      heading: 'Je wachtwoord is opnieuw ingesteld',
      paragraphs: [
        'Je beheerder heeft het wachtwoord van je {org}-account {login} opnieuw ingesteld.',
        'Klik op de knop hieronder om een nieuw wachtwoord te kiezen.',
      ],
      button: 'Nieuw wachtwoord instellen',
    },
    resetBySupport: {
      heading: 'Je wachtwoord is opnieuw ingesteld',
      paragraphs: [
        'Een supportmedewerker heeft het wachtwoord van je {org}-account {login} opnieuw ingesteld.',
        'Klik op de knop hieronder om een nieuw wachtwoord te kiezen.',
      ],
      button: 'Nieuw wachtwoord instellen',
    },
    unlock: {
      heading: 'Ontgrendel je account',
      paragraphs: [
        'We hebben een verzoek ontvangen om je {org}-account {login} te ontgrendelen.',
        'Klik op de knop hieronder om het te ontgrendelen. De link verloopt over {unlockExpiry}.',
      ],
      button: 'Account ontgrendelen',
      code: 'Of voer deze eenmalige code in:',
    },
    unlockNotLocked: {
      heading: 'Je account is niet vergrendeld',
      paragraphs: [
        'We hebben een verzoek ontvangen om je {org}-account {login} te ontgrendelen, maar het account is niet vergrendeld.',
        'Kun je je niet aanmelden? Stel dan je wachtwoord opnieuw in via de aanmeldpagina of neem contact op met je beheerder.',
      ],
      button: 'Naar de aanmeldpagina',
    },
    pushVerify: {
      heading: 'Okta Verify instellen',
      paragraphs: [
        'Installeer eerst Okta Verify op je telefoon om pushverificatie voor je {org}-account in te stellen.',
        'Open deze e-mail daarna op die telefoon en tik op de knop hieronder.',
      ],
      button: 'Okta Verify activeren',
    },
    accountLockout: {
      heading: 'Je account is vergrendeld',
      paragraphs: [
        'Je {org}-account {login} is vergrendeld na te veel mislukte aanmeldpogingen.',
        'Gebruik de ontgrendeloptie op de aanmeldpagina of neem contact op met je beheerder om het te ontgrendelen.',
      ],
      button: 'Naar de aanmeldpagina',
    },
    emailChallenge: {
      heading: 'Bevestig dat jij het bent',
      paragraphs: [
        'Iemand probeert zich aan te melden bij je {org}-account {login}. Ben jij dat? Klik dan op de knop hieronder om verder te gaan.',
      ],
      button: 'Aanmelden',
      code: 'Of voer deze verificatiecode in:',
    },
    emailVerification: {
      heading: 'Bevestig je e-mailadres',
      paragraphs: [
        'Klik op de knop hieronder om te bevestigen dat {email} het e-mailadres van je {org}-account is.',
      ],
      button: 'E-mailadres bevestigen',
      code: 'Of voer deze verificatiecode in:',
    },
    newSignOn: {
      heading: 'Nieuwe aanmelding bij je account',
      paragraphs: [
        'Met je {org}-account {login} is zojuist aangemeld vanaf een nieuw apparaat of een nieuwe browser.',
        'Was jij dit? Dan hoef je niets te doen. Zo niet, stel dan meteen je wachtwoord opnieuw in.',
      ],
    },
    registrationActivation: {
      heading: 'Activeer je account',
      paragraphs: [
        'Bedankt voor je registratie bij {instance}!',
        'Klik op de knop hieronder om je account te activeren.',
      ],
      button: 'Account activeren',
    },
    registrationVerification: {
      heading: 'Verifieer je e-mailadres',
      paragraphs: [
        'Bedankt voor je registratie bij {instance}!',
        'Klik op de knop hieronder om je e-mailadres te verifiëren en je account af te maken.',
      ],
      button: 'E-mailadres verifiëren',
      code: 'Of voer deze verificatiecode in:',
    },
    changeEmailCode: {
      heading: 'Bevestig je nieuwe e-mailadres',
      paragraphs: [
        'We hebben een verzoek ontvangen om het e-mailadres van je {org}-account {login} te wijzigen.',
      ],
      code: 'Voer deze verificatiecode in om de wijziging te bevestigen:',
    },
    pendingEmailChange: {
      heading: 'Wijziging van e-mailadres aangevraagd',
      paragraphs: [
        'We hebben een verzoek ontvangen om het e-mailadres van je {org}-account {login} te wijzigen. Deze melding gaat naar je huidige adres.',
        'Heb jij dit aangevraagd? Dan hoef je verder niets te doen.',
      ],
    },
    emailChanged: {
      heading: 'Je e-mailadres is gewijzigd',
      paragraphs: ['Het e-mailadres van je {org}-account {login} is nu {email}.'],
    },
    authenticatorEnrolled: {
      heading: 'Nieuwe beveiligingsmethode toegevoegd',
      paragraphs: ['Er is een nieuwe beveiligingsmethode toegevoegd aan je {org}-account {login}.'],
    },
    authenticatorReset: {
      heading: 'Beveiligingsmethoden opnieuw ingesteld',
      paragraphs: [
        'De beveiligingsmethoden van je {org}-account {login} zijn opnieuw ingesteld. Bij je volgende aanmelding word je gevraagd ze opnieuw in te stellen.',
      ],
    },
    passwordChanged: {
      heading: 'Je wachtwoord is gewijzigd',
      paragraphs: ['Het wachtwoord van je {org}-account {login} is zojuist gewijzigd.'],
    },
    igaAssigned: {
      heading: 'Je hebt beoordelingen te doen',
      paragraphs: [
        'Je bent aangewezen als beoordelaar in de toegangscertificeringscampagne {campaign}.',
        'Rond je beoordelingen af vóór {endDate}.',
      ],
      button: 'Beginnen met beoordelen',
    },
    igaEnded: {
      heading: 'Campagne beëindigd',
      paragraphs: [
        'De toegangscertificeringscampagne {campaign} is beëindigd. Onvoltooide beoordelingen kunnen niet meer worden ingediend.',
      ],
      button: 'Campagne openen',
    },
    igaPending: {
      heading: 'Beoordelingen wachten op je besluit',
      paragraphs: ['Je hebt nog openstaande beoordelingen in de campagne {campaign}. Deadline: {due}.'],
      button: 'Verder met beoordelen',
    },
    igaOverdue: {
      heading: 'Je beoordelingen zijn te laat',
      paragraphs: [
        'Een aantal van je beoordelingen in de campagne {campaign} is over de deadline. Rond ze zo snel mogelijk af.',
      ],
      button: 'Beoordelingen afronden',
    },
    igaReassigned: {
      heading: 'Beoordelingen aan jou toegewezen',
      paragraphs: [
        '{assignedBy} heeft beoordelingen in de campagne {campaign} aan jou toegewezen.',
        'Rond ze af vóór {endDate}.',
      ],
      button: 'Beginnen met beoordelen',
    },
    igaEndDateChanged: {
      heading: 'Einddatum van campagne gewijzigd',
      paragraphs: [
        'De einddatum van de campagne {campaign} is gewijzigd. De campagne eindigt nu op {endDate}.',
      ],
      button: 'Campagne openen',
    },
    sarAssigned: {
      heading: 'Nieuwe beveiligingstoegangsbeoordeling',
      paragraphs: ['De beveiligingstoegangsbeoordeling {review} voor {principal} is aan jou toegewezen.'],
      button: 'Beoordeling openen',
    },
    sarClosing: {
      heading: 'Beveiligingstoegangsbeoordeling sluit binnenkort',
      paragraphs: [
        'De beveiligingstoegangsbeoordeling {review} voor {principal} sluit over 1 dag. Rond deze voor die tijd af.',
      ],
      button: 'Beoordeling openen',
    },
    sarClosed: {
      heading: 'Beveiligingstoegangsbeoordeling gesloten',
      paragraphs: ['De beveiligingstoegangsbeoordeling {review} voor {principal} is nu gesloten.'],
      button: 'Beoordeling bekijken',
    },
  },
};
