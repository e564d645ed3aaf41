import type { LanguagePhrases } from './types';

export const es: LanguagePhrases = {
  common: {
    greeting: 'Hola, {firstName}:',
    linkFallback: 'Si el botón no funciona, copia este enlace en tu navegador:',
    ignoreNote: 'Si no lo solicitaste, puedes ignorar este correo electrónico.',
    adminNote: 'Si no esperabas este mensaje, ponte en contacto con tu administrador de inmediato.',
    footer: 'Este es un mensaje automático de {org}. No respondas a este correo.',
    iosApp: 'Okta Verify para iPhone',
    androidApp: 'Okta Verify para Android',
    labels: {
      directoryUsername: 'Nombre de usuario del directorio',
      browser: 'Navegador',
      date: 'Fecha',
      time: 'Hora',
      location: 'Ubicación',
      ipAddress: 'Dirección IP',
      securityMethod: 'Método de seguridad',
      securityMethods: 'Métodos de seguridad',
    },
  },
  subjects: {
    welcome: '¡Te damos la bienvenida a Okta!',
    passwordReset: 'Restablecimiento de la contraseña de la cuenta',
    forgottenPassword: 'Contraseña olvidada',
    unlockAccount: 'Desbloquear cuenta',
    pushVerify: 'Correo de activación de Okta Verify Push',
    accountLockout: 'Cuenta bloqueada',
    emailChallenge: 'Enlace de autenticación de un solo uso',
    confirmEmail: 'Confirma tu dirección de correo electrónico',
    newSignOn: 'Notificación de nuevo inicio de sesión',
    activateAccount: 'Activar cuenta',
    confirmEmailChange: 'Confirma el cambio de dirección de correo electrónico',
    pendingEmailChange: 'Aviso de cambio pendiente de dirección de correo electrónico',
    emailChanged: 'Aviso de cambio de dirección de correo electrónico',
    welcomeInstance: '¡Te damos la bienvenida a {instance}!',
    authenticatorEnrolled: 'Método de seguridad registrado',
    authenticatorReset: 'Método de seguridad restablecido',
    passwordChanged: 'Contraseña cambiada',
    igaAssigned: 'Revisiones asignadas para {campaign}',
    igaEnded: 'Ha finalizado el periodo de revisión de {campaign}',
    igaPending: 'Revisiones pendientes de {campaign} con vencimiento {due}',
    igaOverdue: 'Revisiones vencidas de {campaign}',
    igaEndDateChanged: 'Ha cambiado la fecha de finalización de {campaign}',
    sarAssigned: 'Nueva revisión de acceso de seguridad asignada: {review}',
    sarClosing: 'Recordatorio: la revisión de acceso de seguridad {review} se cierra en 1 día',
    sarClosed: 'La revisión de acceso de seguridad {review} ya está cerrada',
  },
  bodies: {
    activation: {
      heading: 'Activa tu cuenta',
      paragraphs: [
        'Se ha creado una cuenta para ti en {org}. Tu nombre de usuario es {login}.',
        'Haz clic en el botón de abajo para activar tu cuenta. El enlace caduca en {activationExpiry}.',
      ],
      button: 'Activar cuenta',
    },
    forgotPassword: {
      heading: 'Restablece tu contraseña',
      paragraphs: [
        'Hemos recibido una solicitud para restablecer la contraseña de tu cuenta de {org}, {login}.',
        'Haz clic en el botón de abajo para elegir una nueva contraseña. El enlace caduca en {resetExpiry}.',
      ],
      button: 'Restablecer contraseña',
      code: 'O introduce este código de un solo uso:',
    },
    forgotPasswordDenied: {
      heading: 'No se puede restablecer la contraseña',
      paragraphs: [
        'Hemos recibido una solicitud para restablecer la contraseña de tu cuenta de {org}, {login}.',
        'Tu contraseña no se puede restablecer de esta forma. Ponte en contacto con tu administrador para obtener ayuda.',
      ],
    },
    resetByAdmin: {
      heading: 'Se ha restablecido tu contraseña',
      paragraphs: [
        'Tu administrador ha restablecido la contraseña de tu cuenta de {org}, {login}.',
        'Haz clic en el botón de abajo para elegir una nueva contraseña.',
      ],
      button: 'Establecer nueva contraseña',
    },
    resetBySupport: {
      heading: 'Se ha restablecido tu contraseña',
      paragraphs: [
        'Un representante de soporte ha restablecido la contraseña de tu cuenta de {org}, {login}.',
        'Haz clic en el botón de abajo para elegir una nueva contraseña.',
      ],
      button: 'Establecer nueva contraseña',
    },
    unlock: {
      heading: 'Desbloquea tu cuenta',
      paragraphs: [
        'Hemos recibido una solicitud para desbloquear tu cuenta de {org}, {login}.',
        'Haz clic en el botón de abajo para desbloquearla. El enlace caduca en {unlockExpiry}.',
      ],
      button: 'Desbloquear cuenta',
      code: 'O introduce este código de un solo uso:',
    },
    unlockNotLocked: {
      heading: 'Tu cuenta no está bloqueada',
      paragraphs: [
        'Hemos recibido una solicitud para desbloquear tu cuenta de {org}, {login}, pero la cuenta no está bloqueada.',
        'Si no puedes iniciar sesión, restablece tu contraseña desde la página de inicio de sesión o ponte en contacto con tu administrador.',
      ],
      button: 'Ir a la página de inicio de sesión',
    },
    pushVerify: {
      heading: 'Configura Okta Verify',
      paragraphs: [
        'Para configurar la verificación push de tu cuenta de {org}, primero instala Okta Verify en tu teléfono.',
        'Después, abre este correo en ese teléfono y toca el botón de abajo.',
      ],
      button: 'Activar Okta Verify',
    },
    accountLockout: {
      heading: 'Tu cuenta está bloqueada',
      paragraphs: [
        'Tu cuenta de {org}, {login}, se ha bloqueado tras demasiados intentos fallidos de inicio de sesión.',
        'Para desbloquearla, usa la opción de desbloqueo de la página de inicio de sesión o ponte en contacto con tu administrador.',
      ],
      button: 'Ir a la página de inicio de sesión',
    },
    emailChallenge: {
      heading: 'Confirma que eres tú',
      paragraphs: [
        'Alguien está intentando iniciar sesión en tu cuenta de {org}, {login}. Si eres tú, haz clic en el botón de abajo para continuar.',
      ],
      button: 'Iniciar sesión',
      code: 'O introduce este código de verificación:',
    },
    emailVerification: {
      heading: 'Confirma tu dirección de correo electrónico',
      paragraphs: [
        'Haz clic en el botón de abajo para confirmar que {email} es la dirección de correo electrónico de tu cuenta de {org}.',
      ],
      button: 'Confirmar dirección de correo',
      code: 'O introduce este código de verificación:',
    },
    newSignOn: {
      heading: 'Nuevo inicio de sesión en tu cuenta',
      paragraphs: [
        'Se acaba de usar tu cuenta de {org}, {login}, para iniciar sesión desde un dispositivo o navegador nuevo.',
        'Si fuiste tú, no tienes que hacer nada. Si no, restablece tu contraseña de inmediato.',
      ],
    },
    registrationActivation: {
      heading: 'Activa tu cuenta',
      paragraphs: [
        '¡Gracias por registrarte en {instance}!',
        'Haz clic en el botón de abajo para activar tu cuenta.',
      ],
      button: 'Activar cuenta',
    },
    registrationVerification: {
      heading: 'Verifica tu dirección de correo electrónico',
      paragraphs: [
        '¡Gracias por registrarte en {instance}!',
        'Haz clic en el botón de abajo para verificar tu dirección de correo electrónico y terminar de crear tu cuenta.',
      ],
      button: 'Verificar dirección de correo',
      code: 'O introduce este código de verificación:',
    },
    changeEmailCode: {
      heading: 'Confirma tu nueva dirección de correo electrónico',
      paragraphs: [
        'Hemos recibido una solicitud para cambiar la dirección de correo electrónico de tu cuenta de {org}, {login}.',
      ],
      code: 'Introduce este código de verificación para confirmar el cambio:',
    },
    pendingEmailChange: {
      heading: 'Solicitud de cambio de dirección de correo electrónico',
      paragraphs: [
        'Hemos recibido una solicitud para cambiar la dirección de correo electrónico de tu cuenta de {org}, {login}. Enviamos este aviso a tu dirección actual.',
        'Si hiciste tú esta solicitud, no tienes que hacer nada más.',
      ],
    },
    emailChanged: {
      heading: 'Se ha cambiado tu dirección de correo electrónico',
      paragraphs: ['La dirección de correo electrónico de tu cuenta de {org}, {login}, ahora es {email}.'],
    },
    authenticatorEnrolled: {
      heading: 'Se ha añadido un nuevo método de seguridad',
      paragraphs: ['Se ha añadido un nuevo método de seguridad a tu cuenta de {org}, {login}.'],
    },
    authenticatorReset: {
      heading: 'Métodos de seguridad restablecidos',
      paragraphs: [
        'Se han restablecido los métodos de seguridad de tu cuenta de {org}, {login}. Se te pedirá que los configures de nuevo la próxima vez que inicies sesión.',
      ],
    },
    passwordChanged: {
      heading: 'Se ha cambiado tu contraseña',
      paragraphs: ['Se acaba de cambiar la contraseña de tu cuenta de {org}, {login}.'],
    },
    igaAssigned: {
      heading: 'Tienes revisiones pendientes',
      paragraphs: [
        'Se te ha asignado como revisor en la campaña de certificación de accesos {campaign}.',
        'Completa tus revisiones antes del {endDate}.',
      ],
      button: 'Empezar a revisar',
    },
    igaEnded: {
      heading: 'La campaña ha finalizado',
      paragraphs: [
        'La campaña de certificación de accesos {campaign} ha finalizado. Las revisiones no completadas ya no se pueden enviar.',
      ],
      button: 'Abrir campaña',
    },
    igaPending: {
      heading: 'Revisiones a la espera de tu decisión',
      paragraphs: ['Todavía tienes revisiones pendientes en la campaña {campaign}. Vencen {due}.'],
      button: 'Continuar revisando',
    },
    igaOverdue: {
      heading: 'Tus revisiones están vencidas',
      paragraphs: [
        'Algunas de tus revisiones de la campaña {campaign} han superado su fecha límite. Complétalas lo antes posible.',
      ],
      button: 'Completar revisiones',
    },
    igaReassigned: {
      heading: 'Se te han reasignado revisiones',
      paragraphs: [
        '{assignedBy} te ha reasignado revisiones de la campaña {campaign}.',
        'Complétalas antes del {endDate}.',
      ],
      button: 'Empezar a revisar',
    },
    igaEndDateChanged: {
      heading: 'Ha cambiado la fecha de finalización de la campaña',
      paragraphs: [
        'La fecha de finalización de la campaña {campaign} ha cambiado. Ahora finaliza el {endDate}.',
      ],
      button: 'Abrir campaña',
    },
    sarAssigned: {
      heading: 'Nueva revisión de acceso de seguridad',
      paragraphs: ['Se te ha asignado la revisión de acceso de seguridad {review} de {principal}.'],
      button: 'Abrir revisión',
    },
    sarClosing: {
      heading: 'La revisión de acceso de seguridad se cierra pronto',
      paragraphs: [
        'La revisión de acceso de seguridad {review} de {principal} se cierra en 1 día. Termínala antes de esa fecha.',
      ],
      button: 'Abrir revisión',
    },
    sarClosed: {
      heading: 'Revisión de acceso de seguridad cerrada',
      paragraphs: ['La revisión de acceso de seguridad {review} de {principal} ya está cerrada.'],
      button: 'Ver revisión',
    },
  },
};
