/**
 * The shapes of the research slice (parameters, held steady state, sweeps) and
 * the classroom slice (presentation and embed modes, cursor animation, the
 * shortcuts dialog), joined into the app's store in ./store-types.ts.
 */
import type { HeldSteadyState } from '../core/analysis/held-steady-state';
import type { HeldCycle } from '../core/analysis/held-cycle';
import type { SensitivityReport } from '../core/analysis/sensitivity';
import type { UncertaintyReport } from '../core/analysis/uncertainty';
import type { Scenario } from '../core/scenario/types';

/** The held steady state of one scenario, computed in a worker. */
export interface SteadyStateView {
  readonly phase: 'idle' | 'running' | 'done' | 'failed';
  /** The scenario it was (or is being) computed for. */
  readonly scenario: Scenario | null;
  /** The latest answer (kept while a new one is computed). */
  readonly result: HeldSteadyState | null;
  /** For a cycling model, the subject's own cycle and its Floquet stability (null otherwise). */
  readonly cycle: HeldCycle | null;
  /** Why the worker failed, when phase is 'failed'. */
  readonly message: string | null;
}

/** Which analysis a sweep computes. */
export type SweepKind = 'sensitivity' | 'uncertainty';

/** The running or last sweep. */
export interface SweepStatus {
  readonly kind: SweepKind;
  readonly phase: 'running' | 'done' | 'cancelled' | 'failed';
  /** Runs finished and planned. */
  readonly done: number;
  readonly total: number;
  /** Workers it ran on. */
  readonly workers: number;
  /** Wall time of a finished sweep, ms (null until done). */
  readonly elapsedMs: number | null;
  /** One sentence for the status line. */
  readonly message: string;
}

/** Options of a sensitivity sweep chosen in the panel. */
export interface SensitivityRequest {
  readonly metric: string;
  readonly fraction: number;
  /** Empty: every parameter that can affect the scenario. */
  readonly parameters: readonly string[];
  readonly workers: number;
}

/** Options of an uncertainty sweep chosen in the panel. */
export interface UncertaintyRequest {
  readonly samples: number;
  readonly seed: number;
  readonly fraction: number;
  readonly workers: number;
}

/** A finished report, the scenario it was computed for, and that scenario's name (for exports). */
export interface Named<T> {
  readonly report: T;
  readonly scenarioName: string;
  /** The scenario as it was when the sweep started; compare with the current one to tell a stale result. */
  readonly scenario: Scenario;
}

/** The researcher's tools. */
export interface ResearchSlice {
  /** Rejected parameter edits by parameter id: a message naming the parameter and its range. */
  readonly parameterErrors: Readonly<Record<string, string>>;
  readonly steady: SteadyStateView;
  readonly sweep: SweepStatus | null;
  readonly sensitivity: Named<SensitivityReport> | null;
  readonly uncertainty: Named<UncertaintyReport> | null;
  /** Overrides one parameter through applyScenario; false (and a message) when out of range. */
  setParameter(id: string, value: number): boolean;
  resetParameter(id: string): void;
  resetAllParameters(): void;
  /** Computes the held steady state of the current scenario (latest request wins). */
  computeSteadyState(): void;
  runSensitivity(request: SensitivityRequest): Promise<void>;
  runUncertainty(request: UncertaintyRequest): Promise<void>;
  /** Stops the running sweep at once (its workers are terminated). */
  cancelSweep(): void;
}

/** Classroom display modes and the cursor animation. */
export interface ClassroomSlice {
  /** Large type, high contrast, fewer controls. */
  readonly presentation: boolean;
  /** Minimal chrome for an LMS iframe (`?embed=1`). */
  readonly embed: boolean;
  /** The time cursor advancing on its own. */
  readonly playing: boolean;
  readonly shortcutsOpen: boolean;
  setPresentation(on: boolean): void;
  setEmbed(on: boolean): void;
  setPlaying(on: boolean): void;
  setShortcutsOpen(open: boolean): void;
}
