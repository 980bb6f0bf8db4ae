import type { MessageKey } from '../i18n';
import type { RejectionCause } from './rejection-rules';

/** The dictionary keys of one cause (shared/i18n/<lang>/rejection.ts), written out so each is read somewhere. */
export interface CauseWords {
  title: MessageKey;
  why: MessageKey;
  fix: MessageKey;
  appeal: MessageKey;
}

export const CAUSE_WORDS: Record<RejectionCause, CauseWords> = {
  category: { title: 'rejection.category.title', why: 'rejection.category.why', fix: 'rejection.category.fix', appeal: 'rejection.category.appeal' },
  'no-content': { title: 'rejection.no-content.title', why: 'rejection.no-content.why', fix: 'rejection.no-content.fix', appeal: 'rejection.no-content.appeal' },
  'login-account': { title: 'rejection.login-account.title', why: 'rejection.login-account.why', fix: 'rejection.login-account.fix', appeal: 'rejection.login-account.appeal' },
  'privacy-guide': { title: 'rejection.privacy-guide.title', why: 'rejection.privacy-guide.why', fix: 'rejection.privacy-guide.fix', appeal: 'rejection.privacy-guide.appeal' },
  ugc: { title: 'rejection.ugc.title', why: 'rejection.ugc.why', fix: 'rejection.ugc.fix', appeal: 'rejection.ugc.appeal' },
  'induced-share': { title: 'rejection.induced-share.title', why: 'rejection.induced-share.why', fix: 'rejection.induced-share.fix', appeal: 'rejection.induced-share.appeal' },
  'induced-follow': { title: 'rejection.induced-follow.title', why: 'rejection.induced-follow.why', fix: 'rejection.induced-follow.fix', appeal: 'rejection.induced-follow.appeal' },
  'personal-subject': { title: 'rejection.personal-subject.title', why: 'rejection.personal-subject.why', fix: 'rejection.personal-subject.fix', appeal: 'rejection.personal-subject.appeal' },
  filing: { title: 'rejection.filing.title', why: 'rejection.filing.why', fix: 'rejection.filing.fix', appeal: 'rejection.filing.appeal' },
  'ios-virtual-payment': {
    title: 'rejection.ios-virtual-payment.title',
    why: 'rejection.ios-virtual-payment.why',
    fix: 'rejection.ios-virtual-payment.fix',
    appeal: 'rejection.ios-virtual-payment.appeal',
  },
  'content-security': {
    title: 'rejection.content-security.title',
    why: 'rejection.content-security.why',
    fix: 'rejection.content-security.fix',
    appeal: 'rejection.content-security.appeal',
  },
};

/** General advice for a text no rule explains. */
export const UNKNOWN_WORDS: CauseWords = {
  title: 'rejection.unknown.title',
  why: 'rejection.unknown.why',
  fix: 'rejection.unknown.fix',
  appeal: 'rejection.unknown.appeal',
};
