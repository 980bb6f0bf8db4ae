import { normaliseRejection } from './normalise-rejection';
import { MIN_SCORE, NAMED_SCORE, REJECTION_RULES, type RejectionCause, type RejectionRule } from './rejection-rules';

export type { RejectionCause } from './rejection-rules';

export interface RejectionExplanation {
  /** The text as pasted, kept whole (also when nothing explains it). */
  text: string;
  known: boolean;
  /** Most likely first; `matched` holds the words of the text that point to the cause. */
  causes: { cause: RejectionCause; matched: string[] }[];
}

interface Scored {
  rule: RejectionRule;
  matched: string[];
  score: number;
  /** Where the text first points to the cause. */
  first: number;
}

function score(rule: RejectionRule, normal: string): Scored {
  const scored: Scored = { rule, matched: [], score: 0, first: Number.POSITIVE_INFINITY };
  for (const signal of rule.signals) {
    const found = signal.pattern.exec(normal);
    if (!found) continue;
    scored.score += signal.weight;
    scored.first = Math.min(scored.first, found.index);
    if (!scored.matched.includes(found[0])) scored.matched.push(found[0]);
  }
  return scored;
}

/** Named causes in the order the text names them, then the guessed ones, strongest first. */
function byLikelihood(a: Scored, b: Scored): number {
  const named = (x: Scored) => x.score >= NAMED_SCORE;
  if (named(a) !== named(b)) return named(a) ? -1 : 1;
  if (named(a)) return a.first - b.first;
  return b.score - a.score || a.first - b.first;
}

/** Puts a cause before the causes it brings along (ugc before the category it asks for). */
function explainersFirst(list: Scored[]): Scored[] {
  const ordered = [...list];
  for (let i = 0; i < ordered.length; i++) {
    const explained = ordered[i]!.rule.cause;
    const j = ordered.findIndex((other, k) => k > i && other.rule.explains?.includes(explained));
    if (j > i) ordered.splice(i, 0, ...ordered.splice(j, 1));
  }
  return ordered;
}

/**
 * The likely causes of a 审核不通过 text. Each rule adds the weights of its signals found in the
 * text; causes reaching MIN_SCORE are listed, most likely first. Pure: the window, the CLI and
 * the tests call it alike.
 */
export function explainRejection(text: string): RejectionExplanation {
  const normal = normaliseRejection(text);
  const listed = REJECTION_RULES.map((rule) => score(rule, normal)).filter((scored) => scored.score >= MIN_SCORE);
  const causes = explainersFirst(listed.sort(byLikelihood)).map(({ rule, matched }) => ({ cause: rule.cause, matched }));
  return { text, known: causes.length > 0, causes };
}
