/** The view slice: which series show, the y scale, the shared time cursor, the notice and the status line. */
import type { SliceCreator, StoreDeps, ViewSlice } from '../store-types';
import { DEFAULT_SCENARIO } from './scenario-slice';

/** Where the time cursor starts for a run of `days` days: a third of the way in, where most protocols are under way. */
export function defaultCursorDay(days: number): number {
  return Math.round(days / 3);
}

export function createViewSlice(deps: StoreDeps): SliceCreator<ViewSlice> {
  return (set, get) => {
    let seq = 0;
    return {
      hiddenSeries: [],
      scale: 'linear',
      cursorDay: defaultCursorDay((deps.initialScenario ?? DEFAULT_SCENARIO).days),
      noticeOpen: true,
      status: null,
      setSeriesVisible(id, visible) {
        const rest = get().hiddenSeries.filter((s) => s !== id);
        set({ hiddenSeries: visible ? rest : [...rest, id] });
      },
      setScale: (scale) => set({ scale }),
      setCursorDay(day) {
        const max = get().scenario.days;
        set({ cursorDay: Number.isFinite(day) ? Math.min(max, Math.max(0, day)) : 0 });
      },
      dismissNotice: () => set({ noticeOpen: false }),
      notify: (kind, text) => set({ status: { kind, text, seq: ++seq } }),
    };
  };
}
