/**
 * CSV and JSON of sweep reports (../analysis/sensitivity.ts,
 * ../analysis/uncertainty.ts), for the CLI and the app's export.
 *
 * Sensitivity CSV: `parameter,low,high,metricLow,metricHigh,swing,notes`, one
 * row per parameter, largest swing first; `notes` says which side was clipped
 * to the parameter's range, which metric is censored (not back to 90% within
 * the window: a lower bound), and why a run failed (its cells are then empty).
 * Uncertainty CSV: `day` plus `<output>_p5,<output>_p50,<output>_p95` per output.
 */
import type { SensitivityReport, SensitivityRow } from '../analysis/sensitivity';
import type { UncertaintyReport } from '../analysis/uncertainty';
import { formatNumber } from './format-number';

/** Format tag of sensitivity files. */
export const SENSITIVITY_FORMAT = 'gonadostat-sensitivity/1';
/** Format tag of uncertainty files. */
export const UNCERTAINTY_FORMAT = 'gonadostat-uncertainty/1';

/** A CSV cell: quoted when it holds a comma, a quote or a line break (RFC 4180). */
function cell(text: string): string {
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const num = (x: number | null, digits = 6): string => (x === null || !Number.isFinite(x) ? '' : formatNumber(x, digits));

/** The notes of one sensitivity row ('' when there is nothing to say). */
export function sensitivityNotes(row: SensitivityRow): string {
  const notes: string[] = [];
  if (row.clippedLow) notes.push('low clipped to range');
  if (row.clippedHigh) notes.push('high clipped to range');
  if (row.censoredLow) notes.push('metricLow censored (beyond the simulated window, a lower bound)');
  if (row.censoredHigh) notes.push('metricHigh censored (beyond the simulated window, a lower bound)');
  if (row.failure !== null) notes.push(`run failed: ${row.failure}`);
  return notes.join('; ');
}

/** The tornado rows as CSV (LF line ends, trailing newline). */
export function sensitivityToCsv(report: SensitivityReport): string {
  const lines = ['parameter,low,high,metricLow,metricHigh,swing,notes'];
  for (const r of report.rows) {
    lines.push([r.parameter, num(r.low), num(r.high), num(r.metricLow), num(r.metricHigh), num(r.swing), cell(sensitivityNotes(r))].join(','));
  }
  return lines.join('\n') + '\n';
}

/** The sensitivity report as a plain object for JSON.stringify. */
export function sensitivityToJson(report: SensitivityReport, scenarioName: string): Record<string, unknown> {
  return {
    format: SENSITIVITY_FORMAT,
    scenario: scenarioName,
    metric: report.metric,
    fraction: report.fraction,
    base: { value: report.baseValue, censored: report.baseCensored, failure: report.baseFailure },
    failedRuns: report.failedRuns,
    rows: report.rows.map((r) => ({ ...r, notes: sensitivityNotes(r) })),
  };
}

/** The bands as CSV: day, then p5, p50, p95 of each output. */
export function uncertaintyToCsv(report: UncertaintyReport): string {
  const header = ['day', ...report.outputIds.flatMap((id) => [`${id}_p5`, `${id}_p50`, `${id}_p95`])];
  const lines = [header.join(',')];
  for (let k = 0; k < report.days.length; k++) {
    const row = [formatNumber(report.days[k]!, 8)];
    for (const id of report.outputIds) {
      const b = report.bands[id]!;
      row.push(num(b.p5[k]!), num(b.p50[k]!), num(b.p95[k]!));
    }
    lines.push(row.join(','));
  }
  return lines.join('\n') + '\n';
}

/** The uncertainty report as a plain object for JSON.stringify. */
export function uncertaintyToJson(report: UncertaintyReport, scenarioName: string): Record<string, unknown> {
  const round = (a: Float64Array, digits = 6): number[] => Array.from(a, (v) => Number(formatNumber(v, digits)));
  const bands: Record<string, { p5: number[]; p50: number[]; p95: number[] }> = {};
  for (const id of report.outputIds) {
    const b = report.bands[id]!;
    bands[id] = { p5: round(b.p5), p50: round(b.p50), p95: round(b.p95) };
  }
  return {
    format: UNCERTAINTY_FORMAT,
    scenario: scenarioName,
    seed: report.seed,
    fraction: report.fraction,
    samples: report.samples,
    succeeded: report.succeeded,
    failures: report.failures,
    parameters: report.parameters,
    relativeTo: 'healthy untreated steady state (1 = baseline)',
    day: round(report.days, 8),
    bands,
  };
}
