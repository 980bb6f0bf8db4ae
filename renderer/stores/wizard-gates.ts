import type { MessageKey } from '../../shared/i18n';
import type { CompileType } from '../../shared/model';
import { versionProblem } from '../../shared/release-rules';
import type { StepId, WizardDraft } from '../../shared/wizard';

/** What a step needs done first, and the step where that is done. */
export interface Gate {
  reason: MessageKey;
  goTo: StepId;
}

export interface GateFacts {
  projectReady: boolean;
  compileType: CompileType | null;
  hasKey: boolean;
  draft: WizardDraft;
}

/**
 * The first thing that keeps a step from starting, or null. Pure, so the rules read in one place:
 * every step needs a project that passed its check; jobs need the key; the check and the upload
 * need a valid version; the upload needs the pre-upload check passed. 提交审核 needs this version
 * uploaded (not the key: nothing is signed there); 发布 follows the review records, not the wizard.
 */
export function gateOf(step: StepId, facts: GateFacts): Gate | null {
  if (step === 'project') return null;
  if (!facts.projectReady) return { reason: 'gate.project', goTo: 'project' };
  if (step === 'key' || step === 'whitelist' || step === 'version' || step === 'release') return null;
  if (step === 'submit') return facts.draft.done.includes('upload') ? null : { reason: 'gate.upload', goTo: 'upload' };
  if (!facts.hasKey) return { reason: 'gate.key', goTo: 'key' };
  if (step === 'preview') return null;
  if (versionProblem(facts.draft.version, facts.compileType ?? 'miniprogram')) return { reason: 'gate.version', goTo: 'version' };
  if (step === 'precheck') return null;
  if (!facts.draft.done.includes('precheck')) return { reason: 'gate.precheck', goTo: 'precheck' };
  return null;
}
