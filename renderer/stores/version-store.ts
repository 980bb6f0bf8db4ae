import { create } from 'zustand';
import type { ReleaseRecord } from '../../shared/history';
import type { Problem } from '../../shared/model';
import type { GitNotes, NoteTemplate } from '../../shared/notes';
import { DEFAULT_ROBOT } from '../../shared/release-rules';
import { api } from '../api';
import { attempt } from './call-failure';

/** What the version step knows of one project: its history, the 体验版's robot, its git log. */
export interface ProjectFacts {
  projectRoot: string;
  appid: string;
  /** Every upload and preview, oldest first. */
  history: ReleaseRecord[];
  /** The robot recorded as the 体验版's, or null. */
  trialRobot: number | null;
  /** Null until git answered (or when the call failed): nothing is offered meanwhile. */
  gitNotes: GitNotes | null;
}

interface VersionState {
  /** Null until loaded; facts of another project are never shown (see selectFacts). */
  facts: ProjectFacts | null;
  /** The robot the settings name as default; the robot field starts there. */
  defaultRobot: number;
  templates: NoteTemplate[];
  /** A call that failed (a bug, a dropped harness socket), shown as a card. */
  failure: Problem | null;
  load(projectRoot: string, appid: string): Promise<void>;
  /** True when saved. */
  saveTemplate(template: { id?: string; name: string; text: string }): Promise<boolean>;
  removeTemplate(id: string): Promise<void>;
}

export const selectFacts = (projectRoot: string | undefined) => (state: VersionState) =>
  state.facts && state.facts.projectRoot === projectRoot ? state.facts : null;

export const useVersionStore = create<VersionState>((set, get) => ({
  facts: null,
  defaultRobot: DEFAULT_ROBOT,
  templates: [],
  failure: null,
  async load(projectRoot, appid) {
    set({ failure: null });
    const [history, trial, settings, templates] = await Promise.all([
      attempt(() => api().history.list({ projectRoot })),
      attempt(() => api().trial.robot({ appid })),
      attempt(() => api().settings.get()),
      attempt(() => api().notes.templates()),
    ]);
    const failed = [history, trial, settings, templates].find((answer) => !answer.ok);
    set({
      facts: {
        projectRoot,
        appid,
        history: history.ok ? history.value : [],
        trialRobot: trial.ok ? trial.value : null,
        gitNotes: null,
      },
      defaultRobot: settings.ok ? settings.value.defaultRobot : DEFAULT_ROBOT,
      templates: templates.ok ? templates.value : get().templates,
      failure: failed && !failed.ok ? failed.problem : null,
    });
    // git can take a moment on a big repository: the rest of the step does not wait for it.
    const gitNotes = await attempt(() => api().notes.fromGit({ projectRoot }));
    const facts = get().facts;
    // Quietly nothing when the call failed: the notes from git are a convenience, never a blocker.
    if (facts?.projectRoot === projectRoot && gitNotes.ok) set({ facts: { ...facts, gitNotes: gitNotes.value } });
  },
  async saveTemplate(template) {
    const saved = await attempt(() => api().notes.saveTemplate(template));
    set(saved.ok ? { templates: saved.value, failure: null } : { failure: saved.problem });
    return saved.ok;
  },
  async removeTemplate(id) {
    const left = await attempt(() => api().notes.removeTemplate({ id }));
    set(left.ok ? { templates: left.value, failure: null } : { failure: left.problem });
  },
}));
