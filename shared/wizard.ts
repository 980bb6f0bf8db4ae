// The release wizard's steps and what is kept of an operator's way through them, per project.

/** In order. 提交审核 and 发布 happen on mp.weixin.qq.com; their steps prepare, link and record. */
export const WIZARD_STEPS = ['project', 'key', 'whitelist', 'version', 'precheck', 'upload', 'preview', 'submit', 'release'] as const;
export type StepId = (typeof WIZARD_STEPS)[number];

/** What survives a restart mid-way: where the operator was, what they typed, which steps they finished. */
export interface WizardDraft {
  step: StepId;
  version: string;
  desc: string;
  robot: number | null;
  /** Steps the operator finished with the step's own "next" action. */
  done: StepId[];
}

export const EMPTY_DRAFT: WizardDraft = { step: 'project', version: '', desc: '', robot: null, done: [] };
