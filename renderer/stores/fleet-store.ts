import { create } from 'zustand';
import type { FleetRow } from '../../shared/fleet';
import type { FleetColumn, FleetFilters, FleetSort } from '../../shared/fleet-view';
import type { Problem } from '../../shared/model';
import { api } from '../api';
import { attempt } from './call-failure';
import { useProjectStore } from './project-store';
import { useWizardStore } from './wizard-store';

// 项目总览: whether the board is shown instead of the wizard, its rows as the main process
// assembled them, the sort and the filters, and the two row actions (open, remove).

interface FleetState {
  /** The board replaces the wizard's step while shown. */
  shown: boolean;
  rows: FleetRow[];
  loaded: boolean;
  problem: Problem | null;
  sort: FleetSort | null;
  filters: FleetFilters;
  /** Shows the board; it loads its rows as it appears. */
  show(): void;
  hide(): void;
  load(): Promise<void>;
  /** Ascending first, then descending, per column. */
  sortBy(column: FleetColumn): void;
  setFilter(column: FleetColumn, text: string): void;
  /** Opens the project's wizard where the operator left it (the project store's open). */
  openProject(projectRoot: string): Promise<void>;
  remove(projectRoot: string, deleteHistory: boolean): Promise<void>;
}

export const useFleetStore = create<FleetState>((set, get) => ({
  shown: false,
  rows: [],
  loaded: false,
  problem: null,
  sort: null,
  filters: {},
  show() {
    set({ shown: true });
  },
  hide() {
    set({ shown: false });
  },
  async load() {
    const rows = await attempt(() => api().fleet.list());
    set(rows.ok ? { rows: rows.value, loaded: true, problem: null } : { problem: rows.problem });
  },
  sortBy(column) {
    const sort = get().sort;
    set({ sort: { column, direction: sort?.column === column && sort.direction === 'ascending' ? 'descending' : 'ascending' } });
  },
  setFilter(column, text) {
    set({ filters: { ...get().filters, [column]: text } });
  },
  async openProject(projectRoot) {
    set({ shown: false });
    await useProjectStore.getState().open(projectRoot);
  },
  async remove(projectRoot, deleteHistory) {
    const rows = await attempt(() => api().fleet.remove({ projectRoot, deleteHistory }));
    set(rows.ok ? { rows: rows.value, problem: null } : { problem: rows.problem });
    // The project step's recent list is the same list: it lost the project too.
    await useProjectStore.getState().loadRecent();
  },
}));

// Another step chosen in the step bar leaves the board for the wizard.
useWizardStore.subscribe((state, before) => {
  if (state.step !== before.step) useFleetStore.getState().hide();
});
