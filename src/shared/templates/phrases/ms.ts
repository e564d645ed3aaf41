import type { LanguagePhrases } from './types';

export const ms: LanguagePhrases = {
  common: {
    greeting: 'Hai {firstName},',
    linkFallback: 'Jika butang tidak berfungsi, salin pautan ini ke dalam pelayar anda:',
    ignoreNote: 'Jika anda tidak membuat permintaan ini, abaikan sahaja e-mel ini.',
    adminNote: 'Jika anda tidak menjangkakan perkara ini, hubungi pentadbir anda dengan segera.',
    footer: 'Ini ialah mesej automatik daripada {org}. Sila jangan balas.',
    iosApp: 'Okta Verify untuk iPhone',
    androidApp: 'Okta Verify untuk Android',
    labels: {
      directoryUsername: 'Nama pengguna direktori',
      browser: 'Pelayar',
      date: 'Tarikh',
      time: 'Masa',
      location: 'Lokasi',
      ipAddress: 'Alamat IP',
      securityMethod: 'Kaedah keselamatan',
      securityMethods: 'Kaedah-kaedah keselamatan',
    },
  },
  subjects: {
    welcome: 'Selamat datang ke Okta!',
    passwordReset: 'Tetapan semula kata laluan akaun',
    forgottenPassword: 'Kata laluan terlupa',
    unlockAccount: 'Buka kunci akaun',
    pushVerify: 'E-mel pengaktifan Okta Verify Push',
    accountLockout: 'Akaun dikunci',
    emailChallenge: 'Pautan pengesahan e-mel sekali guna',
    confirmEmail: 'Sahkan alamat e-mel anda',
    newSignOn: 'Pemberitahuan log masuk baharu',
    activateAccount: 'Aktifkan akaun',
    confirmEmailChange: 'Sahkan perubahan alamat e-mel',
    pendingEmailChange: 'Notis perubahan alamat e-mel yang belum selesai',
    emailChanged: 'Notis perubahan alamat e-mel',
    welcomeInstance: 'Selamat datang ke {instance}!',
    authenticatorEnrolled: 'Kaedah keselamatan didaftarkan',
    authenticatorReset: 'Kaedah keselamatan ditetapkan semula',
    passwordChanged: 'Kata laluan telah ditukar',
    igaAssigned: 'Semakan ditugaskan untuk {campaign}',
    igaEnded: 'Tempoh semakan untuk {campaign} telah tamat',
    igaPending: 'Semakan belum selesai untuk {campaign}, tarikh akhir {due}',
    igaOverdue: 'Semakan tertunggak untuk {campaign}',
    igaEndDateChanged: 'Tarikh tamat {campaign} telah berubah',
    sarAssigned: 'Semakan akses keselamatan baharu ditugaskan: {review}',
    sarClosing: 'Peringatan: semakan akses keselamatan {review} ditutup dalam 1 hari',
    sarClosed: 'Semakan akses keselamatan {review} kini telah ditutup',
  },
  bodies: {
    activation: {
      heading: 'Aktifkan akaun anda',
      paragraphs: [
        'Akaun telah dicipta untuk anda di {org}. Nama pengguna anda ialah {login}.',
        'Klik butang di bawah untuk mengaktifkan akaun anda. Pautan ini tamat tempoh dalam {activationExpiry}.',
      ],
      button: 'Aktifkan akaun',
    },
    forgotPassword: {
      heading: 'Tetapkan semula kata laluan anda',
      paragraphs: [
        'Kami menerima permintaan untuk menetapkan semula kata laluan akaun {org} anda, {login}.',
        'Klik butang di bawah untuk memilih kata laluan baharu. Pautan ini tamat tempoh dalam {resetExpiry}.',
      ],
      button: 'Tetapkan semula kata laluan',
      code: 'Atau masukkan kod sekali guna ini:',
    },
    forgotPasswordDenied: {
      heading: 'Kata laluan tidak boleh ditetapkan semula',
      paragraphs: [
        'Kami menerima permintaan untuk menetapkan semula kata laluan akaun {org} anda, {login}.',
        'Kata laluan anda tidak boleh ditetapkan semula dengan cara ini. Hubungi pentadbir anda untuk mendapatkan bantuan.',
      ],
    },
    resetByAdmin: {
      heading: 'Kata laluan anda telah ditetapkan semula',
      paragraphs: [
        'Pentadbir anda telah menetapkan semula kata laluan akaun {org} anda, {login}.',
        'Klik butang di bawah untuk memilih kata laluan baharu.',
      ],
      button: 'Tetapkan kata laluan baharu',
    },
    resetBySupport: {
      heading: 'Kata laluan anda telah ditetapkan semula',
      paragraphs: [
        'Wakil sokongan telah menetapkan semula kata laluan akaun {org} anda, {login}.',
        'Klik butang di bawah untuk memilih kata laluan baharu.',
      ],
      button: 'Tetapkan kata laluan baharu',
    },
    unlock: {
      heading: 'Buka kunci akaun anda',
      paragraphs: [
        'Kami menerima permintaan untuk membuka kunci akaun {org} anda, {login}.',
        'Klik butang di bawah untuk membuka kuncinya. Pautan ini tamat tempoh dalam {unlockExpiry}.',
      ],
      button: 'Buka kunci akaun',
      code: 'Atau masukkan kod sekali guna ini:',
    },
    unlockNotLocked: {
      heading: 'Akaun anda tidak dikunci',
      paragraphs: [
        'Kami menerima permintaan untuk membuka kunci akaun {org} anda, {login}, tetapi akaun itu tidak dikunci.',
        'Jika anda tidak dapat log masuk, tetapkan semula kata laluan dari halaman log masuk atau hubungi pentadbir anda.',
      ],
      button: 'Pergi ke halaman log masuk',
    },
    pushVerify: {
      heading: 'Sediakan Okta Verify',
      paragraphs: [
        'Untuk menyediakan pengesahan tolak bagi akaun {org} anda, pasang Okta Verify pada telefon anda terlebih dahulu.',
        'Kemudian buka e-mel ini pada telefon tersebut dan ketik butang di bawah.',
      ],
      button: 'Aktifkan Okta Verify',
    },
    accountLockout: {
      heading: 'Akaun anda dikunci',
      paragraphs: [
        'Akaun {org} anda, {login}, telah dikunci selepas terlalu banyak percubaan log masuk yang gagal.',
        'Untuk membukanya, gunakan pilihan buka kunci di halaman log masuk atau hubungi pentadbir anda.',
      ],
      button: 'Pergi ke halaman log masuk',
    },
    emailChallenge: {
      heading: 'Sahkan bahawa ini anda',
      paragraphs: [
        'Seseorang cuba log masuk ke akaun {org} anda, {login}. Jika itu anda, klik butang di bawah untuk meneruskan.',
      ],
      button: 'Log masuk',
      code: 'Atau masukkan kod pengesahan ini:',
    },
    emailVerification: {
      heading: 'Sahkan alamat e-mel anda',
      paragraphs: [
        'Klik butang di bawah untuk mengesahkan bahawa {email} ialah alamat e-mel akaun {org} anda.',
      ],
      button: 'Sahkan alamat e-mel',
      code: 'Atau masukkan kod pengesahan ini:',
    },
    newSignOn: {
      heading: 'Log masuk baharu ke akaun anda',
      paragraphs: [
        'Akaun {org} anda, {login}, baru sahaja digunakan untuk log masuk daripada peranti atau pelayar baharu.',
        'Jika itu anda, tiada tindakan diperlukan. Jika tidak, tetapkan semula kata laluan anda dengan segera.',
      ],
    },
    registrationActivation: {
      heading: 'Aktifkan akaun anda',
      paragraphs: [
        'Terima kasih kerana mendaftar untuk {instance}!',
        'Klik butang di bawah untuk mengaktifkan akaun anda.',
      ],
      button: 'Aktifkan akaun',
    },
    registrationVerification: {
      heading: 'Sahkan alamat e-mel anda',
      paragraphs: [
        'Terima kasih kerana mendaftar untuk {instance}!',
        'Klik butang di bawah untuk mengesahkan alamat e-mel anda dan melengkapkan penciptaan akaun.',
      ],
      button: 'Sahkan alamat e-mel',
      code: 'Atau masukkan kod pengesahan ini:',
    },
    changeEmailCode: {
      heading: 'Sahkan alamat e-mel baharu anda',
      paragraphs: ['Kami menerima permintaan untuk menukar alamat e-mel akaun {org} anda, {login}.'],
      code: 'Masukkan kod pengesahan ini untuk mengesahkan perubahan:',
    },
    pendingEmailChange: {
      heading: 'Perubahan alamat e-mel diminta',
      paragraphs: [
        'Kami menerima permintaan untuk menukar alamat e-mel akaun {org} anda, {login}. Notis ini dihantar ke alamat semasa anda.',
        'Jika anda yang membuat permintaan ini, tiada tindakan lanjut diperlukan.',
      ],
    },
    emailChanged: {
      heading: 'Alamat e-mel anda telah ditukar',
      paragraphs: ['Alamat e-mel akaun {org} anda, {login}, kini ialah {email}.'],
    },
    authenticatorEnrolled: {
      heading: 'Kaedah keselamatan baharu ditambah',
      paragraphs: ['Kaedah keselamatan baharu telah ditambah pada akaun {org} anda, {login}.'],
    },
    authenticatorReset: {
      heading: 'Kaedah keselamatan ditetapkan semula',
      paragraphs: [
        'Kaedah keselamatan akaun {org} anda, {login}, telah ditetapkan semula. Anda akan diminta menyediakannya semula apabila log masuk seterusnya.',
      ],
    },
    passwordChanged: {
      heading: 'Kata laluan anda telah ditukar',
      paragraphs: ['Kata laluan akaun {org} anda, {login}, baru sahaja ditukar.'],
    },
    igaAssigned: {
      heading: 'Anda mempunyai semakan untuk diselesaikan',
      paragraphs: [
        'Anda telah dilantik sebagai penyemak dalam kempen pensijilan akses {campaign}.',
        'Sila selesaikan semakan anda selewat-lewatnya {endDate}.',
      ],
      button: 'Mula menyemak',
    },
    igaEnded: {
      heading: 'Kempen telah tamat',
      paragraphs: [
        'Kempen pensijilan akses {campaign} telah tamat. Semakan yang belum selesai tidak boleh dihantar lagi.',
      ],
      button: 'Buka kempen',
    },
    igaPending: {
      heading: 'Semakan menunggu keputusan anda',
      paragraphs: [
        'Anda masih mempunyai semakan yang belum selesai dalam kempen {campaign}. Tarikh akhir: {due}.',
      ],
      button: 'Teruskan menyemak',
    },
    igaOverdue: {
      heading: 'Semakan anda telah tertunggak',
      paragraphs: [
        'Sebahagian semakan anda dalam kempen {campaign} telah melepasi tarikh akhir. Sila selesaikannya secepat mungkin.',
      ],
      button: 'Selesaikan semakan',
    },
    igaReassigned: {
      heading: 'Semakan diserahkan kepada anda',
      paragraphs: [
        '{assignedBy} telah menyerahkan semakan dalam kempen {campaign} kepada anda.',
        'Sila selesaikannya selewat-lewatnya {endDate}.',
      ],
      button: 'Mula menyemak',
    },
    igaEndDateChanged: {
      heading: 'Tarikh tamat kempen telah berubah',
      paragraphs: ['Tarikh tamat kempen {campaign} telah berubah. Kempen kini tamat pada {endDate}.'],
      button: 'Buka kempen',
    },
    sarAssigned: {
      heading: 'Semakan akses keselamatan baharu',
      paragraphs: ['Anda telah ditugaskan semakan akses keselamatan {review} untuk {principal}.'],
      button: 'Buka semakan',
    },
    sarClosing: {
      heading: 'Semakan akses keselamatan akan ditutup',
      paragraphs: [
        'Semakan akses keselamatan {review} untuk {principal} ditutup dalam 1 hari. Sila selesaikannya sebelum itu.',
      ],
      button: 'Buka semakan',
    },
    sarClosed: {
      heading: 'Semakan akses keselamatan ditutup',
      paragraphs: ['Semakan akses keselamatan {review} untuk {principal} kini telah ditutup.'],
      button: 'Lihat semakan',
    },
  },
};
