/**
 * Recovery metrics as the app shows them: the measures of a row, each value
 * in the app's one number style (levels "0.45×" or "near zero", whole or
 * quarter days as the cursor moves), the difference between two runs, and one
 * plain sentence per output.
 */
import { metricLabel } from '../../core/analysis/metrics-table';
import type { RecoveryMetric, RecoveryMetrics } from '../../core/analysis/recovery-metrics';
import { roundDay, twoSignificant } from '../../core/output/plain-numbers';
import { formatDay, formatRelative } from '../labels';

/** One measure of a recovery metric. */
export interface MetricMeasure {
  readonly id: 'nadir' | 'nadirDay' | 'below50Days' | 'to90Days';
  readonly label: string;
  /** The number compared between runs (a level or days), or null when there is none. */
  readonly value: (m: RecoveryMetric) => number | null;
  readonly text: (m: RecoveryMetric, days: number) => string;
  /** The difference of two values in words: "+0.16×", "−12 days", "0". */
  readonly difference: (a: number, b: number, days: number) => string;
}

const sign = (x: number): string => (x > 0 ? '+' : x < 0 ? '−' : '');

function dayDifference(a: number, b: number, days: number): string {
  const d = roundDay(a, days) - roundDay(b, days);
  if (d === 0) return 'same';
  return `${sign(d)}${formatDay(Math.abs(d), days)} day${Math.abs(d) === 1 ? '' : 's'}`;
}

/** The measures, in table order. */
export const METRIC_MEASURES: readonly MetricMeasure[] = [
  {
    id: 'nadir', label: 'Lowest level (nadir)',
    value: (m) => m.nadir,
    text: (m) => formatRelative(m.nadir),
    difference: (a, b) => {
      const d = a - b;
      if (Math.abs(d) < 0.001) return 'same';
      return `${sign(d)}${twoSignificant(Math.abs(d))}×`;
    },
  },
  { id: 'nadirDay', label: 'Day of the lowest level', value: (m) => m.nadirDay, text: (m, days) => formatDay(m.nadirDay, days), difference: dayDifference },
  { id: 'below50Days', label: 'Days below half of baseline', value: (m) => m.below50Days, text: (m, days) => formatDay(m.below50Days, days), difference: dayDifference },
  {
    id: 'to90Days', label: 'Days until back to 90%',
    value: (m) => m.to90Days,
    text: (m, days) => (m.to90Days === null ? 'not within the window' : formatDay(m.to90Days, days)),
    difference: dayDifference,
  },
];

/** Where the metrics are measured from, in words. */
export function metricsAnchor(metrics: RecoveryMetrics, days: number): string {
  return metrics.afterAndrogen
    ? `Measured after the last dose of testosterone (day ${formatDay(metrics.fromDay, days)}).`
    : 'No testosterone is given in this run: measured over the whole run.';
}

/** One plain sentence about one output's recovery. */
export function metricSentence(m: RecoveryMetric, metrics: RecoveryMetrics, days: number): string {
  const since = metrics.fromDay > 0 ? 'the last dose' : 'the start';
  const low = m.nadir < 0.001 ? `falls to near zero by day ${formatDay(m.nadirDay, days)}` : `is lowest on day ${formatDay(m.nadirDay, days)}, at ${formatRelative(m.nadir)} baseline`;
  const below = m.below50Days > 0 ? `, spends ${formatDay(m.below50Days, days)} days below half of baseline` : '';
  const back = m.to90Days === null ? 'is not back to 90% before the run ends' : `is back to 90% ${formatDay(m.to90Days, days)} days after ${since}`;
  return `${metricLabel(m.output)} ${low}${below}, and ${back}.`;
}
