import type { LanguagePhrases } from './types';

export const fi: LanguagePhrases = {
  common: {
    greeting: 'Hei {firstName},',
    linkFallback: 'Jos painike ei toimi, kopioi tämä linkki selaimeesi:',
    ignoreNote: 'Jos et pyytänyt tätä, voit jättää tämän sähköpostin huomiotta.',
    adminNote: 'Jos et odottanut tätä, ota heti yhteyttä järjestelmänvalvojaan.',
    footer: 'Tämä on automaattinen viesti organisaatiolta {org}. Älä vastaa siihen.',
    iosApp: 'Okta Verify iPhonelle',
    androidApp: 'Okta Verify Androidille',
    labels: {
      directoryUsername: 'Hakemiston käyttäjänimi',
      browser: 'Selain',
      date: 'Päivämäärä',
      time: 'Aika',
      location: 'Sijainti',
      ipAddress: 'IP-osoite',
      securityMethod: 'Suojausmenetelmä',
      securityMethods: 'Suojausmenetelmät',
    },
  },
  subjects: {
    welcome: 'Tervetuloa Oktaan!',
    passwordReset: 'Tilin salasanan vaihtaminen',
    forgottenPassword: 'Unohtunut salasana',
    unlockAccount: 'Avaa tilin lukitus',
    pushVerify: 'Okta Verify Push -aktivointiviesti',
    accountLockout: 'Tili lukittu',
    emailChallenge: 'Kertakäyttöinen todennuslinkki sähköpostitse',
    confirmEmail: 'Vahvista sähköpostiosoitteesi',
    newSignOn: 'Ilmoitus uudesta kirjautumisesta',
    activateAccount: 'Aktivoi tili',
    confirmEmailChange: 'Vahvista sähköpostiosoitteen muutos',
    pendingEmailChange: 'Ilmoitus odottavasta sähköpostiosoitteen muutoksesta',
    emailChanged: 'Ilmoitus sähköpostiosoitteen muutoksesta',
    welcomeInstance: 'Tervetuloa palveluun {instance}!',
    authenticatorEnrolled: 'Suojausmenetelmä rekisteröity',
    authenticatorReset: 'Suojausmenetelmä nollattu',
    passwordChanged: 'Salasana vaihdettu',
    igaAssigned: 'Tarkistuksia osoitettu kampanjassa {campaign}',
    igaEnded: 'Kampanjan {campaign} tarkistusjakso on päättynyt',
    igaPending: 'Odottavia tarkistuksia kampanjassa {campaign}, määräaika {due}',
    igaOverdue: 'Myöhässä olevia tarkistuksia kampanjassa {campaign}',
    igaEndDateChanged: 'Kampanjan {campaign} päättymispäivä on muuttunut',
    sarAssigned: 'Uusi suojauskäyttöoikeuksien tarkistus osoitettu: {review}',
    sarClosing: 'Muistutus: suojauskäyttöoikeuksien tarkistus {review} sulkeutuu 1 päivän kuluttua',
    sarClosed: 'Suojauskäyttöoikeuksien tarkistus {review} on nyt suljettu',
  },
  bodies: {
    activation: {
      heading: 'Aktivoi tilisi',
      paragraphs: [
        'Sinulle on luotu tili organisaatiossa {org}. Käyttäjänimesi on {login}.',
        'Aktivoi tilisi napsauttamalla alla olevaa painiketta. Linkki vanhenee {activationExpiry} kuluttua.',
      ],
      button: 'Aktivoi tili',
    },
    forgotPassword: {
      heading: 'Vaihda salasanasi',
      paragraphs: [
        'Saimme pyynnön vaihtaa {org}-tilisi {login} salasana.',
        'Valitse uusi salasana napsauttamalla alla olevaa painiketta. Linkki vanhenee {resetExpiry} kuluttua.',
      ],
      button: 'Vaihda salasana',
      code: 'Tai anna tämä kertakäyttöinen koodi:',
    },
    forgotPasswordDenied: {
      heading: 'Salasanaa ei voi vaihtaa',
      paragraphs: [
        'Saimme pyynnön vaihtaa {org}-tilisi {login} salasana.',
        'Salasanaasi ei voi vaihtaa tällä tavalla. Pyydä apua järjestelmänvalvojalta.',
      ],
    },
    resetByAdmin: {
      heading: 'Salasanasi on nollattu',
      paragraphs: [
        'Järjestelmänvalvoja on nollannut {org}-tilisi {login} salasanan.',
        'Valitse uusi salasana napsauttamalla alla olevaa painiketta.',
      ],
      button: 'Aseta uusi salasana',
    },
    resetBySupport: {
      heading: 'Salasanasi on nollattu',
      paragraphs: [
        'Tukihenkilö on nollannut {org}-tilisi {login} salasanan.',
        'Valitse uusi salasana napsauttamalla alla olevaa painiketta.',
      ],
      button: 'Aseta uusi salasana',
    },
    unlock: {
      heading: 'Avaa tilisi lukitus',
      paragraphs: [
        'Saimme pyynnön avata {org}-tilisi {login} lukitus.',
        'Avaa lukitus napsauttamalla alla olevaa painiketta. Linkki vanhenee {unlockExpiry} kuluttua.',
      ],
      button: 'Avaa tilin lukitus',
      code: 'Tai anna tämä kertakäyttöinen koodi:',
    },
    unlockNotLocked: {
      heading: 'Tiliäsi ei ole lukittu',
      paragraphs: [
        'Saimme pyynnön avata {org}-tilisi {login} lukitus, mutta tiliä ei ole lukittu.',
        'Jos et pysty kirjautumaan, vaihda salasanasi kirjautumissivulla tai ota yhteyttä järjestelmänvalvojaan.',
      ],
      button: 'Siirry kirjautumissivulle',
    },
    pushVerify: {
      heading: 'Ota Okta Verify käyttöön',
      paragraphs: [
        'Jos haluat ottaa push-vahvistuksen käyttöön {org}-tilillesi, asenna ensin Okta Verify puhelimeesi.',
        'Avaa sitten tämä sähköposti kyseisellä puhelimella ja napauta alla olevaa painiketta.',
      ],
      button: 'Aktivoi Okta Verify',
    },
    accountLockout: {
      heading: 'Tilisi on lukittu',
      paragraphs: [
        '{org}-tilisi {login} on lukittu liian monen epäonnistuneen kirjautumisyrityksen jälkeen.',
        'Avaa lukitus kirjautumissivun lukituksen avausvalinnalla tai ota yhteyttä järjestelmänvalvojaan.',
      ],
      button: 'Siirry kirjautumissivulle',
    },
    emailChallenge: {
      heading: 'Vahvista, että kyse on sinusta',
      paragraphs: [
        'Joku yrittää kirjautua {org}-tilillesi {login}. Jos se olet sinä, jatka napsauttamalla alla olevaa painiketta.',
      ],
      button: 'Kirjaudu sisään',
      code: 'Tai anna tämä vahvistuskoodi:',
    },
    emailVerification: {
      heading: 'Vahvista sähköpostiosoitteesi',
      paragraphs: [
        'Vahvista napsauttamalla alla olevaa painiketta, että {email} on {org}-tilisi sähköpostiosoite.',
      ],
      button: 'Vahvista sähköpostiosoite',
      code: 'Tai anna tämä vahvistuskoodi:',
    },
    newSignOn: {
      heading: 'Uusi kirjautuminen tilillesi',
      paragraphs: [
        '{org}-tilillesi {login} kirjauduttiin juuri uudesta laitteesta tai selaimesta.',
        'Jos se olit sinä, sinun ei tarvitse tehdä mitään. Muussa tapauksessa vaihda salasanasi heti.',
      ],
    },
    registrationActivation: {
      heading: 'Aktivoi tilisi',
      paragraphs: [
        'Kiitos, että rekisteröidyit palveluun {instance}!',
        'Aktivoi tilisi napsauttamalla alla olevaa painiketta.',
      ],
      button: 'Aktivoi tili',
    },
    registrationVerification: {
      heading: 'Vahvista sähköpostiosoitteesi',
      paragraphs: [
        'Kiitos, että rekisteröidyit palveluun {instance}!',
        'Vahvista sähköpostiosoitteesi ja viimeistele tilisi luonti napsauttamalla alla olevaa painiketta.',
      ],
      button: 'Vahvista sähköpostiosoite',
      code: 'Tai anna tämä vahvistuskoodi:',
    },
    changeEmailCode: {
      heading: 'Vahvista uusi sähköpostiosoitteesi',
      paragraphs: ['Saimme pyynnön vaihtaa {org}-tilisi {login} sähköpostiosoite.'],
      code: 'Vahvista muutos antamalla tämä vahvistuskoodi:',
    },
    pendingEmailChange: {
      heading: 'Sähköpostiosoitteen muutosta on pyydetty',
      paragraphs: [
        'Saimme pyynnön vaihtaa {org}-tilisi {login} sähköpostiosoite. Tämä ilmoitus lähetetään nykyiseen osoitteeseesi.',
        'Jos teit pyynnön itse, sinun ei tarvitse tehdä muuta.',
      ],
    },
    emailChanged: {
      heading: 'Sähköpostiosoitteesi on vaihdettu',
      paragraphs: ['{org}-tilisi {login} sähköpostiosoite on nyt {email}.'],
    },
    authenticatorEnrolled: {
      heading: 'Uusi suojausmenetelmä lisätty',
      paragraphs: ['{org}-tilillesi {login} on lisätty uusi suojausmenetelmä.'],
    },
    authenticatorReset: {
      heading: 'Suojausmenetelmät nollattu',
      paragraphs: [
        '{org}-tilisi {login} suojausmenetelmät on nollattu. Sinua pyydetään ottamaan ne uudelleen käyttöön, kun kirjaudut seuraavan kerran.',
      ],
    },
    passwordChanged: {
      heading: 'Salasanasi on vaihdettu',
      paragraphs: ['{org}-tilisi {login} salasana vaihdettiin juuri.'],
    },
    igaAssigned: {
      heading: 'Sinulla on tarkistuksia tehtävänä',
      paragraphs: [
        'Sinut on nimetty tarkistajaksi käyttöoikeuksien sertifiointikampanjaan {campaign}.',
        'Tee tarkistuksesi viimeistään {endDate}.',
      ],
      button: 'Aloita tarkistus',
    },
    igaEnded: {
      heading: 'Kampanja on päättynyt',
      paragraphs: [
        'Käyttöoikeuksien sertifiointikampanja {campaign} on päättynyt. Keskeneräisiä tarkistuksia ei voi enää lähettää.',
      ],
      button: 'Avaa kampanja',
    },
    igaPending: {
      heading: 'Tarkistukset odottavat päätöstäsi',
      paragraphs: ['Sinulla on vielä odottavia tarkistuksia kampanjassa {campaign}. Määräaika: {due}.'],
      button: 'Jatka tarkistusta',
    },
    igaOverdue: {
      heading: 'Tarkistuksesi ovat myöhässä',
      paragraphs: [
        'Osa tarkistuksistasi kampanjassa {campaign} on ylittänyt määräajan. Tee ne mahdollisimman pian.',
      ],
      button: 'Tee tarkistukset',
    },
    igaReassigned: {
      heading: 'Sinulle on siirretty tarkistuksia',
      paragraphs: [
        '{assignedBy} siirsi sinulle tarkistuksia kampanjassa {campaign}.',
        'Tee ne viimeistään {endDate}.',
      ],
      button: 'Aloita tarkistus',
    },
    igaEndDateChanged: {
      heading: 'Kampanjan päättymispäivä on muuttunut',
      paragraphs: ['Kampanjan {campaign} päättymispäivä on muuttunut. Se päättyy nyt {endDate}.'],
      button: 'Avaa kampanja',
    },
    sarAssigned: {
      heading: 'Uusi suojauskäyttöoikeuksien tarkistus',
      paragraphs: [
        'Sinulle on osoitettu suojauskäyttöoikeuksien tarkistus {review}, joka koskee käyttäjää {principal}.',
      ],
      button: 'Avaa tarkistus',
    },
    sarClosing: {
      heading: 'Suojauskäyttöoikeuksien tarkistus sulkeutuu pian',
      paragraphs: [
        'Käyttäjää {principal} koskeva suojauskäyttöoikeuksien tarkistus {review} sulkeutuu 1 päivän kuluttua. Tee se sitä ennen.',
      ],
      button: 'Avaa tarkistus',
    },
    sarClosed: {
      heading: 'Suojauskäyttöoikeuksien tarkistus suljettu',
      paragraphs: [
        'Käyttäjää {principal} koskeva suojauskäyttöoikeuksien tarkistus {review} on nyt suljettu.',
      ],
      button: 'Näytä tarkistus',
    },
  },
};
