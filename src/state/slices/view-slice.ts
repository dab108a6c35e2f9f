/** The view slice: which series show, the y scale, the shared time cursor and its readout, the open side tab, and the status line. */
import { DEFAULT_PRESET } from '../../core/scenario/presets';
import { hiddenForFocus } from '../selectors';
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
      // The default preset opens on its focus; a scenario given from outside shows every series.
      hiddenSeries: deps.initialScenario === undefined ? hiddenForFocus(DEFAULT_PRESET.scenario.model, DEFAULT_PRESET.focus) : [],
      scale: 'linear',
      cursorDay: defaultCursorDay((deps.initialScenario ?? DEFAULT_SCENARIO).days),
      readoutPinned: false,
      sideTab: 'lab',
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
      focusSeries: (ids) => set({ hiddenSeries: hiddenForFocus(get().scenario.model, ids) }),
      setReadoutPinned: (readoutPinned) => set({ readoutPinned }),
      setSideTab: (sideTab) => set({ sideTab }),
      notify: (kind, text) => set({ status: { kind, text, seq: ++seq } }),
    };
  };
}
