import type { LanguagePhrases } from './types';

export const zhTW: LanguagePhrases = {
  common: {
    greeting: '{firstName}，您好：',
    linkFallback: '如果按鈕無法使用，請將以下連結複製到瀏覽器中：',
    ignoreNote: '如果這不是您提出的要求，請忽略此郵件。',
    adminNote: '如果您並未預期此操作，請立即聯絡管理員。',
    footer: '這是來自 {org} 的自動郵件，請勿回覆。',
    iosApp: '適用於 iPhone 的 Okta Verify',
    androidApp: '適用於 Android 的 Okta Verify',
    labels: {
      directoryUsername: '目錄使用者名稱',
      browser: '瀏覽器',
      date: '日期',
      time: '時間',
      location: '位置',
      ipAddress: 'IP 位址',
      securityMethod: '安全方式',
      securityMethods: '安全方式清單',
    },
  },
  subjects: {
    welcome: '歡迎使用 Okta！',
    passwordReset: '帳戶密碼重設',
    forgottenPassword: '忘記密碼',
    unlockAccount: '解除鎖定帳戶',
    pushVerify: 'Okta Verify 推播啟用郵件',
    accountLockout: '帳戶已鎖定',
    emailChallenge: '一次性電子郵件驗證連結',
    confirmEmail: '確認您的電子郵件地址',
    newSignOn: '新登入通知',
    activateAccount: '啟用帳戶',
    confirmEmailChange: '確認電子郵件地址變更',
    pendingEmailChange: '待處理的電子郵件地址變更通知',
    emailChanged: '電子郵件地址變更通知',
    welcomeInstance: '歡迎使用 {instance}！',
    authenticatorEnrolled: '已註冊安全方式',
    authenticatorReset: '已重設安全方式',
    passwordChanged: '密碼已變更',
    igaAssigned: '已為 {campaign} 指派審查',
    igaEnded: '{campaign} 的審查期已結束',
    igaPending: '{campaign} 有待處理的審查，截止時間 {due}',
    igaOverdue: '{campaign} 有逾期的審查',
    igaEndDateChanged: '{campaign} 的結束日期已變更',
    sarAssigned: '已指派新的安全存取審查：{review}',
    sarClosing: '提醒：安全存取審查 {review} 將於 1 天後關閉',
    sarClosed: '安全存取審查 {review} 現已關閉',
  },
  bodies: {
    activation: {
      heading: '啟用您的帳戶',
      paragraphs: [
        '已在 {org} 為您建立帳戶。您的使用者名稱是 {login}。',
        '請按一下下方按鈕啟用您的帳戶。此連結將於 {activationExpiry}後失效。',
      ],
      button: '啟用帳戶',
    },
    forgotPassword: {
      heading: '重設您的密碼',
      paragraphs: [
        '我們收到重設您的 {org} 帳戶（{login}）密碼的要求。',
        '請按一下下方按鈕設定新密碼。此連結將於 {resetExpiry}後失效。',
      ],
      button: '重設密碼',
      code: '或者輸入以下一次性驗證碼：',
    },
    forgotPasswordDenied: {
      heading: '無法重設密碼',
      paragraphs: [
        '我們收到重設您的 {org} 帳戶（{login}）密碼的要求。',
        '您的密碼無法透過此方式重設。請聯絡管理員取得協助。',
      ],
    },
    resetByAdmin: {
      heading: '您的密碼已被重設',
      paragraphs: ['管理員已重設您的 {org} 帳戶（{login}）的密碼。', '請按一下下方按鈕設定新密碼。'],
      button: '設定新密碼',
    },
    resetBySupport: {
      heading: '您的密碼已被重設',
      paragraphs: ['支援人員已重設您的 {org} 帳戶（{login}）的密碼。', '請按一下下方按鈕設定新密碼。'],
      button: '設定新密碼',
    },
    unlock: {
      heading: '解除鎖定您的帳戶',
      paragraphs: [
        '我們收到解除鎖定您的 {org} 帳戶（{login}）的要求。',
        '請按一下下方按鈕解除鎖定。此連結將於 {unlockExpiry}後失效。',
      ],
      button: '解除鎖定帳戶',
      code: '或者輸入以下一次性驗證碼：',
    },
    unlockNotLocked: {
      heading: '您的帳戶未被鎖定',
      paragraphs: [
        '我們收到解除鎖定您的 {org} 帳戶（{login}）的要求，但該帳戶並未被鎖定。',
        '如果您無法登入，請在登入頁面重設密碼或聯絡管理員。',
      ],
      button: '前往登入頁面',
    },
    pushVerify: {
      heading: '設定 Okta Verify',
      paragraphs: [
        '若要為您的 {org} 帳戶設定推播驗證，請先在手機上安裝 Okta Verify。',
        '接著在該手機上開啟此郵件，並點選下方按鈕。',
      ],
      button: '啟用 Okta Verify',
    },
    accountLockout: {
      heading: '您的帳戶已被鎖定',
      paragraphs: [
        '由於登入失敗次數過多，您的 {org} 帳戶（{login}）已被鎖定。',
        '若要解除鎖定，請使用登入頁面上的解除鎖定選項或聯絡管理員。',
      ],
      button: '前往登入頁面',
    },
    emailChallenge: {
      heading: '確認是您本人',
      paragraphs: ['有人正嘗試登入您的 {org} 帳戶（{login}）。如果是您本人，請按一下下方按鈕繼續。'],
      button: '登入',
      code: '或者輸入以下驗證碼：',
    },
    emailVerification: {
      heading: '確認您的電子郵件地址',
      paragraphs: ['請按一下下方按鈕，確認 {email} 是您的 {org} 帳戶的電子郵件地址。'],
      button: '確認電子郵件地址',
      code: '或者輸入以下驗證碼：',
    },
    newSignOn: {
      heading: '您的帳戶有新的登入',
      paragraphs: [
        '剛剛有人使用您的 {org} 帳戶（{login}）從新的裝置或瀏覽器登入。',
        '如果是您本人，則不需任何操作。如果不是，請立即重設密碼。',
      ],
    },
    registrationActivation: {
      heading: '啟用您的帳戶',
      paragraphs: ['感謝您註冊 {instance}！', '請按一下下方按鈕啟用您的帳戶。'],
      button: '啟用帳戶',
    },
    registrationVerification: {
      heading: '驗證您的電子郵件地址',
      paragraphs: ['感謝您註冊 {instance}！', '請按一下下方按鈕驗證您的電子郵件地址，完成帳戶建立。'],
      button: '驗證電子郵件地址',
      code: '或者輸入以下驗證碼：',
    },
    changeEmailCode: {
      heading: '確認您的新電子郵件地址',
      paragraphs: ['我們收到變更您的 {org} 帳戶（{login}）電子郵件地址的要求。'],
      code: '請輸入以下驗證碼以確認變更：',
    },
    pendingEmailChange: {
      heading: '已要求變更電子郵件地址',
      paragraphs: [
        '我們收到變更您的 {org} 帳戶（{login}）電子郵件地址的要求。此通知已寄送到您目前的地址。',
        '如果是您本人提出的要求，則不需其他操作。',
      ],
    },
    emailChanged: {
      heading: '您的電子郵件地址已變更',
      paragraphs: ['您的 {org} 帳戶（{login}）的電子郵件地址現在是 {email}。'],
    },
    authenticatorEnrolled: {
      heading: '已新增安全方式',
      paragraphs: ['您的 {org} 帳戶（{login}）已新增安全方式。'],
    },
    authenticatorReset: {
      heading: '安全方式已重設',
      paragraphs: ['您的 {org} 帳戶（{login}）的安全方式已重設。下次登入時，系統會要求您重新設定。'],
    },
    passwordChanged: {
      heading: '您的密碼已變更',
      paragraphs: ['您的 {org} 帳戶（{login}）的密碼剛剛已變更。'],
    },
    igaAssigned: {
      heading: '您有待完成的審查',
      paragraphs: ['您已被指定為存取認證活動 {campaign} 的審查者。', '請在 {endDate} 之前完成審查。'],
      button: '開始審查',
    },
    igaEnded: {
      heading: '活動已結束',
      paragraphs: ['存取認證活動 {campaign} 已結束。未完成的審查將無法再提交。'],
      button: '開啟活動',
    },
    igaPending: {
      heading: '有審查等待您的決定',
      paragraphs: ['您在活動 {campaign} 中仍有待處理的審查。截止時間：{due}。'],
      button: '繼續審查',
    },
    igaOverdue: {
      heading: '您的審查已逾期',
      paragraphs: ['您在活動 {campaign} 中的部分審查已超過截止日期。請盡快完成。'],
      button: '完成審查',
    },
    igaReassigned: {
      heading: '審查已重新指派給您',
      paragraphs: ['{assignedBy} 已將活動 {campaign} 中的審查重新指派給您。', '請在 {endDate} 之前完成。'],
      button: '開始審查',
    },
    igaEndDateChanged: {
      heading: '活動結束日期已變更',
      paragraphs: ['活動 {campaign} 的結束日期已變更，現在將於 {endDate} 結束。'],
      button: '開啟活動',
    },
    sarAssigned: {
      heading: '新的安全存取審查',
      paragraphs: ['已向您指派針對 {principal} 的安全存取審查 {review}。'],
      button: '開啟審查',
    },
    sarClosing: {
      heading: '安全存取審查即將關閉',
      paragraphs: ['針對 {principal} 的安全存取審查 {review} 將於 1 天後關閉。請在此之前完成。'],
      button: '開啟審查',
    },
    sarClosed: {
      heading: '安全存取審查已關閉',
      paragraphs: ['針對 {principal} 的安全存取審查 {review} 現已關閉。'],
      button: '檢視審查',
    },
  },
};
