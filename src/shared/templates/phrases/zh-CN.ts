import type { LanguagePhrases } from './types';

export const zhCN: LanguagePhrases = {
  common: {
    greeting: '{firstName}，您好：',
    linkFallback: '如果按钮无法使用，请将以下链接复制到浏览器中：',
    ignoreNote: '如果这不是您发起的请求，请忽略此邮件。',
    adminNote: '如果您并未预料到此操作，请立即联系管理员。',
    footer: '这是来自 {org} 的自动邮件，请勿回复。',
    iosApp: '适用于 iPhone 的 Okta Verify',
    androidApp: '适用于 Android 的 Okta Verify',
    labels: {
      directoryUsername: '目录用户名',
      browser: '浏览器',
      date: '日期',
      time: '时间',
      location: '位置',
      ipAddress: 'IP 地址',
      securityMethod: '安全方式',
      securityMethods: '安全方式列表',
    },
  },
  subjects: {
    welcome: '欢迎使用 Okta！',
    passwordReset: '账户密码重置',
    forgottenPassword: '忘记密码',
    unlockAccount: '解锁账户',
    pushVerify: 'Okta Verify 推送激活邮件',
    accountLockout: '账户已锁定',
    emailChallenge: '一次性电子邮件验证链接',
    confirmEmail: '确认您的电子邮件地址',
    newSignOn: '新登录通知',
    activateAccount: '激活账户',
    confirmEmailChange: '确认电子邮件地址变更',
    pendingEmailChange: '待处理的电子邮件地址变更通知',
    emailChanged: '电子邮件地址变更通知',
    welcomeInstance: '欢迎使用 {instance}！',
    authenticatorEnrolled: '已注册安全方式',
    authenticatorReset: '已重置安全方式',
    passwordChanged: '密码已更改',
    igaAssigned: '已为 {campaign} 分配审查',
    igaEnded: '{campaign} 的审查期已结束',
    igaPending: '{campaign} 有待处理的审查，截止时间 {due}',
    igaOverdue: '{campaign} 有逾期的审查',
    igaEndDateChanged: '{campaign} 的结束日期已更改',
    sarAssigned: '已分配新的安全访问审查：{review}',
    sarClosing: '提醒：安全访问审查 {review} 将在 1 天后关闭',
    sarClosed: '安全访问审查 {review} 现已关闭',
  },
  bodies: {
    activation: {
      heading: '激活您的账户',
      paragraphs: [
        '已在 {org} 为您创建账户。您的用户名是 {login}。',
        '请点击下方按钮激活您的账户。此链接将在 {activationExpiry}后失效。',
      ],
      button: '激活账户',
    },
    forgotPassword: {
      heading: '重置您的密码',
      paragraphs: [
        '我们收到了重置您的 {org} 账户（{login}）密码的请求。',
        '请点击下方按钮设置新密码。此链接将在 {resetExpiry}后失效。',
      ],
      button: '重置密码',
      code: '或者输入以下一次性验证码：',
    },
    forgotPasswordDenied: {
      heading: '无法重置密码',
      paragraphs: [
        '我们收到了重置您的 {org} 账户（{login}）密码的请求。',
        '您的密码无法通过此方式重置。请联系管理员获取帮助。',
      ],
    },
    resetByAdmin: {
      heading: '您的密码已被重置',
      paragraphs: ['管理员已重置您的 {org} 账户（{login}）的密码。', '请点击下方按钮设置新密码。'],
      button: '设置新密码',
    },
    resetBySupport: {
      heading: '您的密码已被重置',
      paragraphs: ['支持人员已重置您的 {org} 账户（{login}）的密码。', '请点击下方按钮设置新密码。'],
      button: '设置新密码',
    },
    unlock: {
      heading: '解锁您的账户',
      paragraphs: [
        '我们收到了解锁您的 {org} 账户（{login}）的请求。',
        '请点击下方按钮解锁账户。此链接将在 {unlockExpiry}后失效。',
      ],
      button: '解锁账户',
      code: '或者输入以下一次性验证码：',
    },
    unlockNotLocked: {
      heading: '您的账户未被锁定',
      paragraphs: [
        '我们收到了解锁您的 {org} 账户（{login}）的请求，但该账户并未被锁定。',
        '如果您无法登录，请在登录页面重置密码或联系管理员。',
      ],
      button: '前往登录页面',
    },
    pushVerify: {
      heading: '设置 Okta Verify',
      paragraphs: [
        '要为您的 {org} 账户设置推送验证，请先在手机上安装 Okta Verify。',
        '然后在该手机上打开此邮件，并点按下方按钮。',
      ],
      button: '激活 Okta Verify',
    },
    accountLockout: {
      heading: '您的账户已被锁定',
      paragraphs: [
        '由于登录失败次数过多，您的 {org} 账户（{login}）已被锁定。',
        '要解锁账户，请使用登录页面上的解锁选项或联系管理员。',
      ],
      button: '前往登录页面',
    },
    emailChallenge: {
      heading: '确认是您本人',
      paragraphs: ['有人正在尝试登录您的 {org} 账户（{login}）。如果是您本人，请点击下方按钮继续。'],
      button: '登录',
      code: '或者输入以下验证码：',
    },
    emailVerification: {
      heading: '确认您的电子邮件地址',
      paragraphs: ['请点击下方按钮，确认 {email} 是您的 {org} 账户的电子邮件地址。'],
      button: '确认电子邮件地址',
      code: '或者输入以下验证码：',
    },
    newSignOn: {
      heading: '您的账户有新的登录',
      paragraphs: [
        '刚刚有人使用您的 {org} 账户（{login}）从新的设备或浏览器登录。',
        '如果是您本人，则无需任何操作。如果不是，请立即重置密码。',
      ],
    },
    registrationActivation: {
      heading: '激活您的账户',
      paragraphs: ['感谢您注册 {instance}！', '请点击下方按钮激活您的账户。'],
      button: '激活账户',
    },
    registrationVerification: {
      heading: '验证您的电子邮件地址',
      paragraphs: ['感谢您注册 {instance}！', '请点击下方按钮验证您的电子邮件地址，完成账户创建。'],
      button: '验证电子邮件地址',
      code: '或者输入以下验证码：',
    },
    changeEmailCode: {
      heading: '确认您的新电子邮件地址',
      paragraphs: ['我们收到了更改您的 {org} 账户（{login}）电子邮件地址的请求。'],
      code: '请输入以下验证码以确认更改：',
    },
    pendingEmailChange: {
      heading: '已请求更改电子邮件地址',
      paragraphs: [
        '我们收到了更改您的 {org} 账户（{login}）电子邮件地址的请求。此通知已发送到您当前的地址。',
        '如果是您本人发起的请求，则无需其他操作。',
      ],
    },
    emailChanged: {
      heading: '您的电子邮件地址已更改',
      paragraphs: ['您的 {org} 账户（{login}）的电子邮件地址现在是 {email}。'],
    },
    authenticatorEnrolled: {
      heading: '已添加新的安全方式',
      paragraphs: ['您的 {org} 账户（{login}）已添加新的安全方式。'],
    },
    authenticatorReset: {
      heading: '安全方式已重置',
      paragraphs: ['您的 {org} 账户（{login}）的安全方式已重置。下次登录时，系统会要求您重新设置。'],
    },
    passwordChanged: {
      heading: '您的密码已更改',
      paragraphs: ['您的 {org} 账户（{login}）的密码刚刚已更改。'],
    },
    igaAssigned: {
      heading: '您有待完成的审查',
      paragraphs: ['您已被指定为访问认证活动 {campaign} 的审查人。', '请在 {endDate} 之前完成审查。'],
      button: '开始审查',
    },
    igaEnded: {
      heading: '活动已结束',
      paragraphs: ['访问认证活动 {campaign} 已结束。未完成的审查将无法再提交。'],
      button: '打开活动',
    },
    igaPending: {
      heading: '有审查等待您的决定',
      paragraphs: ['您在活动 {campaign} 中仍有待处理的审查。截止时间：{due}。'],
      button: '继续审查',
    },
    igaOverdue: {
      heading: '您的审查已逾期',
      paragraphs: ['您在活动 {campaign} 中的部分审查已超过截止日期。请尽快完成。'],
      button: '完成审查',
    },
    igaReassigned: {
      heading: '审查已重新分配给您',
      paragraphs: ['{assignedBy} 已将活动 {campaign} 中的审查重新分配给您。', '请在 {endDate} 之前完成。'],
      button: '开始审查',
    },
    igaEndDateChanged: {
      heading: '活动结束日期已更改',
      paragraphs: ['活动 {campaign} 的结束日期已更改，现在将于 {endDate} 结束。'],
      button: '打开活动',
    },
    sarAssigned: {
      heading: '新的安全访问审查',
      paragraphs: ['已向您分配针对 {principal} 的安全访问审查 {review}。'],
      button: '打开审查',
    },
    sarClosing: {
      heading: '安全访问审查即将关闭',
      paragraphs: ['针对 {principal} 的安全访问审查 {review} 将在 1 天后关闭。请在此之前完成。'],
      button: '打开审查',
    },
    sarClosed: {
      heading: '安全访问审查已关闭',
      paragraphs: ['针对 {principal} 的安全访问审查 {review} 现已关闭。'],
      button: '查看审查',
    },
  },
};
