import type { LanguagePhrases } from './types';

export const fr: LanguagePhrases = {
  common: {
    greeting: 'Bonjour {firstName},',
    linkFallback: 'Si le bouton ne fonctionne pas, copiez ce lien dans votre navigateur :',
    ignoreNote: "Si vous n'êtes pas à l'origine de cette demande, vous pouvez ignorer cet e-mail.",
    adminNote: 'Si vous ne vous attendiez pas à ce message, contactez immédiatement votre administrateur.',
    footer: 'Ceci est un message automatique de {org}. Merci de ne pas y répondre.',
    iosApp: 'Okta Verify pour iPhone',
    androidApp: 'Okta Verify pour Android',
    labels: {
      directoryUsername: "Nom d'utilisateur de l'annuaire",
      browser: 'Navigateur',
      date: 'Date',
      time: 'Heure',
      location: 'Lieu',
      ipAddress: 'Adresse IP',
      securityMethod: 'Méthode de sécurité',
      securityMethods: 'Méthodes de sécurité',
    },
  },
  subjects: {
    welcome: 'Bienvenue dans Okta !',
    passwordReset: 'Réinitialisation du mot de passe du compte',
    forgottenPassword: 'Mot de passe oublié',
    unlockAccount: 'Déverrouiller le compte',
    pushVerify: "E-mail d'activation d'Okta Verify Push",
    accountLockout: 'Compte verrouillé',
    emailChallenge: "Lien d'authentification à usage unique",
    confirmEmail: 'Confirmez votre adresse e-mail',
    newSignOn: 'Notification de nouvelle connexion',
    activateAccount: 'Activer le compte',
    confirmEmailChange: "Confirmez le changement d'adresse e-mail",
    pendingEmailChange: "Avis de changement d'adresse e-mail en attente",
    emailChanged: "Avis de changement d'adresse e-mail",
    welcomeInstance: 'Bienvenue dans {instance} !',
    authenticatorEnrolled: 'Méthode de sécurité enregistrée',
    authenticatorReset: 'Méthode de sécurité réinitialisée',
    passwordChanged: 'Mot de passe modifié',
    igaAssigned: 'Révisions attribuées pour {campaign}',
    igaEnded: 'La période de révision de {campaign} est terminée',
    igaPending: 'Révisions en attente pour {campaign}, échéance {due}',
    igaOverdue: 'Révisions en retard pour {campaign}',
    igaEndDateChanged: 'La date de fin de {campaign} a changé',
    sarAssigned: 'Nouvelle révision des accès de sécurité attribuée : {review}',
    sarClosing: 'Rappel : la révision des accès de sécurité {review} se termine dans 1 jour',
    sarClosed: 'La révision des accès de sécurité {review} est maintenant close',
  },
  bodies: {
    activation: {
      heading: 'Activez votre compte',
      paragraphs: [
        "Un compte a été créé pour vous chez {org}. Votre nom d'utilisateur est {login}.",
        'Cliquez sur le bouton ci-dessous pour activer votre compte. Le lien expire dans {activationExpiry}.',
      ],
      button: 'Activer le compte',
    },
    forgotPassword: {
      heading: 'Réinitialisez votre mot de passe',
      paragraphs: [
        'Nous avons reçu une demande de réinitialisation du mot de passe de votre compte {org}, {login}.',
        'Cliquez sur le bouton ci-dessous pour choisir un nouveau mot de passe. Le lien expire dans {resetExpiry}.',
      ],
      button: 'Réinitialiser le mot de passe',
      code: 'Ou saisissez ce code à usage unique :',
    },
    forgotPasswordDenied: {
      heading: 'Réinitialisation du mot de passe impossible',
      paragraphs: [
        'Nous avons reçu une demande de réinitialisation du mot de passe de votre compte {org}, {login}.',
        'Votre mot de passe ne peut pas être réinitialisé de cette façon. Contactez votre administrateur pour obtenir de l’aide.',
      ],
    },
    resetByAdmin: {
      heading: 'Votre mot de passe a été réinitialisé',
      paragraphs: [
        'Votre administrateur a réinitialisé le mot de passe de votre compte {org}, {login}.',
        'Cliquez sur le bouton ci-dessous pour choisir un nouveau mot de passe.',
      ],
      button: 'Définir un nouveau mot de passe',
    },
    resetBySupport: {
      heading: 'Votre mot de passe a été réinitialisé',
      paragraphs: [
        'Un membre du support a réinitialisé le mot de passe de votre compte {org}, {login}.',
        'Cliquez sur le bouton ci-dessous pour choisir un nouveau mot de passe.',
      ],
      button: 'Définir un nouveau mot de passe',
    },
    unlock: {
      heading: 'Déverrouillez votre compte',
      paragraphs: [
        'Nous avons reçu une demande de déverrouillage de votre compte {org}, {login}.',
        'Cliquez sur le bouton ci-dessous pour le déverrouiller. Le lien expire dans {unlockExpiry}.',
      ],
      button: 'Déverrouiller le compte',
      code: 'Ou saisissez ce code à usage unique :',
    },
    unlockNotLocked: {
      heading: "Votre compte n'est pas verrouillé",
      paragraphs: [
        "Nous avons reçu une demande de déverrouillage de votre compte {org}, {login}, mais ce compte n'est pas verrouillé.",
        'Si vous ne parvenez pas à vous connecter, réinitialisez votre mot de passe depuis la page de connexion ou contactez votre administrateur.',
      ],
      button: 'Aller à la page de connexion',
    },
    pushVerify: {
      heading: 'Configurez Okta Verify',
      paragraphs: [
        'Pour configurer la vérification push de votre compte {org}, installez d’abord Okta Verify sur votre téléphone.',
        'Ouvrez ensuite cet e-mail sur ce téléphone et appuyez sur le bouton ci-dessous.',
      ],
      button: 'Activer Okta Verify',
    },
    accountLockout: {
      heading: 'Votre compte est verrouillé',
      paragraphs: [
        'Votre compte {org}, {login}, a été verrouillé après trop de tentatives de connexion infructueuses.',
        'Pour le déverrouiller, utilisez l’option de déverrouillage de la page de connexion ou contactez votre administrateur.',
      ],
      button: 'Aller à la page de connexion',
    },
    emailChallenge: {
      heading: "Confirmez qu'il s'agit bien de vous",
      paragraphs: [
        "Quelqu'un tente de se connecter à votre compte {org}, {login}. Si c'est vous, cliquez sur le bouton ci-dessous pour continuer.",
      ],
      button: 'Se connecter',
      code: 'Ou saisissez ce code de vérification :',
    },
    emailVerification: {
      heading: 'Confirmez votre adresse e-mail',
      paragraphs: [
        'Cliquez sur le bouton ci-dessous pour confirmer que {email} est l’adresse e-mail de votre compte {org}.',
      ],
      button: "Confirmer l'adresse e-mail",
      code: 'Ou saisissez ce code de vérification :',
    },
    newSignOn: {
      heading: 'Nouvelle connexion à votre compte',
      paragraphs: [
        "Votre compte {org}, {login}, vient d'être utilisé pour se connecter depuis un nouvel appareil ou navigateur.",
        "Si c'était vous, vous n'avez rien à faire. Sinon, réinitialisez immédiatement votre mot de passe.",
      ],
    },
    registrationActivation: {
      heading: 'Activez votre compte',
      paragraphs: [
        'Merci de vous être inscrit à {instance} !',
        'Cliquez sur le bouton ci-dessous pour activer votre compte.',
      ],
      button: 'Activer le compte',
    },
    registrationVerification: {
      heading: 'Vérifiez votre adresse e-mail',
      paragraphs: [
        'Merci de vous être inscrit à {instance} !',
        'Cliquez sur le bouton ci-dessous pour vérifier votre adresse e-mail et terminer la création de votre compte.',
      ],
      button: "Vérifier l'adresse e-mail",
      code: 'Ou saisissez ce code de vérification :',
    },
    changeEmailCode: {
      heading: 'Confirmez votre nouvelle adresse e-mail',
      paragraphs: [
        "Nous avons reçu une demande de changement de l'adresse e-mail de votre compte {org}, {login}.",
      ],
      code: 'Saisissez ce code de vérification pour confirmer le changement :',
    },
    pendingEmailChange: {
      heading: "Changement d'adresse e-mail demandé",
      paragraphs: [
        "Nous avons reçu une demande de changement de l'adresse e-mail de votre compte {org}, {login}. Cet avis est envoyé à votre adresse actuelle.",
        "Si vous êtes à l'origine de cette demande, vous n'avez rien d'autre à faire.",
      ],
    },
    emailChanged: {
      heading: 'Votre adresse e-mail a été modifiée',
      paragraphs: ["L'adresse e-mail de votre compte {org}, {login}, est désormais {email}."],
    },
    authenticatorEnrolled: {
      heading: 'Nouvelle méthode de sécurité ajoutée',
      paragraphs: ['Une nouvelle méthode de sécurité a été ajoutée à votre compte {org}, {login}.'],
    },
    authenticatorReset: {
      heading: 'Méthodes de sécurité réinitialisées',
      paragraphs: [
        'Les méthodes de sécurité de votre compte {org}, {login}, ont été réinitialisées. Vous devrez les configurer à nouveau lors de votre prochaine connexion.',
      ],
    },
    passwordChanged: {
      heading: 'Votre mot de passe a été modifié',
      paragraphs: ['Le mot de passe de votre compte {org}, {login}, vient d’être modifié.'],
    },
    igaAssigned: {
      heading: 'Vous avez des révisions à effectuer',
      paragraphs: [
        'Vous avez été désigné comme réviseur dans la campagne de certification des accès {campaign}.',
        'Veuillez terminer vos révisions avant le {endDate}.',
      ],
      button: 'Commencer la révision',
    },
    igaEnded: {
      heading: 'Campagne terminée',
      paragraphs: [
        'La campagne de certification des accès {campaign} est terminée. Les révisions non effectuées ne peuvent plus être soumises.',
      ],
      button: 'Ouvrir la campagne',
    },
    igaPending: {
      heading: 'Des révisions attendent votre décision',
      paragraphs: [
        'Vous avez encore des révisions en attente dans la campagne {campaign}. Échéance : {due}.',
      ],
      button: 'Continuer la révision',
    },
    igaOverdue: {
      heading: 'Vos révisions sont en retard',
      paragraphs: [
        "Certaines de vos révisions dans la campagne {campaign} ont dépassé leur date d'échéance. Veuillez les terminer dès que possible.",
      ],
      button: 'Terminer les révisions',
    },
    igaReassigned: {
      heading: 'Des révisions vous ont été réattribuées',
      paragraphs: [
        '{assignedBy} vous a réattribué des révisions dans la campagne {campaign}.',
        'Veuillez les terminer avant le {endDate}.',
      ],
      button: 'Commencer la révision',
    },
    igaEndDateChanged: {
      heading: 'Date de fin de campagne modifiée',
      paragraphs: [
        'La date de fin de la campagne {campaign} a changé. Elle se termine désormais le {endDate}.',
      ],
      button: 'Ouvrir la campagne',
    },
    sarAssigned: {
      heading: 'Nouvelle révision des accès de sécurité',
      paragraphs: ['La révision des accès de sécurité {review} concernant {principal} vous a été attribuée.'],
      button: 'Ouvrir la révision',
    },
    sarClosing: {
      heading: 'Révision des accès de sécurité bientôt close',
      paragraphs: [
        'La révision des accès de sécurité {review} concernant {principal} se termine dans 1 jour. Veuillez la terminer avant.',
      ],
      button: 'Ouvrir la révision',
    },
    sarClosed: {
      heading: 'Révision des accès de sécurité close',
      paragraphs: ['La révision des accès de sécurité {review} concernant {principal} est maintenant close.'],
      button: 'Voir la révision',
    },
  },
};
