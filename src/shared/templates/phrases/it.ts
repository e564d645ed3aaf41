import type { LanguagePhrases } from './types';

export const it: LanguagePhrases = {
  common: {
    greeting: 'Ciao {firstName},',
    linkFallback: 'Se il pulsante non funziona, copia questo link nel browser:',
    ignoreNote: 'Se non hai effettuato tu la richiesta, puoi ignorare questa e-mail.',
    adminNote: "Se non te lo aspettavi, contatta subito l'amministratore.",
    footer: 'Questo è un messaggio automatico di {org}. Non rispondere.',
    iosApp: 'Okta Verify per iPhone',
    androidApp: 'Okta Verify per Android',
    labels: {
      directoryUsername: 'Nome utente della directory',
      browser: 'Browser',
      date: 'Data',
      time: 'Ora',
      location: 'Posizione',
      ipAddress: 'Indirizzo IP',
      securityMethod: 'Metodo di sicurezza',
      securityMethods: 'Metodi di sicurezza',
    },
  },
  subjects: {
    welcome: 'Benvenuto in Okta!',
    passwordReset: 'Reimpostazione della password dell’account',
    forgottenPassword: 'Password dimenticata',
    unlockAccount: 'Sblocca account',
    pushVerify: 'E-mail di attivazione di Okta Verify Push',
    accountLockout: 'Account bloccato',
    emailChallenge: 'Link di autenticazione monouso',
    confirmEmail: 'Conferma il tuo indirizzo e-mail',
    newSignOn: 'Notifica di nuovo accesso',
    activateAccount: 'Attiva account',
    confirmEmailChange: 'Conferma la modifica dell’indirizzo e-mail',
    pendingEmailChange: 'Avviso di modifica dell’indirizzo e-mail in sospeso',
    emailChanged: 'Avviso di modifica dell’indirizzo e-mail',
    welcomeInstance: 'Benvenuto in {instance}!',
    authenticatorEnrolled: 'Metodo di sicurezza registrato',
    authenticatorReset: 'Metodo di sicurezza reimpostato',
    passwordChanged: 'Password modificata',
    igaAssigned: 'Revisioni assegnate per {campaign}',
    igaEnded: 'Il periodo di revisione di {campaign} è terminato',
    igaPending: 'Revisioni in sospeso per {campaign} in scadenza {due}',
    igaOverdue: 'Revisioni scadute per {campaign}',
    igaEndDateChanged: 'La data di fine di {campaign} è cambiata',
    sarAssigned: 'Nuova revisione degli accessi di sicurezza assegnata: {review}',
    sarClosing: 'Promemoria: la revisione degli accessi di sicurezza {review} si chiude tra 1 giorno',
    sarClosed: 'La revisione degli accessi di sicurezza {review} è ora chiusa',
  },
  bodies: {
    activation: {
      heading: 'Attiva il tuo account',
      paragraphs: [
        'È stato creato un account per te presso {org}. Il tuo nome utente è {login}.',
        'Fai clic sul pulsante qui sotto per attivare l’account. Il link scade tra {activationExpiry}.',
      ],
      button: 'Attiva account',
    },
    forgotPassword: {
      heading: 'Reimposta la password',
      paragraphs: [
        'Abbiamo ricevuto una richiesta di reimpostazione della password del tuo account {org}, {login}.',
        'Fai clic sul pulsante qui sotto per scegliere una nuova password. Il link scade tra {resetExpiry}.',
      ],
      button: 'Reimposta password',
      code: 'Oppure inserisci questo codice monouso:',
    },
    forgotPasswordDenied: {
      heading: 'Reimpostazione della password non disponibile',
      paragraphs: [
        'Abbiamo ricevuto una richiesta di reimpostazione della password del tuo account {org}, {login}.',
        "La tua password non può essere reimpostata in questo modo. Contatta l'amministratore per ricevere assistenza.",
      ],
    },
    resetByAdmin: {
      heading: 'La tua password è stata reimpostata',
      paragraphs: [
        "L'amministratore ha reimpostato la password del tuo account {org}, {login}.",
        'Fai clic sul pulsante qui sotto per scegliere una nuova password.',
      ],
      button: 'Imposta nuova password',
    },
    resetBySupport: {
      heading: 'La tua password è stata reimpostata',
      paragraphs: [
        "Un addetto all'assistenza ha reimpostato la password del tuo account {org}, {login}.",
        'Fai clic sul pulsante qui sotto per scegliere una nuova password.',
      ],
      button: 'Imposta nuova password',
    },
    unlock: {
      heading: 'Sblocca il tuo account',
      paragraphs: [
        'Abbiamo ricevuto una richiesta di sblocco del tuo account {org}, {login}.',
        'Fai clic sul pulsante qui sotto per sbloccarlo. Il link scade tra {unlockExpiry}.',
      ],
      button: 'Sblocca account',
      code: 'Oppure inserisci questo codice monouso:',
    },
    unlockNotLocked: {
      heading: 'Il tuo account non è bloccato',
      paragraphs: [
        "Abbiamo ricevuto una richiesta di sblocco del tuo account {org}, {login}, ma l'account non è bloccato.",
        "Se non riesci ad accedere, reimposta la password dalla pagina di accesso o contatta l'amministratore.",
      ],
      button: 'Vai alla pagina di accesso',
    },
    pushVerify: {
      heading: 'Configura Okta Verify',
      paragraphs: [
        'Per configurare la verifica push del tuo account {org}, installa prima Okta Verify sul telefono.',
        'Poi apri questa e-mail su quel telefono e tocca il pulsante qui sotto.',
      ],
      button: 'Attiva Okta Verify',
    },
    accountLockout: {
      heading: 'Il tuo account è bloccato',
      paragraphs: [
        'Il tuo account {org}, {login}, è stato bloccato dopo troppi tentativi di accesso non riusciti.',
        "Per sbloccarlo, usa l'opzione di sblocco nella pagina di accesso o contatta l'amministratore.",
      ],
      button: 'Vai alla pagina di accesso',
    },
    emailChallenge: {
      heading: 'Conferma la tua identità',
      paragraphs: [
        'Qualcuno sta cercando di accedere al tuo account {org}, {login}. Se sei tu, fai clic sul pulsante qui sotto per continuare.',
      ],
      button: 'Accedi',
      code: 'Oppure inserisci questo codice di verifica:',
    },
    emailVerification: {
      heading: 'Conferma il tuo indirizzo e-mail',
      paragraphs: [
        'Fai clic sul pulsante qui sotto per confermare che {email} è l’indirizzo e-mail del tuo account {org}.',
      ],
      button: 'Conferma indirizzo e-mail',
      code: 'Oppure inserisci questo codice di verifica:',
    },
    newSignOn: {
      heading: 'Nuovo accesso al tuo account',
      paragraphs: [
        'Il tuo account {org}, {login}, è appena stato usato per accedere da un nuovo dispositivo o browser.',
        'Se sei stato tu, non devi fare nulla. In caso contrario, reimposta subito la password.',
      ],
    },
    registrationActivation: {
      heading: 'Attiva il tuo account',
      paragraphs: [
        'Grazie per esserti registrato a {instance}!',
        'Fai clic sul pulsante qui sotto per attivare l’account.',
      ],
      button: 'Attiva account',
    },
    registrationVerification: {
      heading: 'Verifica il tuo indirizzo e-mail',
      paragraphs: [
        'Grazie per esserti registrato a {instance}!',
        'Fai clic sul pulsante qui sotto per verificare il tuo indirizzo e-mail e completare la creazione dell’account.',
      ],
      button: 'Verifica indirizzo e-mail',
      code: 'Oppure inserisci questo codice di verifica:',
    },
    changeEmailCode: {
      heading: 'Conferma il nuovo indirizzo e-mail',
      paragraphs: [
        "Abbiamo ricevuto una richiesta di modifica dell'indirizzo e-mail del tuo account {org}, {login}.",
      ],
      code: 'Inserisci questo codice di verifica per confermare la modifica:',
    },
    pendingEmailChange: {
      heading: "Richiesta di modifica dell'indirizzo e-mail",
      paragraphs: [
        "Abbiamo ricevuto una richiesta di modifica dell'indirizzo e-mail del tuo account {org}, {login}. Questo avviso viene inviato al tuo indirizzo attuale.",
        'Se hai effettuato tu la richiesta, non devi fare altro.',
      ],
    },
    emailChanged: {
      heading: 'Il tuo indirizzo e-mail è stato modificato',
      paragraphs: ["L'indirizzo e-mail del tuo account {org}, {login}, ora è {email}."],
    },
    authenticatorEnrolled: {
      heading: 'Nuovo metodo di sicurezza aggiunto',
      paragraphs: ['Al tuo account {org}, {login}, è stato aggiunto un nuovo metodo di sicurezza.'],
    },
    authenticatorReset: {
      heading: 'Metodi di sicurezza reimpostati',
      paragraphs: [
        'I metodi di sicurezza del tuo account {org}, {login}, sono stati reimpostati. Ti verrà chiesto di configurarli di nuovo al prossimo accesso.',
      ],
    },
    passwordChanged: {
      heading: 'La tua password è stata modificata',
      paragraphs: ['La password del tuo account {org}, {login}, è appena stata modificata.'],
    },
    igaAssigned: {
      heading: 'Hai delle revisioni da completare',
      paragraphs: [
        'Sei stato assegnato come revisore nella campagna di certificazione degli accessi {campaign}.',
        'Completa le revisioni entro il {endDate}.',
      ],
      button: 'Inizia la revisione',
    },
    igaEnded: {
      heading: 'Campagna terminata',
      paragraphs: [
        'La campagna di certificazione degli accessi {campaign} è terminata. Le revisioni non completate non possono più essere inviate.',
      ],
      button: 'Apri campagna',
    },
    igaPending: {
      heading: 'Revisioni in attesa della tua decisione',
      paragraphs: ['Hai ancora revisioni in sospeso nella campagna {campaign}. Scadenza: {due}.'],
      button: 'Continua la revisione',
    },
    igaOverdue: {
      heading: 'Le tue revisioni sono scadute',
      paragraphs: [
        'Alcune delle tue revisioni nella campagna {campaign} hanno superato la scadenza. Completale il prima possibile.',
      ],
      button: 'Completa le revisioni',
    },
    igaReassigned: {
      heading: 'Revisioni riassegnate a te',
      paragraphs: [
        '{assignedBy} ti ha riassegnato delle revisioni nella campagna {campaign}.',
        'Completale entro il {endDate}.',
      ],
      button: 'Inizia la revisione',
    },
    igaEndDateChanged: {
      heading: 'Data di fine della campagna modificata',
      paragraphs: ['La data di fine della campagna {campaign} è cambiata. Ora termina il {endDate}.'],
      button: 'Apri campagna',
    },
    sarAssigned: {
      heading: 'Nuova revisione degli accessi di sicurezza',
      paragraphs: ['Ti è stata assegnata la revisione degli accessi di sicurezza {review} per {principal}.'],
      button: 'Apri revisione',
    },
    sarClosing: {
      heading: 'La revisione degli accessi di sicurezza sta per chiudersi',
      paragraphs: [
        'La revisione degli accessi di sicurezza {review} per {principal} si chiude tra 1 giorno. Completala prima di allora.',
      ],
      button: 'Apri revisione',
    },
    sarClosed: {
      heading: 'Revisione degli accessi di sicurezza chiusa',
      paragraphs: ['La revisione degli accessi di sicurezza {review} per {principal} è ora chiusa.'],
      button: 'Visualizza revisione',
    },
  },
};
