import { afterEach, describe, expect, it } from 'vitest';
import type { AppApi } from '../../shared/api';
import { EMPTY_DRAFT, type WizardDraft } from '../../shared/wizard';
import { useWizardStore } from './wizard-store';

// The project step shows its verdict before the project's draft has been read, so the operator
// can press 下一步 while the read is still on its way; the late read must not take them back.

const ROOT = '/projects/shop';
const SAVED: WizardDraft = { ...EMPTY_DRAFT, step: 'version', version: '1.4.0', desc: '修复购物车', done: ['project', 'key', 'whitelist'] };

function stubApi(): { answerDraft: () => void; saved: WizardDraft[] } {
  let answer!: (draft: WizardDraft) => void;
  const saved: WizardDraft[] = [];
  const wizard = {
    draft: () => new Promise<WizardDraft>((resolve) => (answer = resolve)),
    saveDraft: async ({ draft }: { draft: WizardDraft }) => {
      saved.push(draft);
    },
  };
  (globalThis as unknown as { window: { api: Partial<AppApi> } }).window = { api: { wizard } as unknown as AppApi['wizard'] } as Partial<AppApi> as never;
  return { answerDraft: () => answer(SAVED), saved };
}

afterEach(() => {
  useWizardStore.setState({ projectRoot: null, draft: EMPTY_DRAFT, step: 'project' });
});

describe('loading a project draft', () => {
  it('returns to the saved step when nothing happened meanwhile', async () => {
    const api = stubApi();
    const loading = useWizardStore.getState().load(ROOT, true);
    api.answerDraft();
    await loading;
    expect(useWizardStore.getState()).toMatchObject({ projectRoot: ROOT, step: 'version', draft: { version: '1.4.0' } });
  });

  it('keeps the step the operator moved to while the draft was read, with what they typed before', async () => {
    const api = stubApi();
    const loading = useWizardStore.getState().load(ROOT, true);
    useWizardStore.getState().finish('project');
    api.answerDraft();
    await loading;
    const state = useWizardStore.getState();
    expect(state.step).toBe('key');
    expect(state.draft).toMatchObject({ step: 'key', version: '1.4.0', desc: '修复购物车' });
    expect(state.draft.done).toEqual(expect.arrayContaining(['project', 'key', 'whitelist']));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(api.saved.at(-1)).toMatchObject({ step: 'key', version: '1.4.0' });
  });
});
