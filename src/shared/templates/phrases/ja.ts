import type { LanguagePhrases } from './types';

export const ja: LanguagePhrases = {
  common: {
    greeting: '{firstName} 様',
    linkFallback: 'ボタンが機能しない場合は、次のリンクをブラウザーにコピーしてください。',
    ignoreNote: 'このリクエストに心当たりがない場合は、このメールを無視してください。',
    adminNote: '心当たりがない場合は、すぐに管理者に連絡してください。',
    footer: 'このメールは {org} から自動送信されています。返信しないでください。',
    iosApp: 'iPhone 版 Okta Verify',
    androidApp: 'Android 版 Okta Verify',
    labels: {
      directoryUsername: 'ディレクトリのユーザー名',
      browser: 'ブラウザー',
      date: '日付',
      time: '時刻',
      location: '場所',
      ipAddress: 'IP アドレス',
      securityMethod: 'セキュリティ方式',
      securityMethods: 'セキュリティ方式',
    },
  },
  subjects: {
    welcome: 'Okta へようこそ！',
    passwordReset: 'アカウントのパスワードのリセット',
    forgottenPassword: 'パスワードをお忘れの場合',
    unlockAccount: 'アカウントのロック解除',
    pushVerify: 'Okta Verify プッシュの有効化メール',
    accountLockout: 'アカウントのロック',
    emailChallenge: '1 回限りのメール認証リンク',
    confirmEmail: 'メールアドレスの確認',
    newSignOn: '新しいサインインの通知',
    activateAccount: 'アカウントの有効化',
    confirmEmailChange: 'メールアドレス変更の確認',
    pendingEmailChange: '保留中のメールアドレス変更のお知らせ',
    emailChanged: 'メールアドレス変更のお知らせ',
    welcomeInstance: '{instance} へようこそ！',
    authenticatorEnrolled: 'セキュリティ方式が登録されました',
    authenticatorReset: 'セキュリティ方式がリセットされました',
    passwordChanged: 'パスワードが変更されました',
    igaAssigned: '{campaign} のレビューが割り当てられました',
    igaEnded: '{campaign} のレビュー期間が終了しました',
    igaPending: '{campaign} の保留中のレビュー（期限: {due}）',
    igaOverdue: '{campaign} の期限切れのレビュー',
    igaEndDateChanged: '{campaign} の終了日が変更されました',
    sarAssigned: '新しいセキュリティアクセスレビューが割り当てられました: {review}',
    sarClosing: 'リマインダー: セキュリティアクセスレビュー {review} は 1 日後に終了します',
    sarClosed: 'セキュリティアクセスレビュー {review} は終了しました',
  },
  bodies: {
    activation: {
      heading: 'アカウントを有効化してください',
      paragraphs: [
        '{org} にあなたのアカウントが作成されました。ユーザー名は {login} です。',
        '下のボタンをクリックしてアカウントを有効化してください。このリンクの有効期限は {activationExpiry} です。',
      ],
      button: 'アカウントを有効化',
    },
    forgotPassword: {
      heading: 'パスワードをリセットしてください',
      paragraphs: [
        '{org} のアカウント {login} のパスワードをリセットするリクエストを受け付けました。',
        '下のボタンをクリックして新しいパスワードを設定してください。このリンクの有効期限は {resetExpiry} です。',
      ],
      button: 'パスワードをリセット',
      code: 'または、次のワンタイムコードを入力してください。',
    },
    forgotPasswordDenied: {
      heading: 'パスワードをリセットできません',
      paragraphs: [
        '{org} のアカウント {login} のパスワードをリセットするリクエストを受け付けました。',
        'この方法ではパスワードをリセットできません。管理者にお問い合わせください。',
      ],
    },
    resetByAdmin: {
      heading: 'パスワードがリセットされました',
      paragraphs: [
        '管理者が {org} のアカウント {login} のパスワードをリセットしました。',
        '下のボタンをクリックして新しいパスワードを設定してください。',
      ],
      button: '新しいパスワードを設定',
    },
    resetBySupport: {
      heading: 'パスワードがリセットされました',
      paragraphs: [
        'サポート担当者が {org} のアカウント {login} のパスワードをリセットしました。',
        '下のボタンをクリックして新しいパスワードを設定してください。',
      ],
      button: '新しいパスワードを設定',
    },
    unlock: {
      heading: 'アカウントのロックを解除してください',
      paragraphs: [
        '{org} のアカウント {login} のロックを解除するリクエストを受け付けました。',
        '下のボタンをクリックしてロックを解除してください。このリンクの有効期限は {unlockExpiry} です。',
      ],
      button: 'ロックを解除',
      code: 'または、次のワンタイムコードを入力してください。',
    },
    unlockNotLocked: {
      heading: 'アカウントはロックされていません',
      paragraphs: [
        '{org} のアカウント {login} のロック解除リクエストを受け付けましたが、このアカウントはロックされていません。',
        'サインインできない場合は、サインインページでパスワードをリセットするか、管理者に連絡してください。',
      ],
      button: 'サインインページへ',
    },
    pushVerify: {
      heading: 'Okta Verify を設定してください',
      paragraphs: [
        '{org} のアカウントでプッシュ認証を設定するには、まずスマートフォンに Okta Verify をインストールしてください。',
        '次に、そのスマートフォンでこのメールを開き、下のボタンをタップしてください。',
      ],
      button: 'Okta Verify を有効化',
    },
    accountLockout: {
      heading: 'アカウントがロックされました',
      paragraphs: [
        'サインインの失敗が続いたため、{org} のアカウント {login} がロックされました。',
        'ロックを解除するには、サインインページのロック解除オプションを使用するか、管理者に連絡してください。',
      ],
      button: 'サインインページへ',
    },
    emailChallenge: {
      heading: 'ご本人確認',
      paragraphs: [
        '{org} のアカウント {login} へのサインインが試みられています。ご本人の場合は、下のボタンをクリックして続行してください。',
      ],
      button: 'サインイン',
      code: 'または、次の確認コードを入力してください。',
    },
    emailVerification: {
      heading: 'メールアドレスを確認してください',
      paragraphs: [
        '下のボタンをクリックして、{email} が {org} のアカウントのメールアドレスであることを確認してください。',
      ],
      button: 'メールアドレスを確認',
      code: 'または、次の確認コードを入力してください。',
    },
    newSignOn: {
      heading: 'アカウントへの新しいサインイン',
      paragraphs: [
        '{org} のアカウント {login} に、新しいデバイスまたはブラウザーからサインインがありました。',
        'ご本人の場合は、対応は不要です。心当たりがない場合は、すぐにパスワードをリセットしてください。',
      ],
    },
    registrationActivation: {
      heading: 'アカウントを有効化してください',
      paragraphs: [
        '{instance} にご登録いただきありがとうございます。',
        '下のボタンをクリックしてアカウントを有効化してください。',
      ],
      button: 'アカウントを有効化',
    },
    registrationVerification: {
      heading: 'メールアドレスを確認してください',
      paragraphs: [
        '{instance} にご登録いただきありがとうございます。',
        '下のボタンをクリックしてメールアドレスを確認し、アカウントの作成を完了してください。',
      ],
      button: 'メールアドレスを確認',
      code: 'または、次の確認コードを入力してください。',
    },
    changeEmailCode: {
      heading: '新しいメールアドレスを確認してください',
      paragraphs: ['{org} のアカウント {login} のメールアドレスを変更するリクエストを受け付けました。'],
      code: '変更を確定するには、次の確認コードを入力してください。',
    },
    pendingEmailChange: {
      heading: 'メールアドレスの変更がリクエストされました',
      paragraphs: [
        '{org} のアカウント {login} のメールアドレスを変更するリクエストを受け付けました。このお知らせは現在のアドレスに送信しています。',
        'ご自身でリクエストした場合は、これ以上の対応は不要です。',
      ],
    },
    emailChanged: {
      heading: 'メールアドレスが変更されました',
      paragraphs: ['{org} のアカウント {login} のメールアドレスは {email} に変更されました。'],
    },
    authenticatorEnrolled: {
      heading: '新しいセキュリティ方式が追加されました',
      paragraphs: ['{org} のアカウント {login} に新しいセキュリティ方式が追加されました。'],
    },
    authenticatorReset: {
      heading: 'セキュリティ方式がリセットされました',
      paragraphs: [
        '{org} のアカウント {login} のセキュリティ方式がリセットされました。次回のサインイン時に再設定を求められます。',
      ],
    },
    passwordChanged: {
      heading: 'パスワードが変更されました',
      paragraphs: ['{org} のアカウント {login} のパスワードが変更されました。'],
    },
    igaAssigned: {
      heading: '完了が必要なレビューがあります',
      paragraphs: [
        'アクセス認証キャンペーン {campaign} のレビュー担当者に割り当てられました。',
        '{endDate} までにレビューを完了してください。',
      ],
      button: 'レビューを開始',
    },
    igaEnded: {
      heading: 'キャンペーンが終了しました',
      paragraphs: [
        'アクセス認証キャンペーン {campaign} は終了しました。未完了のレビューは提出できなくなりました。',
      ],
      button: 'キャンペーンを開く',
    },
    igaPending: {
      heading: '判断待ちのレビューがあります',
      paragraphs: ['キャンペーン {campaign} に保留中のレビューが残っています。期限: {due}'],
      button: 'レビューを続ける',
    },
    igaOverdue: {
      heading: 'レビューの期限が過ぎています',
      paragraphs: [
        'キャンペーン {campaign} の一部のレビューが期限を過ぎています。できるだけ早く完了してください。',
      ],
      button: 'レビューを完了',
    },
    igaReassigned: {
      heading: 'レビューが再割り当てされました',
      paragraphs: [
        '{assignedBy} さんがキャンペーン {campaign} のレビューをあなたに再割り当てしました。',
        '{endDate} までに完了してください。',
      ],
      button: 'レビューを開始',
    },
    igaEndDateChanged: {
      heading: 'キャンペーンの終了日が変更されました',
      paragraphs: ['キャンペーン {campaign} の終了日が {endDate} に変更されました。'],
      button: 'キャンペーンを開く',
    },
    sarAssigned: {
      heading: '新しいセキュリティアクセスレビュー',
      paragraphs: ['{principal} さんのセキュリティアクセスレビュー {review} があなたに割り当てられました。'],
      button: 'レビューを開く',
    },
    sarClosing: {
      heading: 'セキュリティアクセスレビューがまもなく終了します',
      paragraphs: [
        '{principal} さんのセキュリティアクセスレビュー {review} は 1 日後に終了します。それまでに完了してください。',
      ],
      button: 'レビューを開く',
    },
    sarClosed: {
      heading: 'セキュリティアクセスレビューが終了しました',
      paragraphs: ['{principal} さんのセキュリティアクセスレビュー {review} は終了しました。'],
      button: 'レビューを表示',
    },
  },
};
