import path from 'node:path';
import type { ProjectReport } from '../../../shared/model';
import { readinessProblems, type PlaceholderPage, type ReadinessAnswers, type ReadinessReport } from '../../../shared/readiness';
import { orderProblems } from '../../../shared/verdict';
import { privacyProblems } from '../precheck/privacy-findings';
import { readPrivateInfoDeclarations } from '../precheck/private-info-declarations';
import { scanPrivacy } from '../precheck/scan-privacy';
import { relativeToRoot } from '../project/project-paths';
import { readJsonFile } from '../project/read-json-file';
import { findLoginWall } from './login-wall';
import { placeholderReason } from './placeholder-pages';
import { projectText, type ProjectText } from './project-text';
import type { AnswerPatch, ReadinessAnswersRepository } from './readiness-answers';
import { readWxml } from './wxml-text';

// 提审前体检 for one project: read the folder (no domain scan: the verdict is the project step's
// business), then, side by side, the pre-upload check's privacy scan (every source file, linear,
// paced) and the reads of app.js, the entry page and each page's WXML. The answers of the appid
// decide which findings block (shared/readiness.ts). Runs in the calling process, offline.

export interface ReadinessServiceDeps {
  readProject(droppedPath: string): Promise<ProjectReport>;
  answers: ReadinessAnswersRepository;
}

export interface AnswerRequest extends AnswerPatch {
  appid: string;
}

/** app.json's entryPagePath, when it names a page. */
async function entryPagePath(projectRoot: string, miniprogramRoot: string): Promise<string | null> {
  const abs = path.join(miniprogramRoot, 'app.json');
  const read = await readJsonFile(abs, relativeToRoot(projectRoot, abs));
  const entry = read.kind === 'ok' ? read.value.entryPagePath : undefined;
  return typeof entry === 'string' && entry.trim() !== '' ? entry.trim().replace(/^\/+/, '') : null;
}

async function findPlaceholderPages(files: ProjectText, pages: readonly string[]): Promise<PlaceholderPage[]> {
  const found: PlaceholderPage[] = [];
  for (const page of pages) {
    const read = await files.read(`${page}.wxml`);
    const verdict = read && placeholderReason(readWxml(read.text));
    if (read && verdict) found.push({ page, file: read.file, ...verdict });
  }
  return found;
}

export function createReadinessService(deps: ReadinessServiceDeps) {
  return {
    async run(projectRoot: string): Promise<ReadinessReport> {
      const started = performance.now();
      const report = await deps.readProject(projectRoot);
      const summary = report.summary;
      const base = { privateInfoProblems: [], privacy: [], loginWall: null, placeholderPages: [], filesScanned: 0 };
      if (!summary) {
        return { ...base, projectRoot, appid: null, answers: null, problems: orderProblems(report.problems), checkedAt: new Date().toISOString(), durationMs: Math.round(performance.now() - started) };
      }
      const roots = { projectRoot: summary.projectRoot, miniprogramRoot: summary.miniprogramRoot };
      const pages = [summary.main, ...summary.subpackages].flatMap((group) => group.pages.map((page) => `${group.root}${page.replace(/^\/+/, '')}`));
      const files = projectText(roots.projectRoot, roots.miniprogramRoot);
      const [privacy, loginWall, placeholderPages] = await Promise.all([
        readPrivateInfoDeclarations(roots.projectRoot, roots.miniprogramRoot).then((declarations) => scanPrivacy(roots, declarations)),
        entryPagePath(roots.projectRoot, roots.miniprogramRoot).then((entry) => findLoginWall({ files, pages, entryPage: entry ?? pages[0] ?? null })),
        findPlaceholderPages(files, pages),
      ]);
      const findings = {
        // The requiredPrivateInfos blockers of the pre-upload check, as they are; its guide warning
        // becomes this report's own blocker, judged against the operator's ticks.
        privateInfoProblems: privacyProblems(privacy).filter((problem) => problem.code !== 'precheck.privacy-guide'),
        privacy: privacy.uses,
        loginWall,
        placeholderPages,
      };
      const answers = deps.answers.get(summary.appid);
      return {
        ...findings,
        projectRoot: summary.projectRoot,
        appid: summary.appid,
        answers,
        problems: readinessProblems(findings, answers),
        filesScanned: privacy.filesScanned,
        checkedAt: new Date().toISOString(),
        durationMs: Math.round(performance.now() - started),
      };
    },

    answer({ appid, ...patch }: AnswerRequest): ReadinessAnswers {
      return deps.answers.save(appid, patch);
    },
  };
}

export type ReadinessService = ReturnType<typeof createReadinessService>;
