// What the version step offers for the 项目备注 (notes): saved templates, and the git log since the last
// release. Plain data: it crosses IPC.

/** A notes template the operator saved. An id of a built-in (`builtin-…`) replaces that built-in. */
export interface NoteTemplate {
  id: string;
  name: string;
  text: string;
}

export const TEMPLATE_NAME_MAX = 40;
/** Enough for every kind of release a team writes notes for; the list stays one glance. */
export const TEMPLATES_MAX = 30;
/** The built-in templates; their words are in the dictionaries (vs.template.<id>.name / .text). */
export const BUILTIN_TEMPLATE_IDS = ['builtin-fix', 'builtin-feature', 'builtin-routine'] as const;

export interface GitCommit {
  /** The short hash. */
  hash: string;
  subject: string;
  /** The commit date, ISO 8601. */
  date: string;
}

/**
 * The commits since the last release, newest first. `available: false` when there is no git or the
 * project is not in a repository: the step then simply offers nothing.
 */
export type GitNotes =
  | { available: false }
  | {
      available: true;
      /** When the last successful upload started; null: none, and these are the latest commits. */
      since: string | null;
      commits: GitCommit[];
      /** More commits matched than are listed. */
      more: boolean;
    };
