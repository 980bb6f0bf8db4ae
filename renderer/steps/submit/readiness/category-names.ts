import type { Lang, Problem } from '../../../../shared/model';
import { PRIVACY_CATEGORIES, type PrivacyCategory } from '../../../../shared/precheck';
import type { Translate } from '../../../i18n';
import { PRIVACY_CATEGORY_LABELS } from '../../precheck/labels';

// readiness.privacy-undeclared carries category ids (the main process does not know the window's
// language): here they become the names the operator reads, listed the way the language lists.

const isCategory = (value: string): value is PrivacyCategory => (PRIVACY_CATEGORIES as readonly string[]).includes(value);

export function withCategoryNames(problem: Problem, t: Translate, lang: Lang): Problem {
  const ids = problem.params?.categories;
  if (problem.code !== 'readiness.privacy-undeclared' || typeof ids !== 'string') return problem;
  const names = ids
    .split(',')
    .map((id) => id.trim())
    .filter(isCategory)
    .map((category) => t(PRIVACY_CATEGORY_LABELS[category]));
  return { ...problem, params: { ...problem.params, categories: new Intl.ListFormat(lang, { type: 'conjunction' }).format(names) } };
}
