import type { LinkTarget } from '../deep-links';
import { translator } from '../i18n';
import type { Lang } from '../model';
import type { RejectionExplanation } from './explain-rejection';
import { GENERAL_LINK, REJECTION_RULES, type RejectionCause } from './rejection-rules';
import { CAUSE_WORDS, UNKNOWN_WORDS, type CauseWords } from './rejection-words';

/** One cause as the operator reads it, in one language. */
export interface DescribedCause {
  /** The cause id, or 'unknown' for the general advice. */
  id: RejectionCause | 'unknown';
  title: string;
  why: string;
  fix: string;
  link: LinkTarget;
  /** The 申诉 / 反馈 text in the asked-for language. */
  appeal: string;
  /** The same text in Chinese: WeChat's forms are read in Chinese whatever the app's language. */
  appealZh: string;
  matched: string[];
}

const LINKS = Object.fromEntries(REJECTION_RULES.map((rule) => [rule.cause, rule.link])) as Record<RejectionCause, LinkTarget>;

function describeWith(id: DescribedCause['id'], words: CauseWords, link: LinkTarget, matched: string[], lang: Lang): DescribedCause {
  const t = translator(lang);
  const zh = translator('zh-CN');
  return { id, title: t(words.title), why: t(words.why), fix: t(words.fix), link, appeal: t(words.appeal), appealZh: zh(words.appeal), matched };
}

/** The causes of an explanation in words, most likely first; the general advice when none is known. */
export function describeRejection(explanation: RejectionExplanation, lang: Lang): DescribedCause[] {
  if (!explanation.known) return [describeWith('unknown', UNKNOWN_WORDS, GENERAL_LINK, [], lang)];
  return explanation.causes.map(({ cause, matched }) => describeWith(cause, CAUSE_WORDS[cause], LINKS[cause], matched, lang));
}

