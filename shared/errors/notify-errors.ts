import type { Catalogue } from './catalogue';

// Notifications: the group-chat robots (WeCom, DingTalk, Feishu). Words in shared/i18n/*/notify.ts.
// A robot that fails never fails the job it reports on: these show in the settings' test and in the log.
//
// notify.robot-url-invalid params: { platform }: the URL is not that platform's webhook address.
// notify.robot-sign-refused params: { platform, code }: the platform says the signature does not match
//   (DingTalk 310000, Feishu 19021): a wrong secret, or 加签 / 签名校验 turned on without one.
// notify.robot-refused params: { platform, code }; `detail` keeps the platform's errmsg.
// notify.robot-unreachable params: { platform }; `detail` keeps the network error or HTTP status.
// notify.robot-unreadable: the stored robot cannot be decrypted (another keychain): add it again.
// notify.robot-unknown: no robot with that id (removed in another window).
// notify.robot-store-failed: the vault refused to encrypt; `detail` keeps why.
export const NOTIFY_ERRORS = {
  'notify.robot-url-invalid': {},
  'notify.robot-sign-refused': {},
  'notify.robot-refused': {},
  'notify.robot-unreachable': {},
  'notify.robot-unreadable': {},
  'notify.robot-unknown': {},
  'notify.robot-store-failed': {},
} satisfies Catalogue;
