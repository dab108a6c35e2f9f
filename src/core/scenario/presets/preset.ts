/** A preset: a scenario with a title and a short note on what to look for. */
import type { Scenario } from '../types';

/** One preset of the app and the CLI's examples. */
export interface Preset {
  /** Stable id (used in URLs and lessons). */
  readonly id: string;
  readonly title: string;
  /** What to look for, in a sentence or two. */
  readonly lookFor: string;
  /**
   * The outputs the note talks about (ids of the scenario's model): the series
   * the app shows when the preset is loaded; the others stay a click away.
   */
  readonly focus: readonly string[];
  readonly scenario: Scenario;
}
