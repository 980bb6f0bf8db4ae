import { linkUrl, type LinkTarget } from '../deep-links';
import { hasMessage, translator, type MessageKey } from '../i18n';
import type { Lang, Problem } from '../model';
import type { CatalogueEntry } from './catalogue';
import { APP_ERRORS } from './app-errors';
import { CI_ERRORS } from './ci-errors';
import { CLI_ERRORS, CLI_USAGE_ERRORS } from './cli-errors';
import { DOMAIN_ERRORS } from './domain-errors';
import { KEY_ERRORS } from './key-errors';
import { NPM_ERRORS } from './npm-errors';
import { PRECHECK_ERRORS } from './precheck-errors';
import { PROJECT_EDGE_ERRORS } from './project-edge-errors';
import { PREVIEW_ERRORS } from './preview-errors';
import { PROJECT_ERRORS } from './project-errors';
import { REJECTION_ERRORS } from './rejection-errors';
import { READINESS_ERRORS } from './readiness-errors';
import { VERSION_ERRORS } from './version-errors';
import { SUBMIT_ERRORS } from './submit-errors';
import { REVIEW_ERRORS } from './review-errors';
import { NOTIFY_ERRORS } from './notify-errors';
import { BATCH_ERRORS } from './batch-errors';

export type { Catalogue, CatalogueEntry } from './catalogue';

export const CATALOGUE = { ...APP_ERRORS, ...PROJECT_ERRORS, ...PROJECT_EDGE_ERRORS, ...CI_ERRORS, ...DOMAIN_ERRORS, ...KEY_ERRORS, ...CLI_ERRORS, ...CLI_USAGE_ERRORS, ...NPM_ERRORS, ...VERSION_ERRORS, ...PREVIEW_ERRORS, ...PRECHECK_ERRORS, ...REJECTION_ERRORS, ...SUBMIT_ERRORS, ...READINESS_ERRORS, ...REVIEW_ERRORS, ...NOTIFY_ERRORS, ...BATCH_ERRORS };

/** Every problem the app or the CLI can report. A typo in a code fails the type check. */
export type ProblemCode = keyof typeof CATALOGUE;

/** Does not compile while a code lacks its words in the dictionaries. */
type AssertNever<T extends never> = T;
export type EveryCodeHasWords = AssertNever<Exclude<`err.${ProblemCode}` | `err.${ProblemCode}.next`, MessageKey>>;

const UNKNOWN: ProblemCode = 'app.unknown';

export function isKnownCode(code: string): code is ProblemCode {
  return code in CATALOGUE;
}

/** Who reads the words: the app's window, or a terminal (where "open the settings" means nothing). */
export type Surface = 'app' | 'cli';

/** A problem as the operator reads it: what went wrong, what to do, where to go, and the folded detail. */
export interface DescribedProblem {
  code: string;
  severity: Problem['severity'];
  message: string;
  next: string;
  link?: LinkTarget;
  linkUrl?: string;
  /** "app.json:12:5" when the problem points at a place in a file. */
  location?: string;
  detail?: string;
}

export function describeProblem(problem: Problem, lang: Lang, options: { mpToken?: string | null; surface?: Surface } = {}): DescribedProblem {
  const t = translator(lang);
  // A code this version does not know (stored by another version, say) still reads as a problem.
  const code: ProblemCode = isKnownCode(problem.code) ? problem.code : UNKNOWN;
  const entry: CatalogueEntry = CATALOGUE[code];
  const params = { file: problem.file ?? '', line: problem.line ?? '', ...problem.params };
  const location = problem.file
    ? [problem.file, problem.line, problem.line ? problem.column : undefined].filter((part) => part !== undefined).join(':')
    : undefined;
  // A terminal user gets the words written for a terminal where the app's speak of its window.
  const forSurface = (key: MessageKey, cliKey: string): MessageKey => (options.surface === 'cli' && hasMessage(cliKey) ? cliKey : key);
  const unknownDetail = code === problem.code ? undefined : `code: ${problem.code}`;
  const detail = [problem.detail, unknownDetail].filter(Boolean).join('\n') || undefined;
  return {
    code: problem.code,
    severity: problem.severity,
    message: t(forSurface(`err.${code}`, `err.${code}.cli`), params),
    next: t(forSurface(`err.${code}.next`, `err.${code}.next-cli`), params),
    link: entry.link,
    linkUrl: entry.link ? linkUrl(entry.link, options.mpToken) : undefined,
    location,
    detail,
  };
}
