import type { LanguagePhrases } from './types';

export const cs: LanguagePhrases = {
  common: {
    greeting: 'Dobrý den, {firstName},',
    linkFallback: 'Pokud tlačítko nefunguje, zkopírujte tento odkaz do prohlížeče:',
    ignoreNote: 'Pokud jste o to nežádali, můžete tento e-mail ignorovat.',
    adminNote: 'Pokud jste to nečekali, okamžitě kontaktujte svého správce.',
    footer: 'Toto je automatická zpráva od {org}. Neodpovídejte na ni.',
    iosApp: 'Okta Verify pro iPhone',
    androidApp: 'Okta Verify pro Android',
    labels: {
      directoryUsername: 'Uživatelské jméno v adresáři',
      browser: 'Prohlížeč',
      date: 'Datum',
      time: 'Čas',
      location: 'Místo',
      ipAddress: 'IP adresa',
      securityMethod: 'Metoda zabezpečení',
      securityMethods: 'Metody zabezpečení',
    },
  },
  subjects: {
    welcome: 'Vítejte v Okta!',
    passwordReset: 'Obnovení hesla k účtu',
    forgottenPassword: 'Zapomenuté heslo',
    unlockAccount: 'Odemknout účet',
    pushVerify: 'Aktivační e-mail pro Okta Verify Push',
    accountLockout: 'Účet je uzamčen',
    emailChallenge: 'Jednorázový ověřovací odkaz e-mailem',
    confirmEmail: 'Potvrďte svou e-mailovou adresu',
    newSignOn: 'Oznámení o novém přihlášení',
    activateAccount: 'Aktivovat účet',
    confirmEmailChange: 'Potvrďte změnu e-mailové adresy',
    pendingEmailChange: 'Oznámení o čekající změně e-mailové adresy',
    emailChanged: 'Oznámení o změně e-mailové adresy',
    welcomeInstance: 'Vítejte v {instance}!',
    authenticatorEnrolled: 'Metoda zabezpečení zaregistrována',
    authenticatorReset: 'Metoda zabezpečení obnovena',
    passwordChanged: 'Heslo bylo změněno',
    igaAssigned: 'Přiřazené kontroly pro {campaign}',
    igaEnded: 'Období kontroly pro {campaign} skončilo',
    igaPending: 'Čekající kontroly pro {campaign}, termín {due}',
    igaOverdue: 'Kontroly po termínu pro {campaign}',
    igaEndDateChanged: 'Datum ukončení {campaign} se změnilo',
    sarAssigned: 'Přiřazena nová kontrola bezpečnostního přístupu: {review}',
    sarClosing: 'Připomínka: kontrola bezpečnostního přístupu {review} se uzavře za 1 den',
    sarClosed: 'Kontrola bezpečnostního přístupu {review} je nyní uzavřena',
  },
  bodies: {
    activation: {
      heading: 'Aktivujte svůj účet',
      paragraphs: [
        'V organizaci {org} vám byl vytvořen účet. Vaše uživatelské jméno je {login}.',
        'Účet aktivujete kliknutím na tlačítko níže. Platnost odkazu vyprší za {activationExpiry}.',
      ],
      button: 'Aktivovat účet',
    },
    forgotPassword: {
      heading: 'Obnovte své heslo',
      paragraphs: [
        'Obdrželi jsme žádost o obnovení hesla k vašemu účtu {org} {login}.',
        'Nové heslo si zvolíte kliknutím na tlačítko níže. Platnost odkazu vyprší za {resetExpiry}.',
      ],
      button: 'Obnovit heslo',
      code: 'Nebo zadejte tento jednorázový kód:',
    },
    forgotPasswordDenied: {
      heading: 'Heslo nelze obnovit',
      paragraphs: [
        'Obdrželi jsme žádost o obnovení hesla k vašemu účtu {org} {login}.',
        'Vaše heslo nelze tímto způsobem obnovit. Požádejte o pomoc svého správce.',
      ],
    },
    resetByAdmin: {
      heading: 'Vaše heslo bylo obnoveno',
      paragraphs: [
        'Správce obnovil heslo k vašemu účtu {org} {login}.',
        'Nové heslo si zvolíte kliknutím na tlačítko níže.',
      ],
      button: 'Nastavit nové heslo',
    },
    resetBySupport: {
      heading: 'Vaše heslo bylo obnoveno',
      paragraphs: [
        'Pracovník podpory obnovil heslo k vašemu účtu {org} {login}.',
        'Nové heslo si zvolíte kliknutím na tlačítko níže.',
      ],
      button: 'Nastavit nové heslo',
    },
    unlock: {
      heading: 'Odemkněte svůj účet',
      paragraphs: [
        'Obdrželi jsme žádost o odemknutí vašeho účtu {org} {login}.',
        'Účet odemknete kliknutím na tlačítko níže. Platnost odkazu vyprší za {unlockExpiry}.',
      ],
      button: 'Odemknout účet',
      code: 'Nebo zadejte tento jednorázový kód:',
    },
    unlockNotLocked: {
      heading: 'Váš účet není uzamčen',
      paragraphs: [
        'Obdrželi jsme žádost o odemknutí vašeho účtu {org} {login}, ale účet není uzamčen.',
        'Pokud se nemůžete přihlásit, obnovte si heslo na přihlašovací stránce nebo kontaktujte svého správce.',
      ],
      button: 'Přejít na přihlašovací stránku',
    },
    pushVerify: {
      heading: 'Nastavte Okta Verify',
      paragraphs: [
        'Chcete-li pro svůj účet {org} nastavit ověřování push, nejprve si do telefonu nainstalujte Okta Verify.',
        'Potom otevřete tento e-mail v daném telefonu a klepněte na tlačítko níže.',
      ],
      button: 'Aktivovat Okta Verify',
    },
    accountLockout: {
      heading: 'Váš účet je uzamčen',
      paragraphs: [
        'Váš účet {org} {login} byl uzamčen po příliš mnoha neúspěšných pokusech o přihlášení.',
        'Odemknout jej můžete pomocí možnosti odemknutí na přihlašovací stránce nebo prostřednictvím správce.',
      ],
      button: 'Přejít na přihlašovací stránku',
    },
    emailChallenge: {
      heading: 'Potvrďte, že jste to vy',
      paragraphs: [
        'Někdo se pokouší přihlásit k vašemu účtu {org} {login}. Pokud jste to vy, pokračujte kliknutím na tlačítko níže.',
      ],
      button: 'Přihlásit se',
      code: 'Nebo zadejte tento ověřovací kód:',
    },
    emailVerification: {
      heading: 'Potvrďte svou e-mailovou adresu',
      paragraphs: ['Kliknutím na tlačítko níže potvrďte, že {email} je e-mailová adresa vašeho účtu {org}.'],
      button: 'Potvrdit e-mailovou adresu',
      code: 'Nebo zadejte tento ověřovací kód:',
    },
    newSignOn: {
      heading: 'Nové přihlášení k vašemu účtu',
      paragraphs: [
        'K vašemu účtu {org} {login} se právě někdo přihlásil z nového zařízení nebo prohlížeče.',
        'Pokud jste to byli vy, nemusíte nic dělat. Pokud ne, okamžitě si obnovte heslo.',
      ],
    },
    registrationActivation: {
      heading: 'Aktivujte svůj účet',
      paragraphs: ['Děkujeme za registraci do {instance}!', 'Účet aktivujete kliknutím na tlačítko níže.'],
      button: 'Aktivovat účet',
    },
    registrationVerification: {
      heading: 'Ověřte svou e-mailovou adresu',
      paragraphs: [
        'Děkujeme za registraci do {instance}!',
        'Kliknutím na tlačítko níže ověříte svou e-mailovou adresu a dokončíte vytvoření účtu.',
      ],
      button: 'Ověřit e-mailovou adresu',
      code: 'Nebo zadejte tento ověřovací kód:',
    },
    changeEmailCode: {
      heading: 'Potvrďte svou novou e-mailovou adresu',
      paragraphs: ['Obdrželi jsme žádost o změnu e-mailové adresy vašeho účtu {org} {login}.'],
      code: 'Změnu potvrdíte zadáním tohoto ověřovacího kódu:',
    },
    pendingEmailChange: {
      heading: 'Požadavek na změnu e-mailové adresy',
      paragraphs: [
        'Obdrželi jsme žádost o změnu e-mailové adresy vašeho účtu {org} {login}. Toto oznámení posíláme na vaši současnou adresu.',
        'Pokud jste žádost podali vy, nemusíte už nic dělat.',
      ],
    },
    emailChanged: {
      heading: 'Vaše e-mailová adresa byla změněna',
      paragraphs: ['E-mailová adresa vašeho účtu {org} {login} je nyní {email}.'],
    },
    authenticatorEnrolled: {
      heading: 'Přidána nová metoda zabezpečení',
      paragraphs: ['K vašemu účtu {org} {login} byla přidána nová metoda zabezpečení.'],
    },
    authenticatorReset: {
      heading: 'Metody zabezpečení byly obnoveny',
      paragraphs: [
        'Metody zabezpečení vašeho účtu {org} {login} byly obnoveny. Při příštím přihlášení budete vyzváni k jejich opětovnému nastavení.',
      ],
    },
    passwordChanged: {
      heading: 'Vaše heslo bylo změněno',
      paragraphs: ['Heslo k vašemu účtu {org} {login} bylo právě změněno.'],
    },
    igaAssigned: {
      heading: 'Máte kontroly k dokončení',
      paragraphs: [
        'Byli jste určeni jako kontrolor v kampani certifikace přístupu {campaign}.',
        'Dokončete prosím své kontroly do {endDate}.',
      ],
      button: 'Zahájit kontrolu',
    },
    igaEnded: {
      heading: 'Kampaň skončila',
      paragraphs: [
        'Kampaň certifikace přístupu {campaign} skončila. Nedokončené kontroly již nelze odeslat.',
      ],
      button: 'Otevřít kampaň',
    },
    igaPending: {
      heading: 'Kontroly čekají na vaše rozhodnutí',
      paragraphs: ['V kampani {campaign} máte stále čekající kontroly. Termín: {due}.'],
      button: 'Pokračovat v kontrole',
    },
    igaOverdue: {
      heading: 'Vaše kontroly jsou po termínu',
      paragraphs: [
        'Některé vaše kontroly v kampani {campaign} jsou po termínu. Dokončete je prosím co nejdříve.',
      ],
      button: 'Dokončit kontroly',
    },
    igaReassigned: {
      heading: 'Byly vám přeřazeny kontroly',
      paragraphs: [
        '{assignedBy} vám přeřadil(a) kontroly v kampani {campaign}.',
        'Dokončete je prosím do {endDate}.',
      ],
      button: 'Zahájit kontrolu',
    },
    igaEndDateChanged: {
      heading: 'Datum ukončení kampaně se změnilo',
      paragraphs: ['Datum ukončení kampaně {campaign} se změnilo. Kampaň nyní končí {endDate}.'],
      button: 'Otevřít kampaň',
    },
    sarAssigned: {
      heading: 'Nová kontrola bezpečnostního přístupu',
      paragraphs: ['Byla vám přiřazena kontrola bezpečnostního přístupu {review} pro uživatele {principal}.'],
      button: 'Otevřít kontrolu',
    },
    sarClosing: {
      heading: 'Kontrola bezpečnostního přístupu se brzy uzavře',
      paragraphs: [
        'Kontrola bezpečnostního přístupu {review} pro uživatele {principal} se uzavře za 1 den. Dokončete ji prosím do té doby.',
      ],
      button: 'Otevřít kontrolu',
    },
    sarClosed: {
      heading: 'Kontrola bezpečnostního přístupu uzavřena',
      paragraphs: ['Kontrola bezpečnostního přístupu {review} pro uživatele {principal} je nyní uzavřena.'],
      button: 'Zobrazit kontrolu',
    },
  },
};
