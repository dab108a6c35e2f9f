/**
 * Runs the female model for `npm run cycle` and renders CSV or JSON, the cycle
 * metrics table and the stability report. Pure apart from the computation:
 * the caller prints the text.
 */
import { simulateFemale } from '../core/model/female-hpg/simulate-female';
import { femaleCycleStability } from '../core/model/female-hpg/reference-cycle';
import { FEMALE_OUTPUTS, FEMALE_OUTPUT_IDS } from '../core/model/female-hpg/outputs';
import { relativeToReference } from '../core/analysis/cycle-baseline';
import { cycleMetricsTable } from '../core/analysis/cycle-metrics-table';
import { formatNumber } from '../core/output/format-number';
import { assertNever } from '../core/assert-never';
import type { CycleArgs } from './cycle-args';

/** What to print: the data, then any reports (metrics, stability) for standard error or after the data. */
export interface CycleOutcome {
  readonly text: string;
  readonly report: string;
}

/** Runs the model as the arguments say. */
export function runCycle(args: CycleArgs): CycleOutcome {
  const run = simulateFemale({ days: args.days, everyHours: args.everyHours, conditions: args.conditions, parameters: args.parameters, start: args.start });
  const series: Record<string, Float64Array> = {};
  for (const id of FEMALE_OUTPUT_IDS) {
    switch (args.relative) {
      case 'absolute':
        series[id] = run.series[id];
        break;
      case 'cycle-mean':
      case 'same-cycle-day':
        // Day 0 of a run on a cycling subject is cycle day 1: the reference's phase 0.
        series[id] = relativeToReference(run.reference.outputs[id], run.days, run.series[id], 0, args.relative);
        break;
      default:
        assertNever(args.relative, 'relative mode');
    }
  }
  const reports: string[] = [];
  if (args.metrics) reports.push(cycleMetricsTable(run.metrics));
  let stability: ReturnType<typeof femaleCycleStability> | undefined;
  if (args.stability) {
    stability = femaleCycleStability(run.reference, { parameters: args.parameters });
    const ref = run.reference;
    const head = `Healthy reference cycle: period ${ref.periodDays.toFixed(3)} d (follicular ${ref.follicularDays.toFixed(2)}, luteal ${ref.lutealDays.toFixed(2)}).`;
    reports.push(
      stability.ok
        ? `${head}\nFloquet multipliers (largest non-trivial first): ${stability.multipliers.slice(0, 4).map((m) => m.abs.toFixed(4)).join(', ')}; trivial ${stability.trivial.re.toFixed(4)}.\nVerdict: ${stability.verdict}; the slowest deviation fades with an e-folding time of ${(stability.slowestReturnHours / 24).toFixed(1)} days.\n`
        : `${head}\nFloquet multipliers could not be computed: ${stability.reason}\n`,
    );
  }
  const units = args.relative === 'absolute' ? Object.fromEntries(FEMALE_OUTPUTS.map((o) => [o.id, o.unit])) : Object.fromEntries(FEMALE_OUTPUTS.map((o) => [o.id, `relative (${args.relative})`]));
  if (args.format === 'json') {
    const json = {
      model: 'female-hpg', conditions: args.conditions, parameters: args.parameters, start: args.start, relative: args.relative,
      subjectBaseline: run.subjectBaseline, units,
      reference: { periodDays: run.reference.periodDays, follicularDays: run.reference.follicularDays, lutealDays: run.reference.lutealDays },
      days: Array.from(run.days, (d) => Number(formatNumber(d, 8))),
      series: Object.fromEntries(FEMALE_OUTPUT_IDS.map((id) => [id, Array.from(series[id]!, (v) => Number(formatNumber(v)))])),
      metrics: run.metrics,
      ...(stability ? { stability } : {}),
      solver: run.stats,
    };
    return { text: JSON.stringify(json, null, 1) + '\n', report: reports.join('\n') };
  }
  const lines = [['day', ...FEMALE_OUTPUT_IDS].join(',')];
  for (let k = 0; k < run.days.length; k++) lines.push([formatNumber(run.days[k]!, 8), ...FEMALE_OUTPUT_IDS.map((id) => formatNumber(series[id]![k]!))].join(','));
  return { text: lines.join('\n') + '\n', report: reports.join('\n') };
}
