import type { LanguagePhrases } from './types';

export const vi: LanguagePhrases = {
  common: {
    greeting: 'Xin chào {firstName},',
    linkFallback: 'Nếu nút không hoạt động, hãy sao chép liên kết này vào trình duyệt:',
    ignoreNote: 'Nếu bạn không yêu cầu việc này, bạn có thể bỏ qua email này.',
    adminNote: 'Nếu bạn không mong đợi điều này, hãy liên hệ ngay với quản trị viên.',
    footer: 'Đây là thư tự động từ {org}. Vui lòng không trả lời.',
    iosApp: 'Okta Verify cho iPhone',
    androidApp: 'Okta Verify cho Android',
    labels: {
      directoryUsername: 'Tên người dùng trong thư mục',
      browser: 'Trình duyệt',
      date: 'Ngày',
      time: 'Giờ',
      location: 'Vị trí',
      ipAddress: 'Địa chỉ IP',
      securityMethod: 'Phương thức bảo mật',
      securityMethods: 'Các phương thức bảo mật',
    },
  },
  subjects: {
    welcome: 'Chào mừng bạn đến với Okta!',
    passwordReset: 'Đặt lại mật khẩu tài khoản',
    forgottenPassword: 'Quên mật khẩu',
    unlockAccount: 'Mở khóa tài khoản',
    pushVerify: 'Email kích hoạt Okta Verify Push',
    accountLockout: 'Tài khoản bị khóa',
    emailChallenge: 'Liên kết xác thực qua email dùng một lần',
    confirmEmail: 'Xác nhận địa chỉ email của bạn',
    newSignOn: 'Thông báo đăng nhập mới',
    activateAccount: 'Kích hoạt tài khoản',
    confirmEmailChange: 'Xác nhận thay đổi địa chỉ email',
    pendingEmailChange: 'Thông báo thay đổi địa chỉ email đang chờ xử lý',
    emailChanged: 'Thông báo thay đổi địa chỉ email',
    welcomeInstance: 'Chào mừng bạn đến với {instance}!',
    authenticatorEnrolled: 'Đã đăng ký phương thức bảo mật',
    authenticatorReset: 'Đã đặt lại phương thức bảo mật',
    passwordChanged: 'Đã đổi mật khẩu',
    igaAssigned: 'Đã giao đánh giá cho {campaign}',
    igaEnded: 'Thời gian đánh giá của {campaign} đã kết thúc',
    igaPending: 'Đánh giá đang chờ của {campaign}, hạn {due}',
    igaOverdue: 'Đánh giá quá hạn của {campaign}',
    igaEndDateChanged: 'Ngày kết thúc của {campaign} đã thay đổi',
    sarAssigned: 'Đã giao đợt đánh giá quyền truy cập bảo mật mới: {review}',
    sarClosing: 'Nhắc nhở: đợt đánh giá quyền truy cập bảo mật {review} sẽ đóng sau 1 ngày',
    sarClosed: 'Đợt đánh giá quyền truy cập bảo mật {review} đã đóng',
  },
  bodies: {
    activation: {
      heading: 'Kích hoạt tài khoản của bạn',
      paragraphs: [
        'Một tài khoản đã được tạo cho bạn tại {org}. Tên người dùng của bạn là {login}.',
        'Nhấp vào nút bên dưới để kích hoạt tài khoản. Liên kết sẽ hết hạn sau {activationExpiry}.',
      ],
      button: 'Kích hoạt tài khoản',
    },
    forgotPassword: {
      heading: 'Đặt lại mật khẩu của bạn',
      paragraphs: [
        'Chúng tôi đã nhận được yêu cầu đặt lại mật khẩu cho tài khoản {org} của bạn, {login}.',
        'Nhấp vào nút bên dưới để chọn mật khẩu mới. Liên kết sẽ hết hạn sau {resetExpiry}.',
      ],
      button: 'Đặt lại mật khẩu',
      code: 'Hoặc nhập mã dùng một lần này:',
    },
    forgotPasswordDenied: {
      heading: 'Không thể đặt lại mật khẩu',
      paragraphs: [
        'Chúng tôi đã nhận được yêu cầu đặt lại mật khẩu cho tài khoản {org} của bạn, {login}.',
        'Không thể đặt lại mật khẩu của bạn theo cách này. Hãy liên hệ với quản trị viên để được trợ giúp.',
      ],
    },
    resetByAdmin: {
      heading: 'Mật khẩu của bạn đã được đặt lại',
      paragraphs: [
        'Quản trị viên đã đặt lại mật khẩu cho tài khoản {org} của bạn, {login}.',
        'Nhấp vào nút bên dưới để chọn mật khẩu mới.',
      ],
      button: 'Đặt mật khẩu mới',
    },
    resetBySupport: {
      heading: 'Mật khẩu của bạn đã được đặt lại',
      paragraphs: [
        'Nhân viên hỗ trợ đã đặt lại mật khẩu cho tài khoản {org} của bạn, {login}.',
        'Nhấp vào nút bên dưới để chọn mật khẩu mới.',
      ],
      button: 'Đặt mật khẩu mới',
    },
    unlock: {
      heading: 'Mở khóa tài khoản của bạn',
      paragraphs: [
        'Chúng tôi đã nhận được yêu cầu mở khóa tài khoản {org} của bạn, {login}.',
        'Nhấp vào nút bên dưới để mở khóa. Liên kết sẽ hết hạn sau {unlockExpiry}.',
      ],
      button: 'Mở khóa tài khoản',
      code: 'Hoặc nhập mã dùng một lần này:',
    },
    unlockNotLocked: {
      heading: 'Tài khoản của bạn không bị khóa',
      paragraphs: [
        'Chúng tôi đã nhận được yêu cầu mở khóa tài khoản {org} của bạn, {login}, nhưng tài khoản này không bị khóa.',
        'Nếu bạn không thể đăng nhập, hãy đặt lại mật khẩu từ trang đăng nhập hoặc liên hệ với quản trị viên.',
      ],
      button: 'Đến trang đăng nhập',
    },
    pushVerify: {
      heading: 'Thiết lập Okta Verify',
      paragraphs: [
        'Để thiết lập xác minh đẩy cho tài khoản {org} của bạn, trước tiên hãy cài đặt Okta Verify trên điện thoại.',
        'Sau đó mở email này trên điện thoại đó và nhấn vào nút bên dưới.',
      ],
      button: 'Kích hoạt Okta Verify',
    },
    accountLockout: {
      heading: 'Tài khoản của bạn đã bị khóa',
      paragraphs: [
        'Tài khoản {org} của bạn, {login}, đã bị khóa sau quá nhiều lần đăng nhập không thành công.',
        'Để mở khóa, hãy dùng tùy chọn mở khóa trên trang đăng nhập hoặc liên hệ với quản trị viên.',
      ],
      button: 'Đến trang đăng nhập',
    },
    emailChallenge: {
      heading: 'Xác minh đó là bạn',
      paragraphs: [
        'Có người đang cố đăng nhập vào tài khoản {org} của bạn, {login}. Nếu đó là bạn, hãy nhấp vào nút bên dưới để tiếp tục.',
      ],
      button: 'Đăng nhập',
      code: 'Hoặc nhập mã xác minh này:',
    },
    emailVerification: {
      heading: 'Xác nhận địa chỉ email của bạn',
      paragraphs: ['Nhấp vào nút bên dưới để xác nhận {email} là địa chỉ email của tài khoản {org} của bạn.'],
      button: 'Xác nhận địa chỉ email',
      code: 'Hoặc nhập mã xác minh này:',
    },
    newSignOn: {
      heading: 'Có lượt đăng nhập mới vào tài khoản',
      paragraphs: [
        'Tài khoản {org} của bạn, {login}, vừa được dùng để đăng nhập từ một thiết bị hoặc trình duyệt mới.',
        'Nếu đó là bạn, bạn không cần làm gì. Nếu không, hãy đặt lại mật khẩu ngay.',
      ],
    },
    registrationActivation: {
      heading: 'Kích hoạt tài khoản của bạn',
      paragraphs: ['Cảm ơn bạn đã đăng ký {instance}!', 'Nhấp vào nút bên dưới để kích hoạt tài khoản.'],
      button: 'Kích hoạt tài khoản',
    },
    registrationVerification: {
      heading: 'Xác minh địa chỉ email của bạn',
      paragraphs: [
        'Cảm ơn bạn đã đăng ký {instance}!',
        'Nhấp vào nút bên dưới để xác minh địa chỉ email và hoàn tất việc tạo tài khoản.',
      ],
      button: 'Xác minh địa chỉ email',
      code: 'Hoặc nhập mã xác minh này:',
    },
    changeEmailCode: {
      heading: 'Xác nhận địa chỉ email mới',
      paragraphs: [
        'Chúng tôi đã nhận được yêu cầu thay đổi địa chỉ email của tài khoản {org} của bạn, {login}.',
      ],
      code: 'Nhập mã xác minh này để xác nhận thay đổi:',
    },
    pendingEmailChange: {
      heading: 'Đã có yêu cầu thay đổi địa chỉ email',
      paragraphs: [
        'Chúng tôi đã nhận được yêu cầu thay đổi địa chỉ email của tài khoản {org} của bạn, {login}. Thông báo này được gửi đến địa chỉ hiện tại của bạn.',
        'Nếu bạn đã gửi yêu cầu này, bạn không cần làm gì thêm.',
      ],
    },
    emailChanged: {
      heading: 'Địa chỉ email của bạn đã được thay đổi',
      paragraphs: ['Địa chỉ email của tài khoản {org} của bạn, {login}, giờ là {email}.'],
    },
    authenticatorEnrolled: {
      heading: 'Đã thêm phương thức bảo mật mới',
      paragraphs: ['Một phương thức bảo mật mới đã được thêm vào tài khoản {org} của bạn, {login}.'],
    },
    authenticatorReset: {
      heading: 'Các phương thức bảo mật đã được đặt lại',
      paragraphs: [
        'Các phương thức bảo mật của tài khoản {org} của bạn, {login}, đã được đặt lại. Bạn sẽ được yêu cầu thiết lập lại vào lần đăng nhập tiếp theo.',
      ],
    },
    passwordChanged: {
      heading: 'Mật khẩu của bạn đã được thay đổi',
      paragraphs: ['Mật khẩu của tài khoản {org} của bạn, {login}, vừa được thay đổi.'],
    },
    igaAssigned: {
      heading: 'Bạn có đánh giá cần hoàn thành',
      paragraphs: [
        'Bạn đã được chỉ định làm người đánh giá trong chiến dịch chứng nhận quyền truy cập {campaign}.',
        'Vui lòng hoàn thành đánh giá trước {endDate}.',
      ],
      button: 'Bắt đầu đánh giá',
    },
    igaEnded: {
      heading: 'Chiến dịch đã kết thúc',
      paragraphs: [
        'Chiến dịch chứng nhận quyền truy cập {campaign} đã kết thúc. Các đánh giá chưa hoàn thành không thể gửi được nữa.',
      ],
      button: 'Mở chiến dịch',
    },
    igaPending: {
      heading: 'Đánh giá đang chờ quyết định của bạn',
      paragraphs: ['Bạn vẫn còn đánh giá đang chờ trong chiến dịch {campaign}. Hạn: {due}.'],
      button: 'Tiếp tục đánh giá',
    },
    igaOverdue: {
      heading: 'Đánh giá của bạn đã quá hạn',
      paragraphs: [
        'Một số đánh giá của bạn trong chiến dịch {campaign} đã quá hạn. Vui lòng hoàn thành càng sớm càng tốt.',
      ],
      button: 'Hoàn thành đánh giá',
    },
    igaReassigned: {
      heading: 'Đánh giá đã được giao lại cho bạn',
      paragraphs: [
        '{assignedBy} đã giao lại cho bạn các đánh giá trong chiến dịch {campaign}.',
        'Vui lòng hoàn thành trước {endDate}.',
      ],
      button: 'Bắt đầu đánh giá',
    },
    igaEndDateChanged: {
      heading: 'Ngày kết thúc chiến dịch đã thay đổi',
      paragraphs: [
        'Ngày kết thúc của chiến dịch {campaign} đã thay đổi. Chiến dịch giờ kết thúc vào {endDate}.',
      ],
      button: 'Mở chiến dịch',
    },
    sarAssigned: {
      heading: 'Đợt đánh giá quyền truy cập bảo mật mới',
      paragraphs: ['Bạn đã được giao đợt đánh giá quyền truy cập bảo mật {review} cho {principal}.'],
      button: 'Mở đánh giá',
    },
    sarClosing: {
      heading: 'Đợt đánh giá quyền truy cập bảo mật sắp đóng',
      paragraphs: [
        'Đợt đánh giá quyền truy cập bảo mật {review} cho {principal} sẽ đóng sau 1 ngày. Vui lòng hoàn thành trước thời điểm đó.',
      ],
      button: 'Mở đánh giá',
    },
    sarClosed: {
      heading: 'Đợt đánh giá quyền truy cập bảo mật đã đóng',
      paragraphs: ['Đợt đánh giá quyền truy cập bảo mật {review} cho {principal} đã đóng.'],
      button: 'Xem đánh giá',
    },
  },
};
