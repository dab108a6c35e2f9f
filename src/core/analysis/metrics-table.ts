/** Plain-text table and sentence for recovery metrics (CLI `--metrics`, app metrics panel). */
import type { RecoveryMetric, RecoveryMetrics } from './recovery-metrics';

const LABELS: Readonly<Record<string, string>> = { testosterone: 'Testosterone', lh: 'LH', sperm: 'Sperm production' };

/** Display name of a tracked output. */
export function metricLabel(output: string): string {
  return LABELS[output] ?? output;
}

function percent(x: number): string {
  return `${(x * 100).toFixed(x < 0.1 ? 1 : 0)}%`;
}

/** One plain sentence about a metric, e.g. "Testosterone bottoms out at 23% of baseline on day 200, …". */
export function metricSentence(m: RecoveryMetric, fromDay: number): string {
  const back =
    m.to90Days === null
      ? 'does not return to 90% within the simulated window'
      : `is back to 90% ${Math.round(m.to90Days)} days after ${fromDay > 0 ? 'the last dose' : 'the start'}`;
  const below = m.below50Days > 0 ? `, spends ${Math.round(m.below50Days)} days below half of baseline` : '';
  return `${metricLabel(m.output)} bottoms out at ${percent(m.nadir)} of baseline on day ${Math.round(m.nadirDay)}${below}, and ${back}.`;
}

/** Fixed-width table for terminals. */
export function metricsTable(metrics: RecoveryMetrics): string {
  const header = ['output', 'nadir', 'nadir day', 'days < 50%', 'days to 90%'];
  const rows = metrics.metrics.map((m) => [
    metricLabel(m.output),
    percent(m.nadir),
    m.nadirDay.toFixed(1),
    m.below50Days.toFixed(1),
    m.to90Days === null ? 'not within window' : m.to90Days.toFixed(1),
  ]);
  const widths = header.map((h, j) => Math.max(h.length, ...rows.map((r) => r[j]!.length)));
  const line = (cells: string[]): string => cells.map((c, j) => c.padEnd(widths[j]!)).join('  ').trimEnd();
  const anchor = metrics.afterAndrogen
    ? `Recovery after the last exogenous testosterone dose (day ${metrics.fromDay.toFixed(1)}), relative to baseline:`
    : 'No exogenous testosterone in this scenario; metrics over the whole run, relative to baseline:';
  return [anchor, line(header), ...rows.map(line)].join('\n') + '\n';
}
