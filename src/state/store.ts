/**
 * The app's store: one vanilla zustand store (usable without React) built
 * from typed slices, exposed to components by a thin hook over a context.
 * Simulation results are derived from the scenario by one action
 * (`simulateCurrent`) and never edited by hand; the core is reached only
 * through the store's actions.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { createClassroomSlice } from './slices/classroom-slice';
import { createCompareSlice } from './slices/compare-slice';
import { createGlossarySlice } from './slices/glossary-slice';
import { createLessonSlice } from './slices/lesson-slice';
import { createResearchSlice } from './slices/research-slice';
import { createSavesSlice } from './slices/saves-slice';
import { createScenarioSlice } from './slices/scenario-slice';
import { createViewSlice } from './slices/view-slice';
import type { AppState, StoreDeps } from './store-types';

export type { AppState, StoreDeps } from './store-types';

/** The store type components receive. */
export type AppStore = StoreApi<AppState>;

/** Creates a store and starts its first simulation. */
export function createAppStore(deps: StoreDeps): AppStore {
  const store = createStore<AppState>()((...a) => ({
    ...createScenarioSlice(deps)(...a),
    ...createViewSlice(deps)(...a),
    ...createCompareSlice()(...a),
    ...createSavesSlice(deps)(...a),
    ...createResearchSlice(deps)(...a),
    ...createClassroomSlice()(...a),
    ...createLessonSlice(deps)(...a),
    ...createGlossarySlice()(...a),
  }));
  void store.getState().simulateCurrent();
  return store;
}
