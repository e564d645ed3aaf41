import type { LanguagePhrases } from './types';

export const ht: LanguagePhrases = {
  common: {
    greeting: 'Bonjou {firstName},',
    linkFallback: 'Si bouton an pa mache, kopye lyen sa a nan navigatè ou:',
    ignoreNote: 'Si se pa ou ki te fè demann sa a, ou ka inyore imèl sa a.',
    adminNote: 'Si ou pa t ap tann sa, kontakte administratè ou touswit.',
    footer: 'Sa a se yon mesaj otomatik {org} voye. Tanpri pa reponn li.',
    iosApp: 'Okta Verify pou iPhone',
    androidApp: 'Okta Verify pou Android',
    labels: {
      directoryUsername: 'Non itilizatè nan anyè a',
      browser: 'Navigatè',
      date: 'Dat',
      time: 'Lè',
      location: 'Kote',
      ipAddress: 'Adrès IP',
      securityMethod: 'Metòd sekirite',
      securityMethods: 'Metòd sekirite yo',
    },
  },
  subjects: {
    welcome: 'Byenvini nan Okta!',
    passwordReset: 'Reyinisyalizasyon modpas kont lan',
    forgottenPassword: 'Modpas ou bliye',
    unlockAccount: 'Debloke kont lan',
    pushVerify: 'Imèl pou aktive Okta Verify Push',
    accountLockout: 'Kont lan bloke',
    emailChallenge: 'Lyen otantifikasyon pa imèl pou yon sèl fwa',
    confirmEmail: 'Konfime adrès imèl ou',
    newSignOn: 'Notifikasyon nouvo koneksyon',
    activateAccount: 'Aktive kont lan',
    confirmEmailChange: 'Konfime chanjman adrès imèl la',
    pendingEmailChange: 'Avi sou yon chanjman adrès imèl k ap tann',
    emailChanged: 'Avi sou chanjman adrès imèl',
    welcomeInstance: 'Byenvini nan {instance}!',
    authenticatorEnrolled: 'Metòd sekirite anrejistre',
    authenticatorReset: 'Metòd sekirite reyinisyalize',
    passwordChanged: 'Modpas la chanje',
    igaAssigned: 'Revizyon yo bay pou {campaign}',
    igaEnded: 'Peryòd revizyon pou {campaign} fini',
    igaPending: 'Revizyon k ap tann pou {campaign}, dat limit {due}',
    igaOverdue: 'Revizyon an reta pou {campaign}',
    igaEndDateChanged: 'Dat fen {campaign} chanje',
    sarAssigned: 'Nouvo revizyon aksè sekirite yo ba ou: {review}',
    sarClosing: 'Rapèl: revizyon aksè sekirite {review} ap fèmen nan 1 jou',
    sarClosed: 'Revizyon aksè sekirite {review} fèmen kounye a',
  },
  bodies: {
    activation: {
      heading: 'Aktive kont ou',
      paragraphs: [
        'Yo kreye yon kont pou ou nan {org}. Non itilizatè ou se {login}.',
        'Klike sou bouton ki anba a pou aktive kont ou. Lyen an ap ekspire nan {activationExpiry}.',
      ],
      button: 'Aktive kont lan',
    },
    forgotPassword: {
      heading: 'Reyinisyalize modpas ou',
      paragraphs: [
        'Nou resevwa yon demann pou reyinisyalize modpas kont {org} ou, {login}.',
        'Klike sou bouton ki anba a pou chwazi yon nouvo modpas. Lyen an ap ekspire nan {resetExpiry}.',
      ],
      button: 'Reyinisyalize modpas la',
      code: 'Oswa antre kòd itilizasyon inik sa a:',
    },
    forgotPasswordDenied: {
      heading: 'Ou pa ka reyinisyalize modpas la',
      paragraphs: [
        'Nou resevwa yon demann pou reyinisyalize modpas kont {org} ou, {login}.',
        'Yo pa ka reyinisyalize modpas ou konsa. Tanpri kontakte administratè ou pou jwenn èd.',
      ],
    },
    resetByAdmin: {
      heading: 'Yo reyinisyalize modpas ou',
      paragraphs: [
        'Administratè ou reyinisyalize modpas kont {org} ou, {login}.',
        'Klike sou bouton ki anba a pou chwazi yon nouvo modpas.',
      ],
      button: 'Mete yon nouvo modpas',
    },
    resetBySupport: {
      heading: 'Yo reyinisyalize modpas ou',
      paragraphs: [
        'Yon ajan sipò reyinisyalize modpas kont {org} ou, {login}.',
        'Klike sou bouton ki anba a pou chwazi yon nouvo modpas.',
      ],
      button: 'Mete yon nouvo modpas',
    },
    unlock: {
      heading: 'Debloke kont ou',
      paragraphs: [
        'Nou resevwa yon demann pou debloke kont {org} ou, {login}.',
        'Klike sou bouton ki anba a pou debloke l. Lyen an ap ekspire nan {unlockExpiry}.',
      ],
      button: 'Debloke kont lan',
      code: 'Oswa antre kòd itilizasyon inik sa a:',
    },
    unlockNotLocked: {
      heading: 'Kont ou pa bloke',
      paragraphs: [
        'Nou resevwa yon demann pou debloke kont {org} ou, {login}, men kont lan pa bloke.',
        'Si ou pa ka konekte, reyinisyalize modpas ou sou paj koneksyon an oswa kontakte administratè ou.',
      ],
      button: 'Ale sou paj koneksyon an',
    },
    pushVerify: {
      heading: 'Konfigire Okta Verify',
      paragraphs: [
        'Pou konfigire verifikasyon pa notifikasyon pou kont {org} ou, enstale Okta Verify sou telefòn ou anvan.',
        'Apre sa, louvri imèl sa a sou telefòn sa a epi peze bouton ki anba a.',
      ],
      button: 'Aktive Okta Verify',
    },
    accountLockout: {
      heading: 'Kont ou bloke',
      paragraphs: [
        'Kont {org} ou, {login}, bloke apre twòp tantativ koneksyon ki pa reyisi.',
        'Pou debloke l, sèvi ak opsyon debloke a sou paj koneksyon an oswa kontakte administratè ou.',
      ],
      button: 'Ale sou paj koneksyon an',
    },
    emailChallenge: {
      heading: 'Konfime se ou menm',
      paragraphs: [
        'Yon moun ap eseye konekte nan kont {org} ou, {login}. Si se ou, klike sou bouton ki anba a pou kontinye.',
      ],
      button: 'Konekte',
      code: 'Oswa antre kòd verifikasyon sa a:',
    },
    emailVerification: {
      heading: 'Konfime adrès imèl ou',
      paragraphs: ['Klike sou bouton ki anba a pou konfime {email} se adrès imèl kont {org} ou.'],
      button: 'Konfime adrès imèl la',
      code: 'Oswa antre kòd verifikasyon sa a:',
    },
    newSignOn: {
      heading: 'Nouvo koneksyon nan kont ou',
      paragraphs: [
        'Yo fèk sèvi ak kont {org} ou, {login}, pou konekte sou yon nouvo aparèy oswa navigatè.',
        'Si se te ou, ou pa bezwen fè anyen. Si se pa ou, reyinisyalize modpas ou touswit.',
      ],
    },
    registrationActivation: {
      heading: 'Aktive kont ou',
      paragraphs: ['Mèsi paske ou enskri nan {instance}!', 'Klike sou bouton ki anba a pou aktive kont ou.'],
      button: 'Aktive kont lan',
    },
    registrationVerification: {
      heading: 'Verifye adrès imèl ou',
      paragraphs: [
        'Mèsi paske ou enskri nan {instance}!',
        'Klike sou bouton ki anba a pou verifye adrès imèl ou epi fini kreye kont ou.',
      ],
      button: 'Verifye adrès imèl la',
      code: 'Oswa antre kòd verifikasyon sa a:',
    },
    changeEmailCode: {
      heading: 'Konfime nouvo adrès imèl ou',
      paragraphs: ['Nou resevwa yon demann pou chanje adrès imèl kont {org} ou, {login}.'],
      code: 'Antre kòd verifikasyon sa a pou konfime chanjman an:',
    },
    pendingEmailChange: {
      heading: 'Gen yon demann pou chanje adrès imèl',
      paragraphs: [
        'Nou resevwa yon demann pou chanje adrès imèl kont {org} ou, {login}. Nou voye avi sa a nan adrès ou genyen kounye a.',
        'Si se ou ki te fè demann lan, ou pa bezwen fè anyen ankò.',
      ],
    },
    emailChanged: {
      heading: 'Adrès imèl ou chanje',
      paragraphs: ['Adrès imèl kont {org} ou, {login}, se {email} kounye a.'],
    },
    authenticatorEnrolled: {
      heading: 'Yo ajoute yon nouvo metòd sekirite',
      paragraphs: ['Yo ajoute yon nouvo metòd sekirite nan kont {org} ou, {login}.'],
    },
    authenticatorReset: {
      heading: 'Yo reyinisyalize metòd sekirite yo',
      paragraphs: [
        'Yo reyinisyalize metòd sekirite kont {org} ou, {login}. Y ap mande ou konfigire yo ankò pwochen fwa ou konekte.',
      ],
    },
    passwordChanged: {
      heading: 'Modpas ou chanje',
      paragraphs: ['Modpas kont {org} ou, {login}, fèk chanje.'],
    },
    igaAssigned: {
      heading: 'Ou gen revizyon pou fini',
      paragraphs: [
        'Yo chwazi ou kòm revizè nan kanpay sètifikasyon aksè {campaign}.',
        'Tanpri fini revizyon ou yo anvan {endDate}.',
      ],
      button: 'Kòmanse revizyon',
    },
    igaEnded: {
      heading: 'Kanpay la fini',
      paragraphs: [
        'Kanpay sètifikasyon aksè {campaign} fini. Ou pa ka soumèt revizyon ki pa t fini yo ankò.',
      ],
      button: 'Louvri kanpay la',
    },
    igaPending: {
      heading: 'Revizyon ap tann desizyon ou',
      paragraphs: ['Ou toujou gen revizyon k ap tann nan kanpay {campaign}. Dat limit: {due}.'],
      button: 'Kontinye revizyon',
    },
    igaOverdue: {
      heading: 'Revizyon ou yo an reta',
      paragraphs: [
        'Kèk nan revizyon ou yo nan kanpay {campaign} depase dat limit yo. Tanpri fini yo pi vit posib.',
      ],
      button: 'Fini revizyon yo',
    },
    igaReassigned: {
      heading: 'Yo ba ou revizyon',
      paragraphs: ['{assignedBy} ba ou revizyon nan kanpay {campaign}.', 'Tanpri fini yo anvan {endDate}.'],
      button: 'Kòmanse revizyon',
    },
    igaEndDateChanged: {
      heading: 'Dat fen kanpay la chanje',
      paragraphs: ['Dat fen kanpay {campaign} chanje. Kounye a li fini {endDate}.'],
      button: 'Louvri kanpay la',
    },
    sarAssigned: {
      heading: 'Nouvo revizyon aksè sekirite',
      paragraphs: ['Yo ba ou revizyon aksè sekirite {review} pou {principal}.'],
      button: 'Louvri revizyon an',
    },
    sarClosing: {
      heading: 'Revizyon aksè sekirite a pral fèmen',
      paragraphs: [
        'Revizyon aksè sekirite {review} pou {principal} ap fèmen nan 1 jou. Tanpri fini l anvan sa.',
      ],
      button: 'Louvri revizyon an',
    },
    sarClosed: {
      heading: 'Revizyon aksè sekirite a fèmen',
      paragraphs: ['Revizyon aksè sekirite {review} pou {principal} fèmen kounye a.'],
      button: 'Gade revizyon an',
    },
  },
};
