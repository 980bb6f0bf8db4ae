// 提审前体检: what most often gets a version rejected at review, found offline from the project folder
// and from what the operator says once per appid. Plain data only: the report crosses IPC. The rule
// that turns findings and answers into problems is here, so the window can apply a new answer at
// once without scanning the project again.

import type { Problem } from './model';
import { PRIVACY_CATEGORIES, type PrivacyCategory, type PrivacyEvidence } from './precheck';
import { orderProblems } from './verdict';

/** What the operator told the app about one appid; null (or absent from the list) = not answered yet. */
export interface ReadinessAnswers {
  appid: string;
  /** Can users publish something other users see (comments, posts, pictures)? */
  ugc: boolean | null;
  /** Is the Mini Program's 备案 done? */
  filed: boolean | null;
  /** The privacy categories the operator ticked as declared in the 用户隐私保护指引. */
  declared: PrivacyCategory[];
}

export const NO_ANSWERS = (appid: string): ReadinessAnswers => ({ appid, ugc: null, filed: null, declared: [] });

/** A kind of user information the code reaches, with every place; the operator's ticks are `answers.declared`. */
export interface ReadinessPrivacyCategory {
  category: PrivacyCategory;
  evidence: PrivacyEvidence[];
}

/**
 * Why the reviewer will meet a login before any content:
 * - `redirect`: app launch or the entry page sends to a page whose path says login (or whose page is mostly a login button);
 * - `loginPage`: the entry page itself is mostly a login or phone-number button;
 * - `userInfo`: the entry page asks for the user's profile as it loads;
 * - `phoneButton`: the entry page shows a phone-number button before any content.
 */
export type LoginWallReason = 'redirect' | 'loginPage' | 'userInfo' | 'phoneButton';

export interface LoginWall {
  /** Relative to the project root, forward slashes. */
  file: string;
  /** 1-based. */
  line: number;
  reason: LoginWallReason;
  /** What the code does there, for a developer: `wx.reLaunch → pages/login/login`, `open-type="getPhoneNumber"`. */
  evidence: string;
}

/** Why a page is taken for one without content: nothing on it, or only a placeholder such as 敬请期待. */
export type PlaceholderReason = 'empty' | 'placeholder';

export interface PlaceholderPage {
  /** The page as app.json names it, with its subpackage root: `pages/coming/coming`. */
  page: string;
  /** Its WXML, relative to the project root. */
  file: string;
  reason: PlaceholderReason;
  /** The page's only text when it is a placeholder, as written (trimmed, at most 80 characters). */
  text: string;
}

/** What the scan of the folder found; the answers decide what of it is a problem. */
export interface ReadinessFindings {
  /** requiredPrivateInfos problems of the pre-upload check's privacy scan, as they are (errors). */
  privateInfoProblems: Problem[];
  privacy: ReadinessPrivacyCategory[];
  loginWall: LoginWall | null;
  placeholderPages: PlaceholderPage[];
}

export interface ReadinessReport extends ReadinessFindings {
  projectRoot: string;
  /** null when the project could not be read; `problems` then says why. */
  appid: string | null;
  answers: ReadinessAnswers | null;
  /** Ordered: blockers ('error') first, then warnings. */
  problems: Problem[];
  filesScanned: number;
  checkedAt: string;
  durationMs: number;
}

const placeText = (evidence: PrivacyEvidence) => `${evidence.api}  ${evidence.file}:${evidence.line}`;

/** The categories found in the code that the operator has not ticked. */
export function undeclaredCategories(privacy: readonly ReadinessPrivacyCategory[], answers: ReadinessAnswers): PrivacyCategory[] {
  const declared = new Set(answers.declared);
  return privacy.map((use) => use.category).filter((category) => !declared.has(category));
}

/**
 * The report's problems from what was found and what the operator answered. Undeclared privacy
 * categories and 备案 not done (or not answered) block; the login wall, pages without content and
 * the UGC question warn. `categories` is a list of category ids: the window names them in its language.
 */
export function readinessProblems(findings: ReadinessFindings, answers: ReadinessAnswers): Problem[] {
  const problems: Problem[] = [...findings.privateInfoProblems];
  const undeclared = undeclaredCategories(findings.privacy, answers);
  if (undeclared.length > 0) {
    const missing = new Set(undeclared);
    problems.push({
      code: 'readiness.privacy-undeclared',
      severity: 'error',
      params: { count: undeclared.length, categories: undeclared.join(', ') },
      detail: findings.privacy
        .filter((use) => missing.has(use.category))
        .map((use) => `${use.category}:\n${use.evidence.map((e) => `  ${placeText(e)}`).join('\n')}`)
        .join('\n'),
    });
  }
  if (answers.filed !== true) problems.push({ code: 'readiness.filing', severity: 'error', params: { answered: answers.filed === false ? 'no' : 'unanswered' } });
  const wall = findings.loginWall;
  if (wall) problems.push({ code: 'readiness.login-wall', severity: 'warning', file: wall.file, line: wall.line, params: { reason: wall.reason }, detail: wall.evidence });
  for (const page of findings.placeholderPages) {
    problems.push({ code: 'readiness.page-placeholder', severity: 'warning', file: page.file, params: { page: page.page, reason: page.reason, text: page.text } });
  }
  if (answers.ugc === null) problems.push({ code: 'readiness.ugc-unanswered', severity: 'warning' });
  else if (answers.ugc) problems.push({ code: 'readiness.ugc', severity: 'warning' });
  return orderProblems(problems);
}

/** The blockers: 提交审核 should wait until there are none. */
export function readinessBlockers(report: Pick<ReadinessReport, 'problems'>): Problem[] {
  return report.problems.filter((problem) => problem.severity === 'error');
}

/** Only known categories, each once, in the catalogue's order: what a saved or sent list is read as. */
export function knownCategories(list: readonly unknown[]): PrivacyCategory[] {
  const given = new Set(list);
  return PRIVACY_CATEGORIES.filter((category) => given.has(category));
}
