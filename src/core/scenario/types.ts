/**
 * The scenario: what a user runs. This is the in-memory form of a
 * `gonadostat-scenario/1` file after validation (defaults filled in).
 * Time at this edge is in days (hours inside the model).
 */
import type { AgentId, ConditionId, ModelId } from '../model/ids';

/** The format tag of scenario files this version reads and writes. */
export const SCENARIO_FORMAT = 'gonadostat-scenario/1';

/** How a regimen delivers its agent. */
export type RegimenMode = 'bolus' | 'infusion';

/**
 * One agent given on a schedule. `dose` is a multiple of the agent's reference
 * regimen (1 = reference). A bolus regimen gives a dose every `everyDays` (or
 * `everyHours`) from `fromDay` while t < `untilDay`; an infusion delivers the
 * reference regimen's average rate × dose continuously from `fromDay` to `untilDay`.
 */
export interface Regimen {
  readonly agent: AgentId;
  readonly dose: number;
  readonly mode: RegimenMode;
  /** Interval between boluses in days (exclusive with everyHours; bolus mode). */
  readonly everyDays?: number;
  /** Interval between boluses in hours (pumps). */
  readonly everyHours?: number;
  readonly fromDay: number;
  /** End of the regimen, exclusive; default: end of the simulation. */
  readonly untilDay?: number;
}

/** A subject condition, present from day 0 (pre-treatment steady state) or switched on at `fromDay`. */
export interface ConditionOnset {
  readonly id: ConditionId;
  readonly fromDay: number;
}

/** A condition as written in a scenario file: a bare id (from the start) or with an onset day. */
export type ConditionEntry = ConditionId | ConditionOnset;

/** Model options that change its structure rather than a parameter value. */
export interface ModelOptions {
  /** Explicit GnRH pulses instead of the pulse-averaged hypothalamic output (male-hpg; windows ≤ 31 days). */
  readonly gnrhPulses?: boolean;
  /** Explicit GHRH bursts, somatostatin and GH pulses instead of their pulse averages (gh-igf1; short windows). */
  readonly ghPulses?: boolean;
}

/** A validated scenario. */
export interface Scenario {
  readonly format: typeof SCENARIO_FORMAT;
  readonly name: string;
  /** What to look for: shown with presets and saved files. */
  readonly description?: string;
  readonly model: ModelId;
  /** Simulated duration, days. */
  readonly days: number;
  readonly subject: { readonly conditions: readonly ConditionEntry[] };
  readonly regimens: readonly Regimen[];
  /** Parameter overrides by id (model-specific, range-checked). */
  readonly parameters: Readonly<Record<string, number>>;
  readonly output: { readonly everyHours: number };
  readonly options?: ModelOptions;
}
