import { z } from 'zod';
import { WIZARD_STEPS, type WizardDraft } from '../../../shared/wizard';
import type { StoreBackend } from '../settings/store-backend';

// The wizard's draft per project folder, so a restart mid-way returns the operator to the same step
// with what they typed. A draft that fails its check (another version's, a hand edit) reads as none.

export interface WizardFile extends Record<string, unknown> {
  schemaVersion: number;
  drafts: Record<string, unknown>;
}

const MAX_DRAFTS = 50;

const Draft = z.object({
  step: z.enum(WIZARD_STEPS),
  version: z.string().max(64),
  desc: z.string().max(8192),
  robot: z.number().int().min(1).max(30).nullable(),
  done: z.array(z.enum(WIZARD_STEPS)),
});

export class WizardDrafts {
  constructor(private readonly store: StoreBackend<WizardFile>) {
    if (store.get('schemaVersion') === undefined) store.set('schemaVersion', 1);
  }

  get(projectRoot: string): WizardDraft | null {
    const parsed = Draft.safeParse(this.all()[projectRoot]);
    return parsed.success ? parsed.data : null;
  }

  save(projectRoot: string, draft: WizardDraft): WizardDraft {
    const { [projectRoot]: _old, ...others } = this.all();
    // Newest last; the oldest projects' drafts go first past the cap.
    const kept = Object.entries(others).slice(-(MAX_DRAFTS - 1));
    this.store.set('drafts', { ...Object.fromEntries(kept), [projectRoot]: Draft.parse(draft) });
    return draft;
  }

  private all(): Record<string, unknown> {
    const raw = this.store.get('drafts');
    return typeof raw === 'object' && raw !== null ? raw : {};
  }
}
