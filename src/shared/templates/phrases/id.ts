import type { LanguagePhrases } from './types';

export const id: LanguagePhrases = {
  common: {
    greeting: 'Halo {firstName},',
    linkFallback: 'Jika tombol tidak berfungsi, salin tautan ini ke browser Anda:',
    ignoreNote: 'Jika Anda tidak memintanya, abaikan saja email ini.',
    adminNote: 'Jika Anda tidak mengharapkan ini, segera hubungi administrator Anda.',
    footer: 'Ini adalah pesan otomatis dari {org}. Mohon jangan membalas.',
    iosApp: 'Okta Verify untuk iPhone',
    androidApp: 'Okta Verify untuk Android',
    labels: {
      directoryUsername: 'Nama pengguna direktori',
      browser: 'Peramban',
      date: 'Tanggal',
      time: 'Waktu',
      location: 'Lokasi',
      ipAddress: 'Alamat IP',
      securityMethod: 'Metode keamanan',
      securityMethods: 'Metode-metode keamanan',
    },
  },
  subjects: {
    welcome: 'Selamat datang di Okta!',
    passwordReset: 'Pengaturan ulang kata sandi akun',
    forgottenPassword: 'Lupa kata sandi',
    unlockAccount: 'Buka kunci akun',
    pushVerify: 'Email aktivasi Okta Verify Push',
    accountLockout: 'Akun terkunci',
    emailChallenge: 'Tautan autentikasi email sekali pakai',
    confirmEmail: 'Konfirmasikan alamat email Anda',
    newSignOn: 'Pemberitahuan masuk baru',
    activateAccount: 'Aktifkan akun',
    confirmEmailChange: 'Konfirmasikan perubahan alamat email',
    pendingEmailChange: 'Pemberitahuan perubahan alamat email yang tertunda',
    emailChanged: 'Pemberitahuan perubahan alamat email',
    welcomeInstance: 'Selamat datang di {instance}!',
    authenticatorEnrolled: 'Metode keamanan didaftarkan',
    authenticatorReset: 'Metode keamanan diatur ulang',
    passwordChanged: 'Kata sandi diubah',
    igaAssigned: 'Peninjauan ditugaskan untuk {campaign}',
    igaEnded: 'Periode peninjauan untuk {campaign} telah berakhir',
    igaPending: 'Peninjauan tertunda untuk {campaign}, jatuh tempo {due}',
    igaOverdue: 'Peninjauan yang terlambat untuk {campaign}',
    igaEndDateChanged: 'Tanggal berakhir {campaign} telah berubah',
    sarAssigned: 'Peninjauan akses keamanan baru ditugaskan: {review}',
    sarClosing: 'Pengingat: peninjauan akses keamanan {review} ditutup dalam 1 hari',
    sarClosed: 'Peninjauan akses keamanan {review} kini telah ditutup',
  },
  bodies: {
    activation: {
      heading: 'Aktifkan akun Anda',
      paragraphs: [
        'Akun telah dibuat untuk Anda di {org}. Nama pengguna Anda adalah {login}.',
        'Klik tombol di bawah untuk mengaktifkan akun Anda. Tautan ini kedaluwarsa dalam {activationExpiry}.',
      ],
      button: 'Aktifkan akun',
    },
    forgotPassword: {
      heading: 'Atur ulang kata sandi Anda',
      paragraphs: [
        'Kami menerima permintaan untuk mengatur ulang kata sandi akun {org} Anda, {login}.',
        'Klik tombol di bawah untuk memilih kata sandi baru. Tautan ini kedaluwarsa dalam {resetExpiry}.',
      ],
      button: 'Atur ulang kata sandi',
      code: 'Atau masukkan kode sekali pakai ini:',
    },
    forgotPasswordDenied: {
      heading: 'Kata sandi tidak dapat diatur ulang',
      paragraphs: [
        'Kami menerima permintaan untuk mengatur ulang kata sandi akun {org} Anda, {login}.',
        'Kata sandi Anda tidak dapat diatur ulang dengan cara ini. Hubungi administrator Anda untuk mendapatkan bantuan.',
      ],
    },
    resetByAdmin: {
      heading: 'Kata sandi Anda telah diatur ulang',
      paragraphs: [
        'Administrator Anda telah mengatur ulang kata sandi akun {org} Anda, {login}.',
        'Klik tombol di bawah untuk memilih kata sandi baru.',
      ],
      button: 'Tetapkan kata sandi baru',
    },
    resetBySupport: {
      heading: 'Kata sandi Anda telah diatur ulang',
      paragraphs: [
        'Petugas dukungan telah mengatur ulang kata sandi akun {org} Anda, {login}.',
        'Klik tombol di bawah untuk memilih kata sandi baru.',
      ],
      button: 'Tetapkan kata sandi baru',
    },
    unlock: {
      heading: 'Buka kunci akun Anda',
      paragraphs: [
        'Kami menerima permintaan untuk membuka kunci akun {org} Anda, {login}.',
        'Klik tombol di bawah untuk membuka kuncinya. Tautan ini kedaluwarsa dalam {unlockExpiry}.',
      ],
      button: 'Buka kunci akun',
      code: 'Atau masukkan kode sekali pakai ini:',
    },
    unlockNotLocked: {
      heading: 'Akun Anda tidak terkunci',
      paragraphs: [
        'Kami menerima permintaan untuk membuka kunci akun {org} Anda, {login}, tetapi akun tersebut tidak terkunci.',
        'Jika Anda tidak dapat masuk, atur ulang kata sandi dari halaman masuk atau hubungi administrator Anda.',
      ],
      button: 'Buka halaman masuk',
    },
    pushVerify: {
      heading: 'Siapkan Okta Verify',
      paragraphs: [
        'Untuk menyiapkan verifikasi push bagi akun {org} Anda, instal terlebih dahulu Okta Verify di ponsel Anda.',
        'Lalu buka email ini di ponsel tersebut dan ketuk tombol di bawah.',
      ],
      button: 'Aktifkan Okta Verify',
    },
    accountLockout: {
      heading: 'Akun Anda terkunci',
      paragraphs: [
        'Akun {org} Anda, {login}, dikunci setelah terlalu banyak upaya masuk yang gagal.',
        'Untuk membukanya, gunakan opsi buka kunci di halaman masuk atau hubungi administrator Anda.',
      ],
      button: 'Buka halaman masuk',
    },
    emailChallenge: {
      heading: 'Pastikan ini memang Anda',
      paragraphs: [
        'Seseorang mencoba masuk ke akun {org} Anda, {login}. Jika itu Anda, klik tombol di bawah untuk melanjutkan.',
      ],
      button: 'Masuk',
      code: 'Atau masukkan kode verifikasi ini:',
    },
    emailVerification: {
      heading: 'Konfirmasikan alamat email Anda',
      paragraphs: [
        'Klik tombol di bawah untuk mengonfirmasi bahwa {email} adalah alamat email akun {org} Anda.',
      ],
      button: 'Konfirmasi alamat email',
      code: 'Atau masukkan kode verifikasi ini:',
    },
    newSignOn: {
      heading: 'Aktivitas masuk baru ke akun Anda',
      paragraphs: [
        'Akun {org} Anda, {login}, baru saja digunakan untuk masuk dari perangkat atau peramban baru.',
        'Jika itu Anda, tidak ada yang perlu dilakukan. Jika bukan, segera atur ulang kata sandi Anda.',
      ],
    },
    registrationActivation: {
      heading: 'Aktifkan akun Anda',
      paragraphs: [
        'Terima kasih telah mendaftar di {instance}!',
        'Klik tombol di bawah untuk mengaktifkan akun Anda.',
      ],
      button: 'Aktifkan akun',
    },
    registrationVerification: {
      heading: 'Verifikasi alamat email Anda',
      paragraphs: [
        'Terima kasih telah mendaftar di {instance}!',
        'Klik tombol di bawah untuk memverifikasi alamat email Anda dan menyelesaikan pembuatan akun.',
      ],
      button: 'Verifikasi alamat email',
      code: 'Atau masukkan kode verifikasi ini:',
    },
    changeEmailCode: {
      heading: 'Konfirmasikan alamat email baru Anda',
      paragraphs: ['Kami menerima permintaan untuk mengubah alamat email akun {org} Anda, {login}.'],
      code: 'Masukkan kode verifikasi ini untuk mengonfirmasi perubahan:',
    },
    pendingEmailChange: {
      heading: 'Perubahan alamat email diminta',
      paragraphs: [
        'Kami menerima permintaan untuk mengubah alamat email akun {org} Anda, {login}. Pemberitahuan ini dikirim ke alamat Anda saat ini.',
        'Jika Anda yang membuat permintaan ini, tidak ada lagi yang perlu dilakukan.',
      ],
    },
    emailChanged: {
      heading: 'Alamat email Anda telah diubah',
      paragraphs: ['Alamat email akun {org} Anda, {login}, sekarang adalah {email}.'],
    },
    authenticatorEnrolled: {
      heading: 'Metode keamanan baru ditambahkan',
      paragraphs: ['Metode keamanan baru telah ditambahkan ke akun {org} Anda, {login}.'],
    },
    authenticatorReset: {
      heading: 'Metode keamanan diatur ulang',
      paragraphs: [
        'Metode keamanan akun {org} Anda, {login}, telah diatur ulang. Anda akan diminta menyiapkannya lagi saat masuk berikutnya.',
      ],
    },
    passwordChanged: {
      heading: 'Kata sandi Anda telah diubah',
      paragraphs: ['Kata sandi akun {org} Anda, {login}, baru saja diubah.'],
    },
    igaAssigned: {
      heading: 'Ada peninjauan yang perlu Anda selesaikan',
      paragraphs: [
        'Anda telah ditunjuk sebagai peninjau dalam kampanye sertifikasi akses {campaign}.',
        'Selesaikan peninjauan Anda paling lambat {endDate}.',
      ],
      button: 'Mulai meninjau',
    },
    igaEnded: {
      heading: 'Kampanye telah berakhir',
      paragraphs: [
        'Kampanye sertifikasi akses {campaign} telah berakhir. Peninjauan yang belum selesai tidak dapat dikirim lagi.',
      ],
      button: 'Buka kampanye',
    },
    igaPending: {
      heading: 'Peninjauan menunggu keputusan Anda',
      paragraphs: ['Anda masih memiliki peninjauan tertunda dalam kampanye {campaign}. Jatuh tempo: {due}.'],
      button: 'Lanjutkan meninjau',
    },
    igaOverdue: {
      heading: 'Peninjauan Anda terlambat',
      paragraphs: [
        'Beberapa peninjauan Anda dalam kampanye {campaign} telah melewati tenggat. Selesaikan secepatnya.',
      ],
      button: 'Selesaikan peninjauan',
    },
    igaReassigned: {
      heading: 'Peninjauan dialihkan kepada Anda',
      paragraphs: [
        '{assignedBy} mengalihkan peninjauan dalam kampanye {campaign} kepada Anda.',
        'Selesaikan paling lambat {endDate}.',
      ],
      button: 'Mulai meninjau',
    },
    igaEndDateChanged: {
      heading: 'Tanggal berakhir kampanye berubah',
      paragraphs: [
        'Tanggal berakhir kampanye {campaign} telah berubah. Kampanye kini berakhir pada {endDate}.',
      ],
      button: 'Buka kampanye',
    },
    sarAssigned: {
      heading: 'Peninjauan akses keamanan baru',
      paragraphs: ['Anda ditugaskan untuk peninjauan akses keamanan {review} untuk {principal}.'],
      button: 'Buka peninjauan',
    },
    sarClosing: {
      heading: 'Peninjauan akses keamanan segera ditutup',
      paragraphs: [
        'Peninjauan akses keamanan {review} untuk {principal} ditutup dalam 1 hari. Selesaikan sebelum itu.',
      ],
      button: 'Buka peninjauan',
    },
    sarClosed: {
      heading: 'Peninjauan akses keamanan ditutup',
      paragraphs: ['Peninjauan akses keamanan {review} untuk {principal} kini telah ditutup.'],
      button: 'Lihat peninjauan',
    },
  },
};
