import type { Problem } from '../../shared/model';
import type { HistoryFile } from '../services/history/history-repository';
import type { TrialFile } from '../services/history/trial-ledger';
import type { KeysFile } from '../services/keys/key-vault';
import type { ReviewFile } from '../services/review/review-repository';
import type { NotesFile } from '../services/notes/note-templates';
import type { ReadinessFile } from '../services/readiness/readiness-answers';
import type { SettingsFile } from '../services/settings/settings-repository';
import { quarantineNotice, type OpenedStore, type StoreBackend } from '../services/settings/store-backend';
import type { WhitelistFile } from '../services/whitelist/whitelist-ticks';
import type { WizardFile } from '../services/wizard/wizard-drafts';
import type { FirstReleaseFile } from '../services/submit/first-release-ledger';
import type { ReviewAccountsFile } from '../services/submit/review-accounts';
import type { NotifyFile } from '../services/notify/robot-store';
import type { FleetFile } from '../services/fleet/fleet-records';
import type { BatchFile } from '../services/batch/batch-ledger';

/** Every file the app keeps, by name: electron-store in the app, conf in the harness. */
export interface AppStores {
  settings: StoreBackend<SettingsFile>;
  keys: StoreBackend<KeysFile>;
  whitelist: StoreBackend<WhitelistFile>;
  history: StoreBackend<HistoryFile>;
  trial: StoreBackend<TrialFile>;
  wizard: StoreBackend<WizardFile>;
  notes: StoreBackend<NotesFile>;
  firstRelease: StoreBackend<FirstReleaseFile>;
  reviewAccounts: StoreBackend<ReviewAccountsFile>;
  readiness: StoreBackend<ReadinessFile>;
  review: StoreBackend<ReviewFile>;
  notify: StoreBackend<NotifyFile>;
  fleet: StoreBackend<FleetFile>;
  batch: StoreBackend<BatchFile>;
}

export const STORE_NAMES = ['settings', 'keys', 'whitelist', 'history', 'trial', 'wizard', 'notes', 'firstRelease', 'reviewAccounts', 'readiness', 'review', 'notify', 'fleet', 'batch'] as const satisfies ReadonlyArray<keyof AppStores>;

/** Opens them all the shell's way; a damaged file is set aside and becomes a start-up notice. */
export function openStores(open: (name: keyof AppStores) => OpenedStore<Record<string, unknown>>): { stores: AppStores; notices: Problem[] } {
  const opened = STORE_NAMES.map((name) => [name, open(name)] as const);
  const stores = Object.fromEntries(opened.map(([name, store]) => [name, store.store])) as unknown as AppStores;
  return { stores, notices: opened.flatMap(([, store]) => quarantineNotice(store) ?? []) };
}
