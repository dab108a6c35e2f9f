/**
 * The app's store: one vanilla zustand store (usable without React), exposed
 * to components by a thin hook. Simulation results are derived from the
 * scenario by the `run` action and never edited by hand.
 */
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { Scenario } from '../core/scenario/types';
import { simulate, type SimulationResult } from '../core/simulate';
import { DEFAULT_PRESET } from '../core/scenario/presets';

/** Everything the app shows. */
export interface AppState {
  readonly scenario: Scenario;
  readonly result: SimulationResult | null;
  /** Message of the last failed simulation, if any (the last good result stays). */
  readonly error: string | null;
  /** Replace the scenario and re-simulate. */
  setScenario(scenario: Scenario): void;
}

function run(scenario: Scenario): { result: SimulationResult | null; error: string | null } {
  try {
    return { result: simulate(scenario), error: null };
  } catch (error) {
    return { result: null, error: error instanceof Error ? error.message : String(error) };
  }
}

/** Creates a store (tests make their own). */
export function createAppStore(initial: Scenario = DEFAULT_PRESET.scenario) {
  return createStore<AppState>()((set, get) => ({
    scenario: initial,
    ...run(initial),
    setScenario(scenario) {
      const outcome = run(scenario);
      set({ scenario, result: outcome.result ?? get().result, error: outcome.error });
    },
  }));
}

/** The app's single store. */
export const appStore = createAppStore();

/** React binding: select a slice of the app state. */
export function useAppStore<T>(selector: (state: AppState) => T): T {
  return useStore(appStore, selector);
}
