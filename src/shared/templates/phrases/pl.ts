import type { LanguagePhrases } from './types';

export const pl: LanguagePhrases = {
  common: {
    greeting: 'Witaj {firstName},',
    linkFallback: 'Jeśli przycisk nie działa, skopiuj ten link do przeglądarki:',
    ignoreNote: 'Jeśli to nie Ty wysłałeś to żądanie, możesz zignorować tę wiadomość.',
    adminNote: 'Jeśli się tego nie spodziewałeś, natychmiast skontaktuj się z administratorem.',
    footer: 'To jest automatyczna wiadomość od {org}. Nie odpowiadaj na nią.',
    iosApp: 'Okta Verify na iPhone’a',
    androidApp: 'Okta Verify na Androida',
    labels: {
      directoryUsername: 'Nazwa użytkownika w katalogu',
      browser: 'Przeglądarka',
      date: 'Data',
      time: 'Godzina',
      location: 'Lokalizacja',
      ipAddress: 'Adres IP',
      securityMethod: 'Metoda zabezpieczeń',
      securityMethods: 'Metody zabezpieczeń',
    },
  },
  subjects: {
    welcome: 'Witamy w Okta!',
    passwordReset: 'Resetowanie hasła do konta',
    forgottenPassword: 'Zapomniane hasło',
    unlockAccount: 'Odblokuj konto',
    pushVerify: 'E-mail aktywacyjny Okta Verify Push',
    accountLockout: 'Konto zablokowane',
    emailChallenge: 'Jednorazowy link uwierzytelniający',
    confirmEmail: 'Potwierdź swój adres e-mail',
    newSignOn: 'Powiadomienie o nowym logowaniu',
    activateAccount: 'Aktywuj konto',
    confirmEmailChange: 'Potwierdź zmianę adresu e-mail',
    pendingEmailChange: 'Powiadomienie o oczekującej zmianie adresu e-mail',
    emailChanged: 'Powiadomienie o zmianie adresu e-mail',
    welcomeInstance: 'Witamy w {instance}!',
    authenticatorEnrolled: 'Zarejestrowano metodę zabezpieczeń',
    authenticatorReset: 'Zresetowano metodę zabezpieczeń',
    passwordChanged: 'Hasło zostało zmienione',
    igaAssigned: 'Przypisane przeglądy w kampanii {campaign}',
    igaEnded: 'Okres przeglądu w kampanii {campaign} dobiegł końca',
    igaPending: 'Oczekujące przeglądy w kampanii {campaign}, termin {due}',
    igaOverdue: 'Zaległe przeglądy w kampanii {campaign}',
    igaEndDateChanged: 'Zmieniono datę zakończenia kampanii {campaign}',
    sarAssigned: 'Przypisano nowy przegląd dostępu bezpieczeństwa: {review}',
    sarClosing: 'Przypomnienie: przegląd dostępu bezpieczeństwa {review} zostanie zamknięty za 1 dzień',
    sarClosed: 'Przegląd dostępu bezpieczeństwa {review} został zamknięty',
  },
  bodies: {
    activation: {
      heading: 'Aktywuj swoje konto',
      paragraphs: [
        'W organizacji {org} utworzono dla Ciebie konto. Twoja nazwa użytkownika to {login}.',
        'Kliknij przycisk poniżej, aby aktywować konto. Link wygaśnie za {activationExpiry}.',
      ],
      button: 'Aktywuj konto',
    },
    forgotPassword: {
      heading: 'Zresetuj hasło',
      paragraphs: [
        'Otrzymaliśmy prośbę o zresetowanie hasła do Twojego konta {org} {login}.',
        'Kliknij przycisk poniżej, aby ustawić nowe hasło. Link wygaśnie za {resetExpiry}.',
      ],
      button: 'Zresetuj hasło',
      code: 'Możesz też wpisać ten jednorazowy kod:',
    },
    forgotPasswordDenied: {
      heading: 'Nie można zresetować hasła',
      paragraphs: [
        'Otrzymaliśmy prośbę o zresetowanie hasła do Twojego konta {org} {login}.',
        'Twojego hasła nie można zresetować w ten sposób. Skontaktuj się z administratorem, aby uzyskać pomoc.',
      ],
    },
    resetByAdmin: {
      heading: 'Twoje hasło zostało zresetowane',
      paragraphs: [
        'Administrator zresetował hasło do Twojego konta {org} {login}.',
        'Kliknij przycisk poniżej, aby ustawić nowe hasło.',
      ],
      button: 'Ustaw nowe hasło',
    },
    resetBySupport: {
      heading: 'Twoje hasło zostało zresetowane',
      paragraphs: [
        'Pracownik pomocy technicznej zresetował hasło do Twojego konta {org} {login}.',
        'Kliknij przycisk poniżej, aby ustawić nowe hasło.',
      ],
      button: 'Ustaw nowe hasło',
    },
    unlock: {
      heading: 'Odblokuj swoje konto',
      paragraphs: [
        'Otrzymaliśmy prośbę o odblokowanie Twojego konta {org} {login}.',
        'Kliknij przycisk poniżej, aby je odblokować. Link wygaśnie za {unlockExpiry}.',
      ],
      button: 'Odblokuj konto',
      code: 'Możesz też wpisać ten jednorazowy kod:',
    },
    unlockNotLocked: {
      heading: 'Twoje konto nie jest zablokowane',
      paragraphs: [
        'Otrzymaliśmy prośbę o odblokowanie Twojego konta {org} {login}, ale konto nie jest zablokowane.',
        'Jeśli nie możesz się zalogować, zresetuj hasło na stronie logowania lub skontaktuj się z administratorem.',
      ],
      button: 'Przejdź do strony logowania',
    },
    pushVerify: {
      heading: 'Skonfiguruj Okta Verify',
      paragraphs: [
        'Aby skonfigurować weryfikację push dla konta {org}, najpierw zainstaluj Okta Verify na telefonie.',
        'Następnie otwórz tę wiadomość na tym telefonie i dotknij przycisku poniżej.',
      ],
      button: 'Aktywuj Okta Verify',
    },
    accountLockout: {
      heading: 'Twoje konto jest zablokowane',
      paragraphs: [
        'Twoje konto {org} {login} zostało zablokowane po zbyt wielu nieudanych próbach logowania.',
        'Aby je odblokować, użyj opcji odblokowania na stronie logowania lub skontaktuj się z administratorem.',
      ],
      button: 'Przejdź do strony logowania',
    },
    emailChallenge: {
      heading: 'Potwierdź, że to Ty',
      paragraphs: [
        'Ktoś próbuje zalogować się na Twoje konto {org} {login}. Jeśli to Ty, kliknij przycisk poniżej, aby kontynuować.',
      ],
      button: 'Zaloguj się',
      code: 'Możesz też wpisać ten kod weryfikacyjny:',
    },
    emailVerification: {
      heading: 'Potwierdź swój adres e-mail',
      paragraphs: [
        'Kliknij przycisk poniżej, aby potwierdzić, że {email} to adres e-mail Twojego konta {org}.',
      ],
      button: 'Potwierdź adres e-mail',
      code: 'Możesz też wpisać ten kod weryfikacyjny:',
    },
    newSignOn: {
      heading: 'Nowe logowanie na Twoje konto',
      paragraphs: [
        'Na Twoje konto {org} {login} właśnie zalogowano się z nowego urządzenia lub przeglądarki.',
        'Jeśli to Ty, nie musisz nic robić. W przeciwnym razie natychmiast zresetuj hasło.',
      ],
    },
    registrationActivation: {
      heading: 'Aktywuj swoje konto',
      paragraphs: [
        'Dziękujemy za rejestrację w {instance}!',
        'Kliknij przycisk poniżej, aby aktywować konto.',
      ],
      button: 'Aktywuj konto',
    },
    registrationVerification: {
      heading: 'Zweryfikuj swój adres e-mail',
      paragraphs: [
        'Dziękujemy za rejestrację w {instance}!',
        'Kliknij przycisk poniżej, aby zweryfikować adres e-mail i dokończyć tworzenie konta.',
      ],
      button: 'Zweryfikuj adres e-mail',
      code: 'Możesz też wpisać ten kod weryfikacyjny:',
    },
    changeEmailCode: {
      heading: 'Potwierdź nowy adres e-mail',
      paragraphs: ['Otrzymaliśmy prośbę o zmianę adresu e-mail Twojego konta {org} {login}.'],
      code: 'Wpisz ten kod weryfikacyjny, aby potwierdzić zmianę:',
    },
    pendingEmailChange: {
      heading: 'Zgłoszono zmianę adresu e-mail',
      paragraphs: [
        'Otrzymaliśmy prośbę o zmianę adresu e-mail Twojego konta {org} {login}. To powiadomienie wysyłamy na Twój obecny adres.',
        'Jeśli to Ty wysłałeś prośbę, nie musisz nic więcej robić.',
      ],
    },
    emailChanged: {
      heading: 'Twój adres e-mail został zmieniony',
      paragraphs: ['Adres e-mail Twojego konta {org} {login} to teraz {email}.'],
    },
    authenticatorEnrolled: {
      heading: 'Dodano nową metodę zabezpieczeń',
      paragraphs: ['Do Twojego konta {org} {login} dodano nową metodę zabezpieczeń.'],
    },
    authenticatorReset: {
      heading: 'Zresetowano metody zabezpieczeń',
      paragraphs: [
        'Metody zabezpieczeń Twojego konta {org} {login} zostały zresetowane. Przy następnym logowaniu zostaniesz poproszony o ich ponowną konfigurację.',
      ],
    },
    passwordChanged: {
      heading: 'Twoje hasło zostało zmienione',
      paragraphs: ['Hasło do Twojego konta {org} {login} zostało właśnie zmienione.'],
    },
    igaAssigned: {
      heading: 'Masz przeglądy do wykonania',
      paragraphs: [
        'Zostałeś wyznaczony jako recenzent w kampanii certyfikacji dostępu {campaign}.',
        'Ukończ przeglądy do {endDate}.',
      ],
      button: 'Rozpocznij przegląd',
    },
    igaEnded: {
      heading: 'Kampania zakończona',
      paragraphs: [
        'Kampania certyfikacji dostępu {campaign} została zakończona. Nieukończonych przeglądów nie można już przesłać.',
      ],
      button: 'Otwórz kampanię',
    },
    igaPending: {
      heading: 'Przeglądy czekają na Twoją decyzję',
      paragraphs: ['Nadal masz oczekujące przeglądy w kampanii {campaign}. Termin: {due}.'],
      button: 'Kontynuuj przegląd',
    },
    igaOverdue: {
      heading: 'Twoje przeglądy są zaległe',
      paragraphs: [
        'Niektóre z Twoich przeglądów w kampanii {campaign} przekroczyły termin. Ukończ je jak najszybciej.',
      ],
      button: 'Ukończ przeglądy',
    },
    igaReassigned: {
      heading: 'Przypisano Ci przeglądy',
      paragraphs: [
        '{assignedBy} przypisał(a) Ci przeglądy w kampanii {campaign}.',
        'Ukończ je do {endDate}.',
      ],
      button: 'Rozpocznij przegląd',
    },
    igaEndDateChanged: {
      heading: 'Zmieniono datę zakończenia kampanii',
      paragraphs: [
        'Data zakończenia kampanii {campaign} uległa zmianie. Kampania kończy się teraz {endDate}.',
      ],
      button: 'Otwórz kampanię',
    },
    sarAssigned: {
      heading: 'Nowy przegląd dostępu bezpieczeństwa',
      paragraphs: [
        'Przypisano Ci przegląd dostępu bezpieczeństwa {review} dotyczący użytkownika {principal}.',
      ],
      button: 'Otwórz przegląd',
    },
    sarClosing: {
      heading: 'Przegląd dostępu bezpieczeństwa wkrótce zostanie zamknięty',
      paragraphs: [
        'Przegląd dostępu bezpieczeństwa {review} dotyczący użytkownika {principal} zostanie zamknięty za 1 dzień. Ukończ go przed tym terminem.',
      ],
      button: 'Otwórz przegląd',
    },
    sarClosed: {
      heading: 'Przegląd dostępu bezpieczeństwa zamknięty',
      paragraphs: [
        'Przegląd dostępu bezpieczeństwa {review} dotyczący użytkownika {principal} został zamknięty.',
      ],
      button: 'Wyświetl przegląd',
    },
  },
};
