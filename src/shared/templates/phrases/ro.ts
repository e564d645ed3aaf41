import type { LanguagePhrases } from './types';

export const ro: LanguagePhrases = {
  common: {
    greeting: 'Bună, {firstName},',
    linkFallback: 'Dacă butonul nu funcționează, copiați acest link în browser:',
    ignoreNote: 'Dacă nu ați solicitat acest lucru, puteți ignora acest e-mail.',
    adminNote: 'Dacă nu vă așteptați la acest mesaj, contactați imediat administratorul.',
    footer: 'Acesta este un mesaj automat de la {org}. Vă rugăm să nu răspundeți.',
    iosApp: 'Okta Verify pentru iPhone',
    androidApp: 'Okta Verify pentru Android',
    labels: {
      directoryUsername: 'Nume de utilizator din director',
      browser: 'Browser',
      date: 'Data',
      time: 'Ora',
      location: 'Locație',
      ipAddress: 'Adresă IP',
      securityMethod: 'Metodă de securitate',
      securityMethods: 'Metode de securitate',
    },
  },
  subjects: {
    welcome: 'Bun venit în Okta!',
    passwordReset: 'Resetarea parolei contului',
    forgottenPassword: 'Parolă uitată',
    unlockAccount: 'Deblocați contul',
    pushVerify: 'E-mail de activare Okta Verify Push',
    accountLockout: 'Cont blocat',
    emailChallenge: 'Link de autentificare de unică folosință',
    confirmEmail: 'Confirmați adresa de e-mail',
    newSignOn: 'Notificare de conectare nouă',
    activateAccount: 'Activați contul',
    confirmEmailChange: 'Confirmați schimbarea adresei de e-mail',
    pendingEmailChange: 'Notificare privind o schimbare în așteptare a adresei de e-mail',
    emailChanged: 'Notificare privind schimbarea adresei de e-mail',
    welcomeInstance: 'Bun venit în {instance}!',
    authenticatorEnrolled: 'Metodă de securitate înregistrată',
    authenticatorReset: 'Metodă de securitate resetată',
    passwordChanged: 'Parola a fost schimbată',
    igaAssigned: 'Revizuiri atribuite pentru {campaign}',
    igaEnded: 'Perioada de revizuire pentru {campaign} s-a încheiat',
    igaPending: 'Revizuiri în așteptare pentru {campaign}, termen {due}',
    igaOverdue: 'Revizuiri întârziate pentru {campaign}',
    igaEndDateChanged: 'Data de încheiere pentru {campaign} s-a schimbat',
    sarAssigned: 'Revizuire nouă a accesului de securitate atribuită: {review}',
    sarClosing: 'Memento: revizuirea accesului de securitate {review} se închide peste 1 zi',
    sarClosed: 'Revizuirea accesului de securitate {review} este acum închisă',
  },
  bodies: {
    activation: {
      heading: 'Activați-vă contul',
      paragraphs: [
        'A fost creat un cont pentru dvs. la {org}. Numele dvs. de utilizator este {login}.',
        'Faceți clic pe butonul de mai jos pentru a vă activa contul. Linkul expiră în {activationExpiry}.',
      ],
      button: 'Activați contul',
    },
    forgotPassword: {
      heading: 'Resetați-vă parola',
      paragraphs: [
        'Am primit o solicitare de resetare a parolei pentru contul dvs. {org}, {login}.',
        'Faceți clic pe butonul de mai jos pentru a alege o parolă nouă. Linkul expiră în {resetExpiry}.',
      ],
      button: 'Resetați parola',
      code: 'Sau introduceți acest cod de unică folosință:',
    },
    forgotPasswordDenied: {
      heading: 'Parola nu poate fi resetată',
      paragraphs: [
        'Am primit o solicitare de resetare a parolei pentru contul dvs. {org}, {login}.',
        'Parola dvs. nu poate fi resetată în acest mod. Contactați administratorul pentru ajutor.',
      ],
    },
    resetByAdmin: {
      heading: 'Parola dvs. a fost resetată',
      paragraphs: [
        'Administratorul a resetat parola contului dvs. {org}, {login}.',
        'Faceți clic pe butonul de mai jos pentru a alege o parolă nouă.',
      ],
      button: 'Setați o parolă nouă',
    },
    resetBySupport: {
      heading: 'Parola dvs. a fost resetată',
      paragraphs: [
        'Un reprezentant al asistenței a resetat parola contului dvs. {org}, {login}.',
        'Faceți clic pe butonul de mai jos pentru a alege o parolă nouă.',
      ],
      button: 'Setați o parolă nouă',
    },
    unlock: {
      heading: 'Deblocați-vă contul',
      paragraphs: [
        'Am primit o solicitare de deblocare a contului dvs. {org}, {login}.',
        'Faceți clic pe butonul de mai jos pentru a-l debloca. Linkul expiră în {unlockExpiry}.',
      ],
      button: 'Deblocați contul',
      code: 'Sau introduceți acest cod de unică folosință:',
    },
    unlockNotLocked: {
      heading: 'Contul dvs. nu este blocat',
      paragraphs: [
        'Am primit o solicitare de deblocare a contului dvs. {org}, {login}, dar contul nu este blocat.',
        'Dacă nu vă puteți conecta, resetați parola din pagina de conectare sau contactați administratorul.',
      ],
      button: 'Accesați pagina de conectare',
    },
    pushVerify: {
      heading: 'Configurați Okta Verify',
      paragraphs: [
        'Pentru a configura verificarea push pentru contul dvs. {org}, instalați mai întâi Okta Verify pe telefon.',
        'Apoi deschideți acest e-mail pe telefonul respectiv și atingeți butonul de mai jos.',
      ],
      button: 'Activați Okta Verify',
    },
    accountLockout: {
      heading: 'Contul dvs. este blocat',
      paragraphs: [
        'Contul dvs. {org}, {login}, a fost blocat după prea multe încercări nereușite de conectare.',
        'Pentru a-l debloca, folosiți opțiunea de deblocare din pagina de conectare sau contactați administratorul.',
      ],
      button: 'Accesați pagina de conectare',
    },
    emailChallenge: {
      heading: 'Confirmați că sunteți dvs.',
      paragraphs: [
        'Cineva încearcă să se conecteze la contul dvs. {org}, {login}. Dacă sunteți dvs., faceți clic pe butonul de mai jos pentru a continua.',
      ],
      button: 'Conectați-vă',
      code: 'Sau introduceți acest cod de verificare:',
    },
    emailVerification: {
      heading: 'Confirmați adresa de e-mail',
      paragraphs: [
        'Faceți clic pe butonul de mai jos pentru a confirma că {email} este adresa de e-mail a contului dvs. {org}.',
      ],
      button: 'Confirmați adresa de e-mail',
      code: 'Sau introduceți acest cod de verificare:',
    },
    newSignOn: {
      heading: 'Conectare nouă la contul dvs.',
      paragraphs: [
        'Contul dvs. {org}, {login}, tocmai a fost folosit pentru o conectare de pe un dispozitiv sau browser nou.',
        'Dacă ați fost dvs., nu trebuie să faceți nimic. Dacă nu, resetați imediat parola.',
      ],
    },
    registrationActivation: {
      heading: 'Activați-vă contul',
      paragraphs: [
        'Vă mulțumim că v-ați înregistrat în {instance}!',
        'Faceți clic pe butonul de mai jos pentru a vă activa contul.',
      ],
      button: 'Activați contul',
    },
    registrationVerification: {
      heading: 'Verificați adresa de e-mail',
      paragraphs: [
        'Vă mulțumim că v-ați înregistrat în {instance}!',
        'Faceți clic pe butonul de mai jos pentru a vă verifica adresa de e-mail și a finaliza crearea contului.',
      ],
      button: 'Verificați adresa de e-mail',
      code: 'Sau introduceți acest cod de verificare:',
    },
    changeEmailCode: {
      heading: 'Confirmați noua adresă de e-mail',
      paragraphs: ['Am primit o solicitare de schimbare a adresei de e-mail a contului dvs. {org}, {login}.'],
      code: 'Introduceți acest cod de verificare pentru a confirma schimbarea:',
    },
    pendingEmailChange: {
      heading: 'S-a solicitat schimbarea adresei de e-mail',
      paragraphs: [
        'Am primit o solicitare de schimbare a adresei de e-mail a contului dvs. {org}, {login}. Această notificare este trimisă la adresa dvs. actuală.',
        'Dacă dvs. ați făcut solicitarea, nu mai trebuie să faceți nimic.',
      ],
    },
    emailChanged: {
      heading: 'Adresa dvs. de e-mail a fost schimbată',
      paragraphs: ['Adresa de e-mail a contului dvs. {org}, {login}, este acum {email}.'],
    },
    authenticatorEnrolled: {
      heading: 'A fost adăugată o metodă de securitate nouă',
      paragraphs: ['O metodă de securitate nouă a fost adăugată la contul dvs. {org}, {login}.'],
    },
    authenticatorReset: {
      heading: 'Metodele de securitate au fost resetate',
      paragraphs: [
        'Metodele de securitate ale contului dvs. {org}, {login}, au fost resetate. La următoarea conectare vi se va cere să le configurați din nou.',
      ],
    },
    passwordChanged: {
      heading: 'Parola dvs. a fost schimbată',
      paragraphs: ['Parola contului dvs. {org}, {login}, tocmai a fost schimbată.'],
    },
    igaAssigned: {
      heading: 'Aveți revizuiri de finalizat',
      paragraphs: [
        'Ați fost desemnat ca evaluator în campania de certificare a accesului {campaign}.',
        'Finalizați revizuirile până la {endDate}.',
      ],
      button: 'Începeți revizuirea',
    },
    igaEnded: {
      heading: 'Campania s-a încheiat',
      paragraphs: [
        'Campania de certificare a accesului {campaign} s-a încheiat. Revizuirile nefinalizate nu mai pot fi trimise.',
      ],
      button: 'Deschideți campania',
    },
    igaPending: {
      heading: 'Revizuiri care așteaptă decizia dvs.',
      paragraphs: ['Mai aveți revizuiri în așteptare în campania {campaign}. Termen: {due}.'],
      button: 'Continuați revizuirea',
    },
    igaOverdue: {
      heading: 'Revizuirile dvs. sunt întârziate',
      paragraphs: [
        'Unele dintre revizuirile dvs. din campania {campaign} au depășit termenul. Finalizați-le cât mai curând.',
      ],
      button: 'Finalizați revizuirile',
    },
    igaReassigned: {
      heading: 'V-au fost reatribuite revizuiri',
      paragraphs: [
        '{assignedBy} v-a reatribuit revizuiri din campania {campaign}.',
        'Finalizați-le până la {endDate}.',
      ],
      button: 'Începeți revizuirea',
    },
    igaEndDateChanged: {
      heading: 'Data de încheiere a campaniei s-a schimbat',
      paragraphs: ['Data de încheiere a campaniei {campaign} s-a schimbat. Acum se încheie pe {endDate}.'],
      button: 'Deschideți campania',
    },
    sarAssigned: {
      heading: 'Revizuire nouă a accesului de securitate',
      paragraphs: ['Vi s-a atribuit revizuirea accesului de securitate {review} pentru {principal}.'],
      button: 'Deschideți revizuirea',
    },
    sarClosing: {
      heading: 'Revizuirea accesului de securitate se închide în curând',
      paragraphs: [
        'Revizuirea accesului de securitate {review} pentru {principal} se închide peste 1 zi. Finalizați-o înainte de acest termen.',
      ],
      button: 'Deschideți revizuirea',
    },
    sarClosed: {
      heading: 'Revizuirea accesului de securitate a fost închisă',
      paragraphs: ['Revizuirea accesului de securitate {review} pentru {principal} este acum închisă.'],
      button: 'Vedeți revizuirea',
    },
  },
};
