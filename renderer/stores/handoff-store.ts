import { create } from 'zustand';
import type { SavedFile } from '../../shared/saved-file';
import { api } from '../api';
import { attempt } from './call-failure';

// The hand-off card's image, saved by the main process where the operator chooses.

interface HandoffState {
  /** The last save, per appid and version: another version's card shows none of it. */
  savedFor: string | null;
  saved: SavedFile | null;
  save(appid: string, version: string, image: string): Promise<void>;
}

export const useHandoffStore = create<HandoffState>((set) => ({
  savedFor: null,
  saved: null,
  async save(appid, version, image) {
    const result = await attempt(() => api().handoff.save({ appid, version, image }));
    set({ savedFor: `${appid}@${version}`, saved: result.ok ? result.value : { saved: false, problem: result.problem } });
  },
}));

export const selectHandoffSaved = (appid: string, version: string) => (state: HandoffState) =>
  state.savedFor === `${appid}@${version}` ? state.saved : null;
