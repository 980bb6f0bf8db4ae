import { create } from 'zustand';
import type { Problem } from '../../shared/model';
import type { PrivacyCategory } from '../../shared/precheck';
import { readinessBlockers, readinessProblems, type LoginWall, type ReadinessAnswers, type ReadinessReport } from '../../shared/readiness';
import { api } from '../api';
import { attempt } from './call-failure';

// 提审前体检: the report for a project (readiness.run, offline) and the operator's answers for its appid
// (readiness.answer). An answer shows at once: the problems are judged again here with the same rule
// the main process uses (shared/readiness.ts), without scanning the project again.

export interface AnswerPatch {
  ugc?: boolean;
  filed?: boolean;
  declared?: PrivacyCategory[];
}

interface ReadinessState {
  /** The project the state is about; another project shows none of it. */
  projectRoot: string | null;
  report: ReadinessReport | null;
  running: boolean;
  problem: Problem | null;
  run(projectRoot: string): Promise<void>;
  answer(patch: AnswerPatch): Promise<void>;
  /** Ticks or unticks one privacy category as declared in the 用户隐私保护指引. */
  setDeclared(category: PrivacyCategory, declared: boolean): Promise<void>;
}

let runRequest = 0;

/** The report with other answers, its problems judged again. */
function withAnswers(report: ReadinessReport, answers: ReadinessAnswers): ReadinessReport {
  return { ...report, answers, problems: report.appid ? readinessProblems(report, answers) : report.problems };
}

export const useReadinessStore = create<ReadinessState>((set, get) => ({
  projectRoot: null,
  report: null,
  running: false,
  problem: null,
  async run(projectRoot) {
    const request = ++runRequest;
    if (get().projectRoot !== projectRoot) set({ projectRoot, report: null });
    set({ running: true, problem: null });
    const report = await attempt(() => api().readiness.run({ projectRoot }));
    if (request !== runRequest) return;
    set(report.ok ? { report: report.value, running: false } : { problem: report.problem, running: false });
  },
  async answer(patch) {
    const before = get().report;
    if (!before?.answers) return;
    const { appid } = before.answers;
    // Shown at once (a radio button must answer the click), then replaced by what was saved.
    set({ report: withAnswers(before, { ...before.answers, ...patch }) });
    const saved = await attempt(() => api().readiness.answer({ appid, ...patch }));
    const current = get().report;
    if (current?.appid !== appid) return;
    set(saved.ok ? { report: withAnswers(current, saved.value), problem: null } : { report: before, problem: saved.problem });
  },
  async setDeclared(category, declared) {
    const answers = get().report?.answers;
    if (!answers) return;
    const others = answers.declared.filter((c) => c !== category);
    await get().answer({ declared: declared ? [...others, category] : others });
  },
}));

export const selectReadinessReport = (projectRoot: string) => (state: ReadinessState) => (state.projectRoot === projectRoot ? state.report : null);

/**
 * For the 提交审核 step: whether the report of this project has blockers (null until a report is
 * there), and the login wall it found (the test account the 提审 form then needs).
 */
export const selectReadinessBlocked = (projectRoot: string) => (state: ReadinessState) => {
  const report = selectReadinessReport(projectRoot)(state);
  return report ? readinessBlockers(report).length > 0 : null;
};
export const selectLoginWall = (projectRoot: string) => (state: ReadinessState): LoginWall | null => selectReadinessReport(projectRoot)(state)?.loginWall ?? null;
