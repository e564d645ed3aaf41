import type { LanguagePhrases } from './types';

export const tr: LanguagePhrases = {
  common: {
    greeting: 'Merhaba {firstName},',
    linkFallback: 'Düğme çalışmazsa bu bağlantıyı tarayıcınıza kopyalayın:',
    ignoreNote: 'Bu isteği siz yapmadıysanız bu e-postayı yok sayabilirsiniz.',
    adminNote: 'Bunu beklemiyorsanız hemen yöneticinize başvurun.',
    footer: 'Bu, {org} tarafından gönderilen otomatik bir iletidir. Lütfen yanıtlamayın.',
    iosApp: 'iPhone için Okta Verify',
    androidApp: 'Android için Okta Verify',
    labels: {
      directoryUsername: 'Dizin kullanıcı adı',
      browser: 'Tarayıcı',
      date: 'Tarih',
      time: 'Saat',
      location: 'Konum',
      ipAddress: 'IP adresi',
      securityMethod: 'Güvenlik yöntemi',
      securityMethods: 'Güvenlik yöntemleri',
    },
  },
  subjects: {
    welcome: "Okta'ya hoş geldiniz!",
    passwordReset: 'Hesap parolası sıfırlama',
    forgottenPassword: 'Unutulan parola',
    unlockAccount: 'Hesabın kilidini açın',
    pushVerify: 'Okta Verify Push etkinleştirme e-postası',
    accountLockout: 'Hesap kilitlendi',
    emailChallenge: 'Tek kullanımlık kimlik doğrulama bağlantısı',
    confirmEmail: 'E-posta adresinizi onaylayın',
    newSignOn: 'Yeni oturum açma bildirimi',
    activateAccount: 'Hesabı etkinleştirin',
    confirmEmailChange: 'E-posta adresi değişikliğini onaylayın',
    pendingEmailChange: 'Bekleyen e-posta adresi değişikliği bildirimi',
    emailChanged: 'E-posta adresi değişikliği bildirimi',
    welcomeInstance: '{instance} hizmetine hoş geldiniz!',
    authenticatorEnrolled: 'Güvenlik yöntemi kaydedildi',
    authenticatorReset: 'Güvenlik yöntemi sıfırlandı',
    passwordChanged: 'Parola değiştirildi',
    igaAssigned: '{campaign} için atanan incelemeler',
    igaEnded: '{campaign} için inceleme dönemi sona erdi',
    igaPending: '{campaign} için bekleyen incelemeler, son tarih {due}',
    igaOverdue: '{campaign} için gecikmiş incelemeler',
    igaEndDateChanged: '{campaign} için bitiş tarihi değişti',
    sarAssigned: 'Yeni güvenlik erişimi incelemesi atandı: {review}',
    sarClosing: 'Hatırlatma: {review} güvenlik erişimi incelemesi 1 gün içinde kapanıyor',
    sarClosed: '{review} güvenlik erişimi incelemesi artık kapandı',
  },
  bodies: {
    activation: {
      heading: 'Hesabınızı etkinleştirin',
      paragraphs: [
        '{org} kuruluşunda sizin için bir hesap oluşturuldu. Kullanıcı adınız: {login}.',
        'Hesabınızı etkinleştirmek için aşağıdaki düğmeye tıklayın. Bağlantının süresi {activationExpiry} içinde dolacak.',
      ],
      button: 'Hesabı etkinleştir',
    },
    forgotPassword: {
      heading: 'Parolanızı sıfırlayın',
      paragraphs: [
        '{org} hesabınızın ({login}) parolasını sıfırlama isteği aldık.',
        'Yeni bir parola belirlemek için aşağıdaki düğmeye tıklayın. Bağlantının süresi {resetExpiry} içinde dolacak.',
      ],
      button: 'Parolayı sıfırla',
      code: 'Veya bu tek kullanımlık kodu girin:',
    },
    forgotPasswordDenied: {
      heading: 'Parola sıfırlanamıyor',
      paragraphs: [
        '{org} hesabınızın ({login}) parolasını sıfırlama isteği aldık.',
        'Parolanız bu yolla sıfırlanamaz. Yardım için yöneticinize başvurun.',
      ],
    },
    resetByAdmin: {
      heading: 'Parolanız sıfırlandı',
      paragraphs: [
        'Yöneticiniz {org} hesabınızın ({login}) parolasını sıfırladı.',
        'Yeni bir parola belirlemek için aşağıdaki düğmeye tıklayın.',
      ],
      button: 'Yeni parola belirle',
    },
    resetBySupport: {
      heading: 'Parolanız sıfırlandı',
      paragraphs: [
        'Bir destek temsilcisi {org} hesabınızın ({login}) parolasını sıfırladı.',
        'Yeni bir parola belirlemek için aşağıdaki düğmeye tıklayın.',
      ],
      button: 'Yeni parola belirle',
    },
    unlock: {
      heading: 'Hesabınızın kilidini açın',
      paragraphs: [
        '{org} hesabınızın ({login}) kilidini açma isteği aldık.',
        'Kilidi açmak için aşağıdaki düğmeye tıklayın. Bağlantının süresi {unlockExpiry} içinde dolacak.',
      ],
      button: 'Hesabın kilidini aç',
      code: 'Veya bu tek kullanımlık kodu girin:',
    },
    unlockNotLocked: {
      heading: 'Hesabınız kilitli değil',
      paragraphs: [
        '{org} hesabınızın ({login}) kilidini açma isteği aldık, ancak hesap kilitli değil.',
        'Oturum açamıyorsanız oturum açma sayfasından parolanızı sıfırlayın veya yöneticinize başvurun.',
      ],
      button: 'Oturum açma sayfasına git',
    },
    pushVerify: {
      heading: "Okta Verify'ı kurun",
      paragraphs: [
        "{org} hesabınız için anlık bildirimle doğrulamayı kurmak üzere önce telefonunuza Okta Verify'ı yükleyin.",
        'Ardından bu e-postayı o telefonda açın ve aşağıdaki düğmeye dokunun.',
      ],
      button: "Okta Verify'ı etkinleştir",
    },
    accountLockout: {
      heading: 'Hesabınız kilitlendi',
      paragraphs: [
        '{org} hesabınız ({login}) çok sayıda başarısız oturum açma denemesinden sonra kilitlendi.',
        'Kilidi açmak için oturum açma sayfasındaki kilit açma seçeneğini kullanın veya yöneticinize başvurun.',
      ],
      button: 'Oturum açma sayfasına git',
    },
    emailChallenge: {
      heading: 'Siz olduğunuzu doğrulayın',
      paragraphs: [
        'Birisi {org} hesabınızda ({login}) oturum açmaya çalışıyor. Bu sizseniz devam etmek için aşağıdaki düğmeye tıklayın.',
      ],
      button: 'Oturum aç',
      code: 'Veya bu doğrulama kodunu girin:',
    },
    emailVerification: {
      heading: 'E-posta adresinizi onaylayın',
      paragraphs: [
        '{email} adresinin {org} hesabınızın e-posta adresi olduğunu onaylamak için aşağıdaki düğmeye tıklayın.',
      ],
      button: 'E-posta adresini onayla',
      code: 'Veya bu doğrulama kodunu girin:',
    },
    newSignOn: {
      heading: 'Hesabınızda yeni oturum açma',
      paragraphs: [
        '{org} hesabınızla ({login}) az önce yeni bir cihaz veya tarayıcıdan oturum açıldı.',
        'Bu sizseniz bir şey yapmanıza gerek yok. Değilse parolanızı hemen sıfırlayın.',
      ],
    },
    registrationActivation: {
      heading: 'Hesabınızı etkinleştirin',
      paragraphs: [
        '{instance} hizmetine kaydolduğunuz için teşekkürler!',
        'Hesabınızı etkinleştirmek için aşağıdaki düğmeye tıklayın.',
      ],
      button: 'Hesabı etkinleştir',
    },
    registrationVerification: {
      heading: 'E-posta adresinizi doğrulayın',
      paragraphs: [
        '{instance} hizmetine kaydolduğunuz için teşekkürler!',
        'E-posta adresinizi doğrulamak ve hesabınızı oluşturmayı tamamlamak için aşağıdaki düğmeye tıklayın.',
      ],
      button: 'E-posta adresini doğrula',
      code: 'Veya bu doğrulama kodunu girin:',
    },
    changeEmailCode: {
      heading: 'Yeni e-posta adresinizi onaylayın',
      paragraphs: ['{org} hesabınızın ({login}) e-posta adresini değiştirme isteği aldık.'],
      code: 'Değişikliği onaylamak için bu doğrulama kodunu girin:',
    },
    pendingEmailChange: {
      heading: 'E-posta adresi değişikliği istendi',
      paragraphs: [
        '{org} hesabınızın ({login}) e-posta adresini değiştirme isteği aldık. Bu bildirim mevcut adresinize gönderilir.',
        'İsteği siz yaptıysanız başka bir şey yapmanıza gerek yok.',
      ],
    },
    emailChanged: {
      heading: 'E-posta adresiniz değiştirildi',
      paragraphs: ['{org} hesabınızın ({login}) e-posta adresi artık {email}.'],
    },
    authenticatorEnrolled: {
      heading: 'Yeni güvenlik yöntemi eklendi',
      paragraphs: ['{org} hesabınıza ({login}) yeni bir güvenlik yöntemi eklendi.'],
    },
    authenticatorReset: {
      heading: 'Güvenlik yöntemleri sıfırlandı',
      paragraphs: [
        '{org} hesabınızın ({login}) güvenlik yöntemleri sıfırlandı. Bir sonraki oturum açışınızda bunları yeniden kurmanız istenecek.',
      ],
    },
    passwordChanged: {
      heading: 'Parolanız değiştirildi',
      paragraphs: ['{org} hesabınızın ({login}) parolası az önce değiştirildi.'],
    },
    igaAssigned: {
      heading: 'Tamamlamanız gereken incelemeler var',
      paragraphs: [
        '{campaign} erişim sertifikasyonu kampanyasında inceleyici olarak atandınız.',
        'Lütfen incelemelerinizi {endDate} tarihine kadar tamamlayın.',
      ],
      button: 'İncelemeye başla',
    },
    igaEnded: {
      heading: 'Kampanya sona erdi',
      paragraphs: [
        '{campaign} erişim sertifikasyonu kampanyası sona erdi. Tamamlanmamış incelemeler artık gönderilemez.',
      ],
      button: 'Kampanyayı aç',
    },
    igaPending: {
      heading: 'Kararınızı bekleyen incelemeler',
      paragraphs: ['{campaign} kampanyasında hâlâ bekleyen incelemeleriniz var. Son tarih: {due}.'],
      button: 'İncelemeye devam et',
    },
    igaOverdue: {
      heading: 'İncelemeleriniz gecikti',
      paragraphs: [
        '{campaign} kampanyasındaki incelemelerinizin bazılarının son tarihi geçti. Lütfen en kısa sürede tamamlayın.',
      ],
      button: 'İncelemeleri tamamla',
    },
    igaReassigned: {
      heading: 'İncelemeler size yeniden atandı',
      paragraphs: [
        '{assignedBy}, {campaign} kampanyasındaki incelemeleri size yeniden atadı.',
        'Lütfen bunları {endDate} tarihine kadar tamamlayın.',
      ],
      button: 'İncelemeye başla',
    },
    igaEndDateChanged: {
      heading: 'Kampanya bitiş tarihi değişti',
      paragraphs: [
        '{campaign} kampanyasının bitiş tarihi değişti. Kampanya artık {endDate} tarihinde sona eriyor.',
      ],
      button: 'Kampanyayı aç',
    },
    sarAssigned: {
      heading: 'Yeni güvenlik erişimi incelemesi',
      paragraphs: ['{principal} için {review} güvenlik erişimi incelemesi size atandı.'],
      button: 'İncelemeyi aç',
    },
    sarClosing: {
      heading: 'Güvenlik erişimi incelemesi yakında kapanıyor',
      paragraphs: [
        '{principal} için {review} güvenlik erişimi incelemesi 1 gün içinde kapanıyor. Lütfen ondan önce tamamlayın.',
      ],
      button: 'İncelemeyi aç',
    },
    sarClosed: {
      heading: 'Güvenlik erişimi incelemesi kapandı',
      paragraphs: ['{principal} için {review} güvenlik erişimi incelemesi artık kapandı.'],
      button: 'İncelemeyi görüntüle',
    },
  },
};
