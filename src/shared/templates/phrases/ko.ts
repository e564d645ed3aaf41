import type { LanguagePhrases } from './types';

export const ko: LanguagePhrases = {
  common: {
    greeting: '{firstName}님, 안녕하세요.',
    linkFallback: '버튼이 작동하지 않으면 다음 링크를 브라우저에 복사하세요.',
    ignoreNote: '요청하지 않으셨다면 이 이메일을 무시하셔도 됩니다.',
    adminNote: '예상하지 못한 알림이라면 즉시 관리자에게 문의하세요.',
    footer: '이 메시지는 {org}에서 자동으로 발송되었습니다. 회신하지 마세요.',
    iosApp: 'iPhone용 Okta Verify',
    androidApp: 'Android용 Okta Verify',
    labels: {
      directoryUsername: '디렉터리 사용자 이름',
      browser: '브라우저',
      date: '날짜',
      time: '시간',
      location: '위치',
      ipAddress: 'IP 주소',
      securityMethod: '보안 방법',
      securityMethods: '보안 방법 목록',
    },
  },
  subjects: {
    welcome: 'Okta에 오신 것을 환영합니다!',
    passwordReset: '계정 비밀번호 재설정',
    forgottenPassword: '비밀번호 분실',
    unlockAccount: '계정 잠금 해제',
    pushVerify: 'Okta Verify 푸시 활성화 이메일',
    accountLockout: '계정 잠김',
    emailChallenge: '일회용 이메일 인증 링크',
    confirmEmail: '이메일 주소 확인',
    newSignOn: '새 로그인 알림',
    activateAccount: '계정 활성화',
    confirmEmailChange: '이메일 주소 변경 확인',
    pendingEmailChange: '대기 중인 이메일 주소 변경 알림',
    emailChanged: '이메일 주소 변경 알림',
    welcomeInstance: '{instance}에 오신 것을 환영합니다!',
    authenticatorEnrolled: '보안 방법 등록됨',
    authenticatorReset: '보안 방법 재설정됨',
    passwordChanged: '비밀번호 변경됨',
    igaAssigned: '{campaign} 검토가 할당되었습니다',
    igaEnded: '{campaign} 검토 기간이 종료되었습니다',
    igaPending: '{campaign}의 대기 중인 검토, 기한 {due}',
    igaOverdue: '{campaign}의 기한이 지난 검토',
    igaEndDateChanged: '{campaign}의 종료일이 변경되었습니다',
    sarAssigned: '새 보안 액세스 검토 할당: {review}',
    sarClosing: '알림: 보안 액세스 검토 {review}이(가) 1일 후 마감됩니다',
    sarClosed: '보안 액세스 검토 {review}이(가) 마감되었습니다',
  },
  bodies: {
    activation: {
      heading: '계정을 활성화하세요',
      paragraphs: [
        '{org}에 회원님의 계정이 생성되었습니다. 사용자 이름은 {login}입니다.',
        '아래 버튼을 클릭하여 계정을 활성화하세요. 링크는 {activationExpiry} 후에 만료됩니다.',
      ],
      button: '계정 활성화',
    },
    forgotPassword: {
      heading: '비밀번호를 재설정하세요',
      paragraphs: [
        '{org} 계정({login})의 비밀번호 재설정 요청을 받았습니다.',
        '아래 버튼을 클릭하여 새 비밀번호를 설정하세요. 링크는 {resetExpiry} 후에 만료됩니다.',
      ],
      button: '비밀번호 재설정',
      code: '또는 다음 일회용 코드를 입력하세요.',
    },
    forgotPasswordDenied: {
      heading: '비밀번호를 재설정할 수 없습니다',
      paragraphs: [
        '{org} 계정({login})의 비밀번호 재설정 요청을 받았습니다.',
        '이 방법으로는 비밀번호를 재설정할 수 없습니다. 관리자에게 도움을 요청하세요.',
      ],
    },
    resetByAdmin: {
      heading: '비밀번호가 재설정되었습니다',
      paragraphs: [
        '관리자가 {org} 계정({login})의 비밀번호를 재설정했습니다.',
        '아래 버튼을 클릭하여 새 비밀번호를 설정하세요.',
      ],
      button: '새 비밀번호 설정',
    },
    resetBySupport: {
      heading: '비밀번호가 재설정되었습니다',
      paragraphs: [
        '지원 담당자가 {org} 계정({login})의 비밀번호를 재설정했습니다.',
        '아래 버튼을 클릭하여 새 비밀번호를 설정하세요.',
      ],
      button: '새 비밀번호 설정',
    },
    unlock: {
      heading: '계정 잠금을 해제하세요',
      paragraphs: [
        '{org} 계정({login})의 잠금 해제 요청을 받았습니다.',
        '아래 버튼을 클릭하여 잠금을 해제하세요. 링크는 {unlockExpiry} 후에 만료됩니다.',
      ],
      button: '계정 잠금 해제',
      code: '또는 다음 일회용 코드를 입력하세요.',
    },
    unlockNotLocked: {
      heading: '계정이 잠겨 있지 않습니다',
      paragraphs: [
        '{org} 계정({login})의 잠금 해제 요청을 받았지만, 이 계정은 잠겨 있지 않습니다.',
        '로그인할 수 없다면 로그인 페이지에서 비밀번호를 재설정하거나 관리자에게 문의하세요.',
      ],
      button: '로그인 페이지로 이동',
    },
    pushVerify: {
      heading: 'Okta Verify 설정',
      paragraphs: [
        '{org} 계정의 푸시 인증을 설정하려면 먼저 휴대폰에 Okta Verify를 설치하세요.',
        '그런 다음 해당 휴대폰에서 이 이메일을 열고 아래 버튼을 탭하세요.',
      ],
      button: 'Okta Verify 활성화',
    },
    accountLockout: {
      heading: '계정이 잠겼습니다',
      paragraphs: [
        '로그인 실패가 너무 많아 {org} 계정({login})이 잠겼습니다.',
        '잠금을 해제하려면 로그인 페이지의 잠금 해제 옵션을 사용하거나 관리자에게 문의하세요.',
      ],
      button: '로그인 페이지로 이동',
    },
    emailChallenge: {
      heading: '본인 확인',
      paragraphs: [
        '누군가 {org} 계정({login})에 로그인하려고 합니다. 본인이라면 아래 버튼을 클릭하여 계속하세요.',
      ],
      button: '로그인',
      code: '또는 다음 인증 코드를 입력하세요.',
    },
    emailVerification: {
      heading: '이메일 주소를 확인하세요',
      paragraphs: ['아래 버튼을 클릭하여 {email}이(가) {org} 계정의 이메일 주소임을 확인하세요.'],
      button: '이메일 주소 확인',
      code: '또는 다음 인증 코드를 입력하세요.',
    },
    newSignOn: {
      heading: '계정에 새 로그인이 있습니다',
      paragraphs: [
        '방금 새 기기 또는 브라우저에서 {org} 계정({login})으로 로그인했습니다.',
        '본인이라면 조치할 필요가 없습니다. 본인이 아니라면 즉시 비밀번호를 재설정하세요.',
      ],
    },
    registrationActivation: {
      heading: '계정을 활성화하세요',
      paragraphs: ['{instance}에 가입해 주셔서 감사합니다!', '아래 버튼을 클릭하여 계정을 활성화하세요.'],
      button: '계정 활성화',
    },
    registrationVerification: {
      heading: '이메일 주소를 인증하세요',
      paragraphs: [
        '{instance}에 가입해 주셔서 감사합니다!',
        '아래 버튼을 클릭하여 이메일 주소를 인증하고 계정 생성을 완료하세요.',
      ],
      button: '이메일 주소 인증',
      code: '또는 다음 인증 코드를 입력하세요.',
    },
    changeEmailCode: {
      heading: '새 이메일 주소를 확인하세요',
      paragraphs: ['{org} 계정({login})의 이메일 주소 변경 요청을 받았습니다.'],
      code: '변경을 확인하려면 다음 인증 코드를 입력하세요.',
    },
    pendingEmailChange: {
      heading: '이메일 주소 변경이 요청되었습니다',
      paragraphs: [
        '{org} 계정({login})의 이메일 주소 변경 요청을 받았습니다. 이 알림은 현재 주소로 발송됩니다.',
        '본인이 요청하셨다면 더 이상 조치할 필요가 없습니다.',
      ],
    },
    emailChanged: {
      heading: '이메일 주소가 변경되었습니다',
      paragraphs: ['{org} 계정({login})의 이메일 주소가 {email}(으)로 변경되었습니다.'],
    },
    authenticatorEnrolled: {
      heading: '새 보안 방법이 추가되었습니다',
      paragraphs: ['{org} 계정({login})에 새 보안 방법이 추가되었습니다.'],
    },
    authenticatorReset: {
      heading: '보안 방법이 재설정되었습니다',
      paragraphs: [
        '{org} 계정({login})의 보안 방법이 재설정되었습니다. 다음에 로그인할 때 다시 설정하라는 메시지가 표시됩니다.',
      ],
    },
    passwordChanged: {
      heading: '비밀번호가 변경되었습니다',
      paragraphs: ['방금 {org} 계정({login})의 비밀번호가 변경되었습니다.'],
    },
    igaAssigned: {
      heading: '완료해야 할 검토가 있습니다',
      paragraphs: [
        '액세스 인증 캠페인 {campaign}의 검토자로 지정되었습니다.',
        '{endDate}까지 검토를 완료하세요.',
      ],
      button: '검토 시작',
    },
    igaEnded: {
      heading: '캠페인이 종료되었습니다',
      paragraphs: [
        '액세스 인증 캠페인 {campaign}이(가) 종료되었습니다. 완료되지 않은 검토는 더 이상 제출할 수 없습니다.',
      ],
      button: '캠페인 열기',
    },
    igaPending: {
      heading: '결정을 기다리는 검토가 있습니다',
      paragraphs: ['캠페인 {campaign}에 아직 대기 중인 검토가 있습니다. 기한: {due}'],
      button: '검토 계속하기',
    },
    igaOverdue: {
      heading: '검토 기한이 지났습니다',
      paragraphs: ['캠페인 {campaign}의 일부 검토가 기한을 넘겼습니다. 가능한 한 빨리 완료하세요.'],
      button: '검토 완료하기',
    },
    igaReassigned: {
      heading: '검토가 재할당되었습니다',
      paragraphs: [
        '{assignedBy}님이 캠페인 {campaign}의 검토를 회원님에게 재할당했습니다.',
        '{endDate}까지 완료하세요.',
      ],
      button: '검토 시작',
    },
    igaEndDateChanged: {
      heading: '캠페인 종료일이 변경되었습니다',
      paragraphs: ['캠페인 {campaign}의 종료일이 {endDate}(으)로 변경되었습니다.'],
      button: '캠페인 열기',
    },
    sarAssigned: {
      heading: '새 보안 액세스 검토',
      paragraphs: ['{principal}님에 대한 보안 액세스 검토 {review}이(가) 회원님에게 할당되었습니다.'],
      button: '검토 열기',
    },
    sarClosing: {
      heading: '보안 액세스 검토가 곧 마감됩니다',
      paragraphs: [
        '{principal}님에 대한 보안 액세스 검토 {review}이(가) 1일 후 마감됩니다. 그 전에 완료하세요.',
      ],
      button: '검토 열기',
    },
    sarClosed: {
      heading: '보안 액세스 검토가 마감되었습니다',
      paragraphs: ['{principal}님에 대한 보안 액세스 검토 {review}이(가) 마감되었습니다.'],
      button: '검토 보기',
    },
  },
};
