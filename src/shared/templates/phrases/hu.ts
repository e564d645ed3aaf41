import type { LanguagePhrases } from './types';

export const hu: LanguagePhrases = {
  common: {
    greeting: 'Kedves {firstName}!',
    linkFallback: 'Ha a gomb nem működik, másolja ezt a hivatkozást a böngészőjébe:',
    ignoreNote: 'Ha nem Ön kérte ezt, nyugodtan figyelmen kívül hagyhatja ezt az e-mailt.',
    adminNote: 'Ha erre nem számított, azonnal forduljon a rendszergazdához.',
    footer: 'Ez a(z) {org} automatikus üzenete. Kérjük, ne válaszoljon rá.',
    iosApp: 'Okta Verify iPhone-ra',
    androidApp: 'Okta Verify Androidra',
    labels: {
      directoryUsername: 'Címtárbeli felhasználónév',
      browser: 'Böngésző',
      date: 'Dátum',
      time: 'Időpont',
      location: 'Hely',
      ipAddress: 'IP-cím',
      securityMethod: 'Biztonsági módszer',
      securityMethods: 'Biztonsági módszerek',
    },
  },
  subjects: {
    welcome: 'Üdvözöljük az Oktában!',
    passwordReset: 'Fiókjelszó visszaállítása',
    forgottenPassword: 'Elfelejtett jelszó',
    unlockAccount: 'Fiók feloldása',
    pushVerify: 'Okta Verify Push aktiválási e-mail',
    accountLockout: 'Fiók zárolva',
    emailChallenge: 'Egyszer használható hitelesítési hivatkozás',
    confirmEmail: 'Erősítse meg e-mail-címét',
    newSignOn: 'Értesítés új bejelentkezésről',
    activateAccount: 'Fiók aktiválása',
    confirmEmailChange: 'Erősítse meg az e-mail-cím módosítását',
    pendingEmailChange: 'Értesítés függőben lévő e-mail-cím-módosításról',
    emailChanged: 'Értesítés e-mail-cím módosításáról',
    welcomeInstance: 'Üdvözöljük itt: {instance}!',
    authenticatorEnrolled: 'Biztonsági módszer regisztrálva',
    authenticatorReset: 'Biztonsági módszer visszaállítva',
    passwordChanged: 'Jelszó módosítva',
    igaAssigned: 'Hozzárendelt felülvizsgálatok: {campaign}',
    igaEnded: 'Lejárt a felülvizsgálati időszak: {campaign}',
    igaPending: 'Függőben lévő felülvizsgálatok: {campaign}, határidő: {due}',
    igaOverdue: 'Lejárt határidejű felülvizsgálatok: {campaign}',
    igaEndDateChanged: 'Módosult a záró dátum: {campaign}',
    sarAssigned: 'Új biztonsági hozzáférés-felülvizsgálat hozzárendelve: {review}',
    sarClosing: 'Emlékeztető: a(z) {review} biztonsági hozzáférés-felülvizsgálat 1 nap múlva lezárul',
    sarClosed: 'A(z) {review} biztonsági hozzáférés-felülvizsgálat lezárult',
  },
  bodies: {
    activation: {
      heading: 'Aktiválja fiókját',
      paragraphs: [
        'Fiókot hoztunk létre Önnek itt: {org}. Felhasználóneve: {login}.',
        'A fiók aktiválásához kattintson az alábbi gombra. A hivatkozás {activationExpiry} múlva lejár.',
      ],
      button: 'Fiók aktiválása',
    },
    forgotPassword: {
      heading: 'Állítsa vissza jelszavát',
      paragraphs: [
        'Kérést kaptunk a(z) {org} fiókja ({login}) jelszavának visszaállítására.',
        'Új jelszó megadásához kattintson az alábbi gombra. A hivatkozás {resetExpiry} múlva lejár.',
      ],
      button: 'Jelszó visszaállítása',
      code: 'Vagy adja meg ezt az egyszer használható kódot:',
    },
    forgotPasswordDenied: {
      heading: 'A jelszó nem állítható vissza',
      paragraphs: [
        'Kérést kaptunk a(z) {org} fiókja ({login}) jelszavának visszaállítására.',
        'Jelszava ezen a módon nem állítható vissza. Segítségért forduljon a rendszergazdához.',
      ],
    },
    resetByAdmin: {
      heading: 'Jelszavát visszaállították',
      paragraphs: [
        'A rendszergazda visszaállította a(z) {org} fiókja ({login}) jelszavát.',
        'Új jelszó megadásához kattintson az alábbi gombra.',
      ],
      button: 'Új jelszó megadása',
    },
    resetBySupport: {
      heading: 'Jelszavát visszaállították',
      paragraphs: [
        'Egy ügyfélszolgálati munkatárs visszaállította a(z) {org} fiókja ({login}) jelszavát.',
        'Új jelszó megadásához kattintson az alábbi gombra.',
      ],
      button: 'Új jelszó megadása',
    },
    unlock: {
      heading: 'Oldja fel fiókját',
      paragraphs: [
        'Kérést kaptunk a(z) {org} fiókja ({login}) zárolásának feloldására.',
        'A feloldáshoz kattintson az alábbi gombra. A hivatkozás {unlockExpiry} múlva lejár.',
      ],
      button: 'Fiók feloldása',
      code: 'Vagy adja meg ezt az egyszer használható kódot:',
    },
    unlockNotLocked: {
      heading: 'Fiókja nincs zárolva',
      paragraphs: [
        'Kérést kaptunk a(z) {org} fiókja ({login}) feloldására, de a fiók nincs zárolva.',
        'Ha nem tud bejelentkezni, állítsa vissza jelszavát a bejelentkezési oldalon, vagy forduljon a rendszergazdához.',
      ],
      button: 'Ugrás a bejelentkezési oldalra',
    },
    pushVerify: {
      heading: 'Az Okta Verify beállítása',
      paragraphs: [
        'A(z) {org} fiókja push-ellenőrzésének beállításához először telepítse az Okta Verify alkalmazást a telefonjára.',
        'Ezután nyissa meg ezt az e-mailt azon a telefonon, és koppintson az alábbi gombra.',
      ],
      button: 'Okta Verify aktiválása',
    },
    accountLockout: {
      heading: 'Fiókja zárolva van',
      paragraphs: [
        'A(z) {org} fiókját ({login}) túl sok sikertelen bejelentkezési kísérlet miatt zároltuk.',
        'A feloldáshoz használja a bejelentkezési oldal feloldási lehetőségét, vagy forduljon a rendszergazdához.',
      ],
      button: 'Ugrás a bejelentkezési oldalra',
    },
    emailChallenge: {
      heading: 'Erősítse meg, hogy Ön az',
      paragraphs: [
        'Valaki be próbál jelentkezni a(z) {org} fiókjába ({login}). Ha Ön az, a folytatáshoz kattintson az alábbi gombra.',
      ],
      button: 'Bejelentkezés',
      code: 'Vagy adja meg ezt az ellenőrző kódot:',
    },
    emailVerification: {
      heading: 'Erősítse meg e-mail-címét',
      paragraphs: [
        'Kattintson az alábbi gombra annak megerősítéséhez, hogy a(z) {email} a(z) {org} fiókja e-mail-címe.',
      ],
      button: 'E-mail-cím megerősítése',
      code: 'Vagy adja meg ezt az ellenőrző kódot:',
    },
    newSignOn: {
      heading: 'Új bejelentkezés a fiókjába',
      paragraphs: [
        'A(z) {org} fiókjával ({login}) az imént bejelentkeztek egy új eszközről vagy böngészőből.',
        'Ha Ön volt, nincs teendője. Ha nem, azonnal állítsa vissza jelszavát.',
      ],
    },
    registrationActivation: {
      heading: 'Aktiválja fiókját',
      paragraphs: [
        'Köszönjük, hogy regisztrált itt: {instance}!',
        'A fiók aktiválásához kattintson az alábbi gombra.',
      ],
      button: 'Fiók aktiválása',
    },
    registrationVerification: {
      heading: 'Igazolja e-mail-címét',
      paragraphs: [
        'Köszönjük, hogy regisztrált itt: {instance}!',
        'Kattintson az alábbi gombra e-mail-címe igazolásához és a fiók létrehozásának befejezéséhez.',
      ],
      button: 'E-mail-cím igazolása',
      code: 'Vagy adja meg ezt az ellenőrző kódot:',
    },
    changeEmailCode: {
      heading: 'Erősítse meg új e-mail-címét',
      paragraphs: ['Kérést kaptunk a(z) {org} fiókja ({login}) e-mail-címének módosítására.'],
      code: 'A módosítás megerősítéséhez adja meg ezt az ellenőrző kódot:',
    },
    pendingEmailChange: {
      heading: 'E-mail-cím módosítását kérték',
      paragraphs: [
        'Kérést kaptunk a(z) {org} fiókja ({login}) e-mail-címének módosítására. Ezt az értesítést a jelenlegi címére küldjük.',
        'Ha Ön kérte a módosítást, nincs további teendője.',
      ],
    },
    emailChanged: {
      heading: 'E-mail-címe megváltozott',
      paragraphs: ['A(z) {org} fiókja ({login}) e-mail-címe mostantól: {email}.'],
    },
    authenticatorEnrolled: {
      heading: 'Új biztonsági módszer hozzáadva',
      paragraphs: ['Új biztonsági módszert adtak hozzá a(z) {org} fiókjához ({login}).'],
    },
    authenticatorReset: {
      heading: 'Biztonsági módszerek visszaállítva',
      paragraphs: [
        'A(z) {org} fiókja ({login}) biztonsági módszereit visszaállították. A következő bejelentkezéskor újra be kell állítania őket.',
      ],
    },
    passwordChanged: {
      heading: 'Jelszava megváltozott',
      paragraphs: ['A(z) {org} fiókja ({login}) jelszavát az imént módosították.'],
    },
    igaAssigned: {
      heading: 'Felülvizsgálatok várnak Önre',
      paragraphs: [
        'Felülvizsgálóként jelölték ki a(z) {campaign} hozzáférés-tanúsítási kampányban.',
        'Kérjük, fejezze be a felülvizsgálatokat eddig: {endDate}.',
      ],
      button: 'Felülvizsgálat indítása',
    },
    igaEnded: {
      heading: 'A kampány véget ért',
      paragraphs: [
        'A(z) {campaign} hozzáférés-tanúsítási kampány véget ért. A be nem fejezett felülvizsgálatok már nem küldhetők be.',
      ],
      button: 'Kampány megnyitása',
    },
    igaPending: {
      heading: 'Felülvizsgálatok várnak a döntésére',
      paragraphs: ['Még vannak függőben lévő felülvizsgálatai a(z) {campaign} kampányban. Határidő: {due}.'],
      button: 'Felülvizsgálat folytatása',
    },
    igaOverdue: {
      heading: 'Felülvizsgálatai lejártak',
      paragraphs: [
        'A(z) {campaign} kampányban néhány felülvizsgálata túllépte a határidőt. Kérjük, fejezze be őket mielőbb.',
      ],
      button: 'Felülvizsgálatok befejezése',
    },
    igaReassigned: {
      heading: 'Felülvizsgálatokat rendeltek Önhöz',
      paragraphs: [
        '{assignedBy} felülvizsgálatokat rendelt Önhöz a(z) {campaign} kampányban.',
        'Kérjük, fejezze be őket eddig: {endDate}.',
      ],
      button: 'Felülvizsgálat indítása',
    },
    igaEndDateChanged: {
      heading: 'Módosult a kampány záró dátuma',
      paragraphs: ['A(z) {campaign} kampány záró dátuma módosult. Az új záró dátum: {endDate}.'],
      button: 'Kampány megnyitása',
    },
    sarAssigned: {
      heading: 'Új biztonsági hozzáférés-felülvizsgálat',
      paragraphs: ['Önhöz rendelték a(z) {review} biztonsági hozzáférés-felülvizsgálatot ({principal}).'],
      button: 'Felülvizsgálat megnyitása',
    },
    sarClosing: {
      heading: 'Hamarosan lezárul a biztonsági hozzáférés-felülvizsgálat',
      paragraphs: [
        'A(z) {review} biztonsági hozzáférés-felülvizsgálat ({principal}) 1 nap múlva lezárul. Kérjük, addig fejezze be.',
      ],
      button: 'Felülvizsgálat megnyitása',
    },
    sarClosed: {
      heading: 'A biztonsági hozzáférés-felülvizsgálat lezárult',
      paragraphs: ['A(z) {review} biztonsági hozzáférés-felülvizsgálat ({principal}) lezárult.'],
      button: 'Felülvizsgálat megtekintése',
    },
  },
};
