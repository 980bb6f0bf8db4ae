import { linkUrl, type LinkTarget } from '../deep-links';
import type { Lang, MessageParams, Problem } from '../model';
import type { Catalogue, CatalogueEntry, Text } from './catalogue';
import { APP_ERRORS } from './app-errors';
import { CI_ERRORS } from './ci-errors';
import { DOMAIN_ERRORS } from './domain-errors';
import { KEY_ERRORS } from './key-errors';
import { PROJECT_ERRORS } from './project-errors';

export type { Catalogue, CatalogueEntry, Text } from './catalogue';

const UNKNOWN: CatalogueEntry = {
  message: { zh: '出现了一个未知问题。', en: 'Something unexpected went wrong.' },
  next: { zh: '请重试；如果仍然不行，把下面的技术细节发给开发同事。', en: 'Try again; if it keeps failing, send the technical details below to a developer.' },
};

const CATALOGUE: Catalogue = { ...APP_ERRORS, ...PROJECT_ERRORS, ...CI_ERRORS, ...DOMAIN_ERRORS, ...KEY_ERRORS };

export function catalogueEntry(code: string): CatalogueEntry {
  return CATALOGUE[code] ?? UNKNOWN;
}

export function isKnownCode(code: string): boolean {
  return code in CATALOGUE;
}

function fill(template: string, params: MessageParams | undefined): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params?.[name];
    return value === undefined ? whole : String(value);
  });
}

function pick(text: Text, lang: Lang): string {
  return lang === 'zh-CN' ? text.zh : text.en;
}

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

export function describeProblem(problem: Problem, lang: Lang, mpToken?: string | null): DescribedProblem {
  const entry = catalogueEntry(problem.code);
  const params = { file: problem.file ?? '', line: problem.line ?? '', ...problem.params };
  const location = problem.file
    ? [problem.file, problem.line, problem.line ? problem.column : undefined].filter((part) => part !== undefined).join(':')
    : undefined;
  const unknownDetail = isKnownCode(problem.code) ? undefined : `code: ${problem.code}`;
  const detail = [problem.detail, unknownDetail].filter(Boolean).join('\n') || undefined;
  return {
    code: problem.code,
    severity: problem.severity,
    message: fill(pick(entry.message, lang), params),
    next: fill(pick(entry.next, lang), params),
    link: entry.link,
    linkUrl: entry.link ? linkUrl(entry.link, mpToken) : undefined,
    location,
    detail,
  };
}
