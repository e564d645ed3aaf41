import type { LanguagePhrases } from './types';

export const de: LanguagePhrases = {
  common: {
    greeting: 'Hallo {firstName},',
    linkFallback: 'Falls die Schaltfläche nicht funktioniert, kopieren Sie diesen Link in Ihren Browser:',
    ignoreNote: 'Wenn Sie dies nicht angefordert haben, können Sie diese E-Mail ignorieren.',
    adminNote: 'Wenn Sie dies nicht erwartet haben, wenden Sie sich umgehend an Ihren Administrator.',
    footer: 'Dies ist eine automatische Nachricht von {org}. Bitte antworten Sie nicht darauf.',
    iosApp: 'Okta Verify für iPhone',
    androidApp: 'Okta Verify für Android',
    labels: {
      directoryUsername: 'Verzeichnis-Benutzername',
      browser: 'Browser',
      date: 'Datum',
      time: 'Uhrzeit',
      location: 'Standort',
      ipAddress: 'IP-Adresse',
      securityMethod: 'Sicherheitsmethode',
      securityMethods: 'Sicherheitsmethoden',
    },
  },
  subjects: {
    welcome: 'Willkommen bei Okta!',
    passwordReset: 'Zurücksetzen des Kontopassworts',
    forgottenPassword: 'Passwort vergessen',
    unlockAccount: 'Konto entsperren',
    pushVerify: 'Aktivierung von Okta Verify Push',
    accountLockout: 'Konto gesperrt',
    emailChallenge: 'Einmaliger Anmeldelink per E-Mail',
    confirmEmail: 'Bestätigen Sie Ihre E-Mail-Adresse',
    newSignOn: 'Benachrichtigung über neue Anmeldung',
    activateAccount: 'Konto aktivieren',
    confirmEmailChange: 'Änderung der E-Mail-Adresse bestätigen',
    pendingEmailChange: 'Hinweis auf ausstehende Änderung der E-Mail-Adresse',
    emailChanged: 'Hinweis auf Änderung der E-Mail-Adresse',
    welcomeInstance: 'Willkommen bei {instance}!',
    authenticatorEnrolled: 'Sicherheitsmethode registriert',
    authenticatorReset: 'Sicherheitsmethode zurückgesetzt',
    passwordChanged: 'Passwort geändert',
    igaAssigned: 'Zugewiesene Überprüfungen für {campaign}',
    igaEnded: 'Überprüfungszeitraum für {campaign} ist beendet',
    igaPending: 'Ausstehende Überprüfungen für {campaign}, fällig {due}',
    igaOverdue: 'Überfällige Überprüfungen für {campaign}',
    igaEndDateChanged: 'Enddatum für {campaign} wurde geändert',
    sarAssigned: 'Neue Sicherheitszugriffsüberprüfung zugewiesen: {review}',
    sarClosing: 'Erinnerung: Sicherheitszugriffsüberprüfung {review} endet in 1 Tag',
    sarClosed: 'Sicherheitszugriffsüberprüfung {review} ist jetzt abgeschlossen',
  },
  bodies: {
    activation: {
      heading: 'Aktivieren Sie Ihr Konto',
      paragraphs: [
        'Für Sie wurde ein Konto bei {org} erstellt. Ihr Benutzername lautet {login}.',
        'Klicken Sie auf die Schaltfläche unten, um Ihr Konto zu aktivieren. Der Link läuft in {activationExpiry} ab.',
      ],
      button: 'Konto aktivieren',
    },
    forgotPassword: {
      heading: 'Passwort zurücksetzen',
      paragraphs: [
        'Wir haben eine Anfrage erhalten, das Passwort für Ihr {org}-Konto {login} zurückzusetzen.',
        'Klicken Sie auf die Schaltfläche unten, um ein neues Passwort festzulegen. Der Link läuft in {resetExpiry} ab.',
      ],
      button: 'Passwort zurücksetzen',
      code: 'Oder geben Sie diesen Einmalcode ein:',
    },
    forgotPasswordDenied: {
      heading: 'Zurücksetzen des Passworts nicht möglich',
      paragraphs: [
        'Wir haben eine Anfrage erhalten, das Passwort für Ihr {org}-Konto {login} zurückzusetzen.',
        'Ihr Passwort kann auf diesem Weg nicht zurückgesetzt werden. Bitte wenden Sie sich an Ihren Administrator.',
      ],
    },
    resetByAdmin: {
      heading: 'Ihr Passwort wurde zurückgesetzt',
      paragraphs: [
        'Ihr Administrator hat das Passwort für Ihr {org}-Konto {login} zurückgesetzt.',
        'Klicken Sie auf die Schaltfläche unten, um ein neues Passwort festzulegen.',
      ],
      button: 'Neues Passwort festlegen',
    },
    resetBySupport: {
      heading: 'Ihr Passwort wurde zurückgesetzt',
      paragraphs: [
        'Ein Support-Mitarbeiter hat das Passwort für Ihr {org}-Konto {login} zurückgesetzt.',
        'Klicken Sie auf die Schaltfläche unten, um ein neues Passwort festzulegen.',
      ],
      button: 'Neues Passwort festlegen',
    },
    unlock: {
      heading: 'Konto entsperren',
      paragraphs: [
        'Wir haben eine Anfrage erhalten, Ihr {org}-Konto {login} zu entsperren.',
        'Klicken Sie auf die Schaltfläche unten, um es zu entsperren. Der Link läuft in {unlockExpiry} ab.',
      ],
      button: 'Konto entsperren',
      code: 'Oder geben Sie diesen Einmalcode ein:',
    },
    unlockNotLocked: {
      heading: 'Ihr Konto ist nicht gesperrt',
      paragraphs: [
        'Wir haben eine Anfrage erhalten, Ihr {org}-Konto {login} zu entsperren, aber das Konto ist nicht gesperrt.',
        'Wenn Sie sich nicht anmelden können, setzen Sie Ihr Passwort auf der Anmeldeseite zurück oder wenden Sie sich an Ihren Administrator.',
      ],
      button: 'Zur Anmeldeseite',
    },
    pushVerify: {
      heading: 'Okta Verify einrichten',
      paragraphs: [
        'Um die Push-Verifizierung für Ihr {org}-Konto einzurichten, installieren Sie zuerst Okta Verify auf Ihrem Smartphone.',
        'Öffnen Sie dann diese E-Mail auf diesem Smartphone und tippen Sie auf die Schaltfläche unten.',
      ],
      button: 'Okta Verify aktivieren',
    },
    accountLockout: {
      heading: 'Ihr Konto ist gesperrt',
      paragraphs: [
        'Ihr {org}-Konto {login} wurde nach zu vielen fehlgeschlagenen Anmeldeversuchen gesperrt.',
        'Um es zu entsperren, nutzen Sie die Entsperroption auf der Anmeldeseite oder wenden Sie sich an Ihren Administrator.',
      ],
      button: 'Zur Anmeldeseite',
    },
    emailChallenge: {
      heading: 'Bestätigen Sie, dass Sie es sind',
      paragraphs: [
        'Jemand versucht, sich bei Ihrem {org}-Konto {login} anzumelden. Wenn Sie das sind, klicken Sie auf die Schaltfläche unten, um fortzufahren.',
      ],
      button: 'Anmelden',
      code: 'Oder geben Sie diesen Bestätigungscode ein:',
    },
    emailVerification: {
      heading: 'Bestätigen Sie Ihre E-Mail-Adresse',
      paragraphs: [
        'Klicken Sie auf die Schaltfläche unten, um zu bestätigen, dass {email} die E-Mail-Adresse Ihres {org}-Kontos ist.',
      ],
      button: 'E-Mail-Adresse bestätigen',
      code: 'Oder geben Sie diesen Bestätigungscode ein:',
    },
    newSignOn: {
      heading: 'Neue Anmeldung bei Ihrem Konto',
      paragraphs: [
        'Mit Ihrem {org}-Konto {login} hat sich gerade jemand von einem neuen Gerät oder Browser angemeldet.',
        'Wenn Sie das waren, ist nichts weiter zu tun. Andernfalls setzen Sie Ihr Passwort sofort zurück.',
      ],
    },
    registrationActivation: {
      heading: 'Aktivieren Sie Ihr Konto',
      paragraphs: [
        'Vielen Dank für Ihre Registrierung bei {instance}!',
        'Klicken Sie auf die Schaltfläche unten, um Ihr Konto zu aktivieren.',
      ],
      button: 'Konto aktivieren',
    },
    registrationVerification: {
      heading: 'Bestätigen Sie Ihre E-Mail-Adresse',
      paragraphs: [
        'Vielen Dank für Ihre Registrierung bei {instance}!',
        'Klicken Sie auf die Schaltfläche unten, um Ihre E-Mail-Adresse zu bestätigen und die Kontoerstellung abzuschließen.',
      ],
      button: 'E-Mail-Adresse bestätigen',
      code: 'Oder geben Sie diesen Bestätigungscode ein:',
    },
    changeEmailCode: {
      heading: 'Bestätigen Sie Ihre neue E-Mail-Adresse',
      paragraphs: [
        'Wir haben eine Anfrage erhalten, die E-Mail-Adresse Ihres {org}-Kontos {login} zu ändern.',
      ],
      code: 'Geben Sie diesen Bestätigungscode ein, um die Änderung zu bestätigen:',
    },
    pendingEmailChange: {
      heading: 'Änderung der E-Mail-Adresse angefordert',
      paragraphs: [
        'Wir haben eine Anfrage erhalten, die E-Mail-Adresse Ihres {org}-Kontos {login} zu ändern. Dieser Hinweis geht an Ihre aktuelle Adresse.',
        'Wenn Sie diese Anfrage gestellt haben, ist nichts weiter zu tun.',
      ],
    },
    emailChanged: {
      heading: 'Ihre E-Mail-Adresse wurde geändert',
      paragraphs: ['Die E-Mail-Adresse Ihres {org}-Kontos {login} lautet jetzt {email}.'],
    },
    authenticatorEnrolled: {
      heading: 'Neue Sicherheitsmethode hinzugefügt',
      paragraphs: ['Ihrem {org}-Konto {login} wurde eine neue Sicherheitsmethode hinzugefügt.'],
    },
    authenticatorReset: {
      heading: 'Sicherheitsmethoden zurückgesetzt',
      paragraphs: [
        'Die Sicherheitsmethoden Ihres {org}-Kontos {login} wurden zurückgesetzt. Bei der nächsten Anmeldung werden Sie aufgefordert, sie erneut einzurichten.',
      ],
    },
    passwordChanged: {
      heading: 'Ihr Passwort wurde geändert',
      paragraphs: ['Das Passwort für Ihr {org}-Konto {login} wurde soeben geändert.'],
    },
    igaAssigned: {
      heading: 'Sie haben Überprüfungen zu erledigen',
      paragraphs: [
        'Sie wurden als Prüfer in der Zugriffszertifizierungskampagne {campaign} eingeteilt.',
        'Bitte schließen Sie Ihre Überprüfungen bis {endDate} ab.',
      ],
      button: 'Überprüfung starten',
    },
    igaEnded: {
      heading: 'Kampagne beendet',
      paragraphs: [
        'Die Zugriffszertifizierungskampagne {campaign} ist beendet. Nicht abgeschlossene Überprüfungen können nicht mehr eingereicht werden.',
      ],
      button: 'Kampagne öffnen',
    },
    igaPending: {
      heading: 'Überprüfungen warten auf Ihre Entscheidung',
      paragraphs: [
        'In der Kampagne {campaign} haben Sie noch ausstehende Überprüfungen. Sie sind {due} fällig.',
      ],
      button: 'Überprüfung fortsetzen',
    },
    igaOverdue: {
      heading: 'Ihre Überprüfungen sind überfällig',
      paragraphs: [
        'Einige Ihrer Überprüfungen in der Kampagne {campaign} sind überfällig. Bitte schließen Sie sie so bald wie möglich ab.',
      ],
      button: 'Überprüfungen abschließen',
    },
    igaReassigned: {
      heading: 'Überprüfungen wurden Ihnen zugewiesen',
      paragraphs: [
        '{assignedBy} hat Ihnen Überprüfungen in der Kampagne {campaign} zugewiesen.',
        'Bitte schließen Sie sie bis {endDate} ab.',
      ],
      button: 'Überprüfung starten',
    },
    igaEndDateChanged: {
      heading: 'Enddatum der Kampagne geändert',
      paragraphs: ['Das Enddatum der Kampagne {campaign} wurde geändert. Sie endet jetzt am {endDate}.'],
      button: 'Kampagne öffnen',
    },
    sarAssigned: {
      heading: 'Neue Sicherheitszugriffsüberprüfung',
      paragraphs: ['Ihnen wurde die Sicherheitszugriffsüberprüfung {review} für {principal} zugewiesen.'],
      button: 'Überprüfung öffnen',
    },
    sarClosing: {
      heading: 'Sicherheitszugriffsüberprüfung endet bald',
      paragraphs: [
        'Die Sicherheitszugriffsüberprüfung {review} für {principal} endet in 1 Tag. Bitte schließen Sie sie vorher ab.',
      ],
      button: 'Überprüfung öffnen',
    },
    sarClosed: {
      heading: 'Sicherheitszugriffsüberprüfung abgeschlossen',
      paragraphs: ['Die Sicherheitszugriffsüberprüfung {review} für {principal} ist jetzt abgeschlossen.'],
      button: 'Überprüfung anzeigen',
    },
  },
};
