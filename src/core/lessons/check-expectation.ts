/**
 * Checks a lesson's `expect` statements against runs of its scenarios: the
 * model check of every lesson (tests/model-checks/lessons.test.ts) and the
 * app's "what you should see" panel, which shows each statement with the
 * measured value.
 *
 *   window measure   the mean, min, max or final value of an output over the grid
 *                    points with from ≤ day ≤ to (days), as the chart shows them
 *   metric measure   a whole-run metric (src/core/analysis/run-metric.ts); a
 *                    censored value (not back within the window) is its lower bound
 *   range            above < value < below (bounds optional)
 *   comparison       larger ≥ byAtLeast · smaller (byAtLeast default 1)
 */
import type { Scenario } from '../scenario/types';
import { parseMetricId, evaluateMetric } from '../analysis/run-metric';
import { MAIN_RUN, type Lesson, type LessonExpectation, type LessonMeasure, type LessonRun } from './lesson';

/** What a check needs of one run (a SimulationResult has it). */
export interface LessonRunResult {
  readonly scenario: Scenario;
  readonly days: Float64Array;
  readonly series: Readonly<Record<string, Float64Array>>;
}

/** Results by run id (MAIN_RUN for the lesson's own scenario). */
export type LessonResults = Readonly<Record<string, LessonRunResult>>;

/** The outcome of one statement. */
export interface ExpectationOutcome {
  readonly expectation: LessonExpectation;
  readonly pass: boolean;
  /** The measured value (range) or values (comparison: larger, then smaller). */
  readonly values: readonly number[];
  /** The statement with the numbers, for the app and for test messages. */
  readonly detail: string;
}

/** Every run of a lesson: its own scenario first (id MAIN_RUN), then the comparisons. */
export function lessonRuns(lesson: Lesson): LessonRun[] {
  return [{ id: MAIN_RUN, label: lesson.scenario.name, scenario: lesson.scenario }, ...(lesson.compare ?? [])];
}

/** The value of one measure; NaN when the run, output or window is missing. */
export function measureValue(measure: LessonMeasure, results: LessonResults): number {
  const run = results[measure.run ?? MAIN_RUN];
  if (run === undefined) return NaN;
  if ('metric' in measure) {
    const spec = parseMetricId(measure.metric, run.scenario.model);
    return 'error' in spec ? NaN : evaluateMetric(spec, run.scenario, run.days, run.series).value;
  }
  const values = run.series[measure.output];
  if (values === undefined) return NaN;
  const [from, to] = measure.window;
  const inWindow: number[] = [];
  for (let k = 0; k < run.days.length; k++) if (run.days[k]! >= from - 1e-9 && run.days[k]! <= to + 1e-9) inWindow.push(values[k]!);
  if (inWindow.length === 0) return NaN;
  switch (measure.stat) {
    case 'mean': return inWindow.reduce((a, b) => a + b, 0) / inWindow.length;
    case 'min': return Math.min(...inWindow);
    case 'max': return Math.max(...inWindow);
    case 'final': return inWindow[inWindow.length - 1]!;
  }
}

/** A measure in words: "mean lh, days 14–28 (pump)". */
export function describeMeasure(measure: LessonMeasure): string {
  const run = measure.run === undefined || measure.run === MAIN_RUN ? '' : ` (${measure.run})`;
  if ('metric' in measure) return `${measure.metric}${run}`;
  return `${measure.stat} ${measure.output}, days ${measure.window[0]}–${measure.window[1]}${run}`;
}

const show = (x: number): string => (Number.isFinite(x) ? String(Number(x.toPrecision(3))) : String(x));

/** Checks one statement. */
export function checkExpectation(expectation: LessonExpectation, results: LessonResults): ExpectationOutcome {
  if ('larger' in expectation) {
    const larger = measureValue(expectation.larger, results);
    const smaller = measureValue(expectation.smaller, results);
    const factor = expectation.byAtLeast ?? 1;
    const pass = Number.isFinite(larger) && Number.isFinite(smaller) && larger >= factor * smaller && larger > smaller;
    const times = factor === 1 ? '' : `${factor} × `;
    return {
      expectation, pass, values: [larger, smaller],
      detail: `${expectation.says} ${describeMeasure(expectation.larger)} = ${show(larger)} vs ${times}${describeMeasure(expectation.smaller)} = ${show(smaller)}`,
    };
  }
  const value = measureValue(expectation, results);
  const pass = Number.isFinite(value) &&
    (expectation.above === undefined || value > expectation.above) &&
    (expectation.below === undefined || value < expectation.below);
  const bounds = [expectation.above === undefined ? '' : `> ${expectation.above}`, expectation.below === undefined ? '' : `< ${expectation.below}`].filter(Boolean).join(' and ');
  return { expectation, pass, values: [value], detail: `${expectation.says} ${describeMeasure(expectation)} = ${show(value)} (expected ${bounds})` };
}

/** Checks every statement of a lesson. */
export function checkLesson(lesson: Lesson, results: LessonResults): ExpectationOutcome[] {
  return lesson.expect.map((e) => checkExpectation(e, results));
}
