/** The compare slice: pin the current run so it stays as a muted overlay beside later runs. */
import type { CompareSlice, SliceCreator } from '../store-types';

export function createCompareSlice(): SliceCreator<CompareSlice> {
  return (set, get) => ({
    pinned: null,
    pin() {
      const { result } = get();
      if (result === null) return;
      set({ pinned: { label: result.scenario.name, result } });
      get().notify('info', `Pinned “${result.scenario.name}”: it stays on the charts as a faint line while you change the scenario.`);
    },
    unpin() {
      set({ pinned: null });
      get().notify('info', 'Unpinned the compared run.');
    },
  });
}
