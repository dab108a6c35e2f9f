/**
 * A guided lesson is data: a question, a scenario (a full
 * `gonadostat-scenario/1` object for male-hpg) and optional runs to compare,
 * the prediction the student commits to before running (a sketch of one
 * output over a window, or a choice), an explanation grounded in the model's
 * feedback terms, and `expect`: machine-checkable statements of what the run
 * shows. tests/model-checks/lessons.test.ts asserts every `expect` against the
 * model, so a model change that breaks a lesson fails CI.
 *
 * Time at this edge is in days; outputs are relative to the healthy baseline.
 */
import type { Scenario } from '../scenario/types';

/** The id of the lesson's own scenario among its runs. */
export const MAIN_RUN = 'main';

/** A scenario run beside the lesson's own, to compare (e.g. the pump beside the continuous drip). */
export interface LessonRun {
  /** Unique within the lesson; not MAIN_RUN. */
  readonly id: string;
  readonly label: string;
  readonly scenario: Scenario;
}

/** A window statistic of one output of one run (grid points with from ≤ day ≤ to). */
export interface WindowMeasure {
  /** The run (default MAIN_RUN). */
  readonly run?: string;
  readonly output: string;
  /** [from, to], days. */
  readonly window: readonly [number, number];
  /** mean (of the grid points), min, max, or final (the last grid point in the window). */
  readonly stat: 'mean' | 'min' | 'max' | 'final';
}

/** A whole-run metric (src/core/analysis/run-metric.ts), e.g. `testosterone.to90Days`. */
export interface MetricMeasure {
  readonly run?: string;
  readonly metric: string;
}

/** A number measured on the lesson's runs. */
export type LessonMeasure = WindowMeasure | MetricMeasure;

/** A measure that must lie above and/or below a bound. */
export type RangeExpectation = LessonMeasure & {
  readonly above?: number;
  readonly below?: number;
  /** What the student should see, in plain words. */
  readonly says: string;
};

/** One measure that must exceed another (by at least a factor `byAtLeast`, default 1). */
export interface ComparisonExpectation {
  readonly larger: LessonMeasure;
  readonly smaller: LessonMeasure;
  readonly byAtLeast?: number;
  readonly says: string;
}

/** A machine-checkable statement of what the run shows. */
export type LessonExpectation = RangeExpectation | ComparisonExpectation;

/** One option of a choice question. */
export interface ChoiceOption {
  readonly id: string;
  readonly text: string;
}

/** What the student commits to before running. */
export type LessonPrediction =
  | {
      /** Draw the curve of `output` (of `run`, default MAIN_RUN) over `window` days. */
      readonly kind: 'sketch';
      readonly output: string;
      readonly run?: string;
      readonly window: readonly [number, number];
      /** Top of the drawing area (relative to baseline), so every plausible answer fits. */
      readonly yMax: number;
      readonly prompt: string;
    }
  | {
      readonly kind: 'choice';
      readonly prompt: string;
      /** Three or four options. */
      readonly options: readonly ChoiceOption[];
      /** The id of the option the model bears out. */
      readonly correct: string;
    };

/** A guided predict–observe–explain lesson. */
export interface Lesson {
  /** Stable id (URLs, saved progress). */
  readonly id: string;
  readonly title: string;
  /** The question the lesson answers. */
  readonly question: string;
  /** The run the student observes (male-hpg or female-hpg). */
  readonly scenario: Scenario;
  /** Runs shown beside it, if any. */
  readonly compare?: readonly LessonRun[];
  /** The output the chart focuses on. */
  readonly output: string;
  /**
   * The outputs the app's main charts show once the lesson has run (its
   * `output` first, then those the explanation talks about); the others stay a
   * click away.
   */
  readonly focus: readonly string[];
  readonly prediction: LessonPrediction;
  /** What happened and why, in plain words, in terms of the model's feedback loops (paragraphs). */
  readonly explanation: readonly string[];
  /** Sources by author and year. */
  readonly sources: readonly string[];
  readonly expect: readonly LessonExpectation[];
  /** Glossary term ids the lesson links to (src/core/glossary/terms.ts). */
  readonly terms: readonly string[];
  /** The preset this lesson starts from, when there is one. */
  readonly presetId?: string;
  /** A suggestion for exploring on from the result. */
  readonly explore: string;
}
