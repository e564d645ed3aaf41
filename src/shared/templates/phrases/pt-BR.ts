import type { LanguagePhrases } from './types';

export const ptBR: LanguagePhrases = {
  common: {
    greeting: 'Olá, {firstName},',
    linkFallback: 'Se o botão não funcionar, copie este link no seu navegador:',
    ignoreNote: 'Se você não fez esta solicitação, pode ignorar este e-mail.',
    adminNote: 'Se você não esperava por isso, entre em contato com seu administrador imediatamente.',
    footer: 'Esta é uma mensagem automática de {org}. Não responda.',
    iosApp: 'Okta Verify para iPhone',
    androidApp: 'Okta Verify para Android',
    labels: {
      directoryUsername: 'Nome de usuário do diretório',
      browser: 'Navegador',
      date: 'Data',
      time: 'Hora',
      location: 'Local',
      ipAddress: 'Endereço IP',
      securityMethod: 'Método de segurança',
      securityMethods: 'Métodos de segurança',
    },
  },
  subjects: {
    welcome: 'Boas-vindas ao Okta!',
    passwordReset: 'Redefinição da senha da conta',
    forgottenPassword: 'Senha esquecida',
    unlockAccount: 'Desbloquear conta',
    pushVerify: 'E-mail de ativação do Okta Verify Push',
    accountLockout: 'Conta bloqueada',
    emailChallenge: 'Link de autenticação de uso único',
    confirmEmail: 'Confirme seu endereço de e-mail',
    newSignOn: 'Notificação de novo login',
    activateAccount: 'Ativar conta',
    confirmEmailChange: 'Confirme a alteração do endereço de e-mail',
    pendingEmailChange: 'Aviso de alteração pendente do endereço de e-mail',
    emailChanged: 'Aviso de alteração do endereço de e-mail',
    welcomeInstance: 'Boas-vindas ao {instance}!',
    authenticatorEnrolled: 'Método de segurança cadastrado',
    authenticatorReset: 'Método de segurança redefinido',
    passwordChanged: 'Senha alterada',
    igaAssigned: 'Revisões atribuídas para {campaign}',
    igaEnded: 'O período de revisão de {campaign} terminou',
    igaPending: 'Revisões pendentes de {campaign} com prazo {due}',
    igaOverdue: 'Revisões atrasadas de {campaign}',
    igaEndDateChanged: 'A data de término de {campaign} mudou',
    sarAssigned: 'Nova revisão de acesso de segurança atribuída: {review}',
    sarClosing: 'Lembrete: a revisão de acesso de segurança {review} termina em 1 dia',
    sarClosed: 'A revisão de acesso de segurança {review} foi encerrada',
  },
  bodies: {
    activation: {
      heading: 'Ative sua conta',
      paragraphs: [
        'Uma conta foi criada para você em {org}. Seu nome de usuário é {login}.',
        'Clique no botão abaixo para ativar sua conta. O link expira em {activationExpiry}.',
      ],
      button: 'Ativar conta',
    },
    forgotPassword: {
      heading: 'Redefina sua senha',
      paragraphs: [
        'Recebemos uma solicitação para redefinir a senha da sua conta {org}, {login}.',
        'Clique no botão abaixo para escolher uma nova senha. O link expira em {resetExpiry}.',
      ],
      button: 'Redefinir senha',
      code: 'Ou digite este código de uso único:',
    },
    forgotPasswordDenied: {
      heading: 'Não é possível redefinir a senha',
      paragraphs: [
        'Recebemos uma solicitação para redefinir a senha da sua conta {org}, {login}.',
        'Sua senha não pode ser redefinida dessa forma. Entre em contato com seu administrador para obter ajuda.',
      ],
    },
    resetByAdmin: {
      heading: 'Sua senha foi redefinida',
      paragraphs: [
        'Seu administrador redefiniu a senha da sua conta {org}, {login}.',
        'Clique no botão abaixo para escolher uma nova senha.',
      ],
      button: 'Definir nova senha',
    },
    resetBySupport: {
      heading: 'Sua senha foi redefinida',
      paragraphs: [
        'Um representante do suporte redefiniu a senha da sua conta {org}, {login}.',
        'Clique no botão abaixo para escolher uma nova senha.',
      ],
      button: 'Definir nova senha',
    },
    unlock: {
      heading: 'Desbloqueie sua conta',
      paragraphs: [
        'Recebemos uma solicitação para desbloquear sua conta {org}, {login}.',
        'Clique no botão abaixo para desbloqueá-la. O link expira em {unlockExpiry}.',
      ],
      button: 'Desbloquear conta',
      code: 'Ou digite este código de uso único:',
    },
    unlockNotLocked: {
      heading: 'Sua conta não está bloqueada',
      paragraphs: [
        'Recebemos uma solicitação para desbloquear sua conta {org}, {login}, mas a conta não está bloqueada.',
        'Se você não consegue entrar, redefina sua senha na página de login ou entre em contato com seu administrador.',
      ],
      button: 'Ir para a página de login',
    },
    pushVerify: {
      heading: 'Configure o Okta Verify',
      paragraphs: [
        'Para configurar a verificação por push da sua conta {org}, primeiro instale o Okta Verify no seu celular.',
        'Depois, abra este e-mail nesse celular e toque no botão abaixo.',
      ],
      button: 'Ativar o Okta Verify',
    },
    accountLockout: {
      heading: 'Sua conta está bloqueada',
      paragraphs: [
        'Sua conta {org}, {login}, foi bloqueada após muitas tentativas de login sem sucesso.',
        'Para desbloqueá-la, use a opção de desbloqueio na página de login ou entre em contato com seu administrador.',
      ],
      button: 'Ir para a página de login',
    },
    emailChallenge: {
      heading: 'Confirme que é você',
      paragraphs: [
        'Alguém está tentando entrar na sua conta {org}, {login}. Se for você, clique no botão abaixo para continuar.',
      ],
      button: 'Entrar',
      code: 'Ou digite este código de verificação:',
    },
    emailVerification: {
      heading: 'Confirme seu endereço de e-mail',
      paragraphs: [
        'Clique no botão abaixo para confirmar que {email} é o endereço de e-mail da sua conta {org}.',
      ],
      button: 'Confirmar endereço de e-mail',
      code: 'Ou digite este código de verificação:',
    },
    newSignOn: {
      heading: 'Novo login na sua conta',
      paragraphs: [
        'Sua conta {org}, {login}, acabou de ser usada para entrar a partir de um novo dispositivo ou navegador.',
        'Se foi você, não é preciso fazer nada. Caso contrário, redefina sua senha imediatamente.',
      ],
    },
    registrationActivation: {
      heading: 'Ative sua conta',
      paragraphs: [
        'Obrigado por se cadastrar no {instance}!',
        'Clique no botão abaixo para ativar sua conta.',
      ],
      button: 'Ativar conta',
    },
    registrationVerification: {
      heading: 'Verifique seu endereço de e-mail',
      paragraphs: [
        'Obrigado por se cadastrar no {instance}!',
        'Clique no botão abaixo para verificar seu endereço de e-mail e concluir a criação da sua conta.',
      ],
      button: 'Verificar endereço de e-mail',
      code: 'Ou digite este código de verificação:',
    },
    changeEmailCode: {
      heading: 'Confirme seu novo endereço de e-mail',
      paragraphs: [
        'Recebemos uma solicitação para alterar o endereço de e-mail da sua conta {org}, {login}.',
      ],
      code: 'Digite este código de verificação para confirmar a alteração:',
    },
    pendingEmailChange: {
      heading: 'Alteração de endereço de e-mail solicitada',
      paragraphs: [
        'Recebemos uma solicitação para alterar o endereço de e-mail da sua conta {org}, {login}. Este aviso foi enviado para o seu endereço atual.',
        'Se você fez esta solicitação, não é preciso fazer mais nada.',
      ],
    },
    emailChanged: {
      heading: 'Seu endereço de e-mail foi alterado',
      paragraphs: ['O endereço de e-mail da sua conta {org}, {login}, agora é {email}.'],
    },
    authenticatorEnrolled: {
      heading: 'Novo método de segurança adicionado',
      paragraphs: ['Um novo método de segurança foi adicionado à sua conta {org}, {login}.'],
    },
    authenticatorReset: {
      heading: 'Métodos de segurança redefinidos',
      paragraphs: [
        'Os métodos de segurança da sua conta {org}, {login}, foram redefinidos. Você precisará configurá-los novamente no próximo login.',
      ],
    },
    passwordChanged: {
      heading: 'Sua senha foi alterada',
      paragraphs: ['A senha da sua conta {org}, {login}, acabou de ser alterada.'],
    },
    igaAssigned: {
      heading: 'Você tem revisões para concluir',
      paragraphs: [
        'Você foi designado como revisor na campanha de certificação de acesso {campaign}.',
        'Conclua suas revisões até {endDate}.',
      ],
      button: 'Começar a revisar',
    },
    igaEnded: {
      heading: 'Campanha encerrada',
      paragraphs: [
        'A campanha de certificação de acesso {campaign} foi encerrada. Revisões não concluídas não podem mais ser enviadas.',
      ],
      button: 'Abrir campanha',
    },
    igaPending: {
      heading: 'Revisões aguardando sua decisão',
      paragraphs: ['Você ainda tem revisões pendentes na campanha {campaign}. O prazo é {due}.'],
      button: 'Continuar revisando',
    },
    igaOverdue: {
      heading: 'Suas revisões estão atrasadas',
      paragraphs: [
        'Algumas das suas revisões na campanha {campaign} passaram do prazo. Conclua-as o quanto antes.',
      ],
      button: 'Concluir revisões',
    },
    igaReassigned: {
      heading: 'Revisões reatribuídas a você',
      paragraphs: [
        '{assignedBy} reatribuiu a você revisões na campanha {campaign}.',
        'Conclua-as até {endDate}.',
      ],
      button: 'Começar a revisar',
    },
    igaEndDateChanged: {
      heading: 'Data de término da campanha alterada',
      paragraphs: ['A data de término da campanha {campaign} mudou. Agora ela termina em {endDate}.'],
      button: 'Abrir campanha',
    },
    sarAssigned: {
      heading: 'Nova revisão de acesso de segurança',
      paragraphs: ['A revisão de acesso de segurança {review} de {principal} foi atribuída a você.'],
      button: 'Abrir revisão',
    },
    sarClosing: {
      heading: 'Revisão de acesso de segurança termina em breve',
      paragraphs: [
        'A revisão de acesso de segurança {review} de {principal} termina em 1 dia. Conclua-a antes disso.',
      ],
      button: 'Abrir revisão',
    },
    sarClosed: {
      heading: 'Revisão de acesso de segurança encerrada',
      paragraphs: ['A revisão de acesso de segurança {review} de {principal} foi encerrada.'],
      button: 'Ver revisão',
    },
  },
};
