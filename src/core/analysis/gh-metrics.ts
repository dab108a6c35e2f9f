/**
 * Metrics of the somatotropic axis (gh-igf1) from a run, as the GH brief (§8)
 * lists them, for the CLI (`--metrics`, JSON) and the app:
 *
 *   igf1            IGF-1 at the end, × healthy young man and × the subject's pre-treatment level
 *   gh24hMean       mean GH over the last simulated day (pulse-averaged model: the 24-h mean)
 *   ghTrough        lowest GH over the last day (pulse-averaged: the trough between doses;
 *                   with explicit GH pulses: the nadir between pulses)
 *   ghsr            ghrelin-receptor responsiveness at the end (1 = healthy): the desensitization index
 *   igf1RecoveryDays days from the last dose until IGF-1 is back within 10% of pre-treatment
 *                   (null: no dose, or not within the simulated window)
 *   pulses          with explicit GH pulses (`ghPulses`): pulses of the pituitary's own GH over the
 *                   last day and their mean amplitude above the nadir before each (./gh-pulses.ts)
 *
 * Values are read off the output grid (sample means), relative to baseline as the series are.
 */
import type { Scenario } from '../scenario/types';
import { assertNever } from '../assert-never';
import { lastDoseDay } from './last-dose-day';
import { countPulses, MAX_PULSE_SAMPLING_HOURS } from './gh-pulses';

/** A level relative to the healthy young man and to the subject's own pre-treatment level. */
export interface RelativeLevel {
  readonly healthy: number;
  readonly preTreatment: number;
}

/** The GH-axis metrics of one run. */
export interface GhMetrics {
  readonly igf1: RelativeLevel;
  readonly gh24hMean: RelativeLevel;
  readonly ghTrough: RelativeLevel;
  readonly ghsr: number;
  readonly lastDoseDay: number | null;
  readonly igf1RecoveryDays: number | null;
  readonly pulses: GhPulseMetrics;
}

/**
 * GH pulses over the last day: counted ('counted'), or why not — the run is pulse-averaged
 * ('averaged'), or its output grid is too coarse to resolve them ('coarse').
 */
export type GhPulseMetrics =
  | {
      readonly kind: 'counted';
      /** Pulses of the pituitary's own GH whose peak lies in the last 24 h. */
      readonly perDay: number;
      /** Their mean peak, × the healthy young man's 24-h mean GH. */
      readonly meanPeak: number;
      /** Their mean amplitude: height above the nadir before each, × the healthy young man's 24-h mean GH. */
      readonly meanAmplitude: number;
    }
  | { readonly kind: 'averaged' }
  | { readonly kind: 'coarse'; readonly everyHours: number };

/**
 * Smallest pulse counted, × the healthy 24-h mean GH: 1%, about what a sensitive GH assay
 * resolves against a young man's mean (~0.01 of ~0.5–1 µg/L).
 */
const MIN_PULSE_HEIGHT = 0.01;

/** Pulses of `ownGh` in the last day of a run, if the scenario shows them and its grid resolves them. */
function pulseMetrics(scenario: Scenario, days: Float64Array, ownGh: Float64Array | undefined, end: number): GhPulseMetrics {
  if (scenario.options?.ghPulses !== true || ownGh === undefined) return { kind: 'averaged' };
  if (scenario.output.everyHours > MAX_PULSE_SAMPLING_HOURS) return { kind: 'coarse', everyHours: scenario.output.everyHours };
  const found = countPulses(days, ownGh, end - 1, end, MIN_PULSE_HEIGHT);
  return { kind: 'counted', perDay: found.count, meanPeak: found.meanPeak, meanAmplitude: found.meanAmplitude };
}


/**
 * The metrics of a gh-igf1 run, or null for a model without IGF-1 and GH outputs.
 * `series` are relative to the healthy baseline; `subjectBaseline` is the subject's pre-treatment level.
 */
export function ghMetrics(
  scenario: Scenario,
  days: Float64Array,
  series: Readonly<Record<string, Float64Array>>,
  subjectBaseline: Readonly<Record<string, number>>,
): GhMetrics | null {
  const igf = series.igf1, gh = series.gh, ghsr = series.ghsr;
  if (igf === undefined || gh === undefined || ghsr === undefined || days.length === 0) return null;
  const end = days[days.length - 1]!;
  const lastDay: number[] = [];
  for (let k = 0; k < days.length; k++) if (days[k]! >= end - 1 - 1e-9) lastDay.push(gh[k]!);
  const mean = lastDay.reduce((a, b) => a + b, 0) / lastDay.length;
  const trough = Math.min(...lastDay);
  const relative = (value: number, id: string): RelativeLevel => ({ healthy: value, preTreatment: value / (subjectBaseline[id] ?? 1) });
  const last = lastDoseDay(scenario);
  let recovery: number | null = null;
  if (last !== null) {
    const pre = subjectBaseline.igf1 ?? 1;
    // The first day after the last dose from which IGF-1 stays within 10% of pre-treatment to the end.
    let k = days.length - 1;
    if (Math.abs(igf[k]! / pre - 1) <= 0.1) {
      while (k > 0 && days[k - 1]! >= last && Math.abs(igf[k - 1]! / pre - 1) <= 0.1) k--;
      recovery = days[k]! - last;
    }
  }
  return {
    igf1: relative(igf[igf.length - 1]!, 'igf1'),
    gh24hMean: relative(mean, 'gh'),
    ghTrough: relative(trough, 'gh'),
    ghsr: ghsr[ghsr.length - 1]!,
    lastDoseDay: last,
    igf1RecoveryDays: recovery,
    pulses: pulseMetrics(scenario, days, series.ownGh, end),
  };
}

/** One sentence on the GH pulses of the last day (for the CLI table and the app). */
export function pulseSentence(p: GhPulseMetrics): string {
  switch (p.kind) {
    case 'counted':
      return p.perDay === 0
        ? 'GH pulses from the pituitary in the last 24 h: none.'
        : `GH pulses from the pituitary in the last 24 h: ${p.perDay}, peaking on average at ${p.meanPeak.toFixed(2)}× the healthy 24-h mean, ${p.meanAmplitude.toFixed(2)}× above the nadir before each (amplitude).`;
    case 'averaged':
      return 'GH pulses: not resolved (pulse-averaged run; turn on options.ghPulses to count them).';
    case 'coarse':
      return `GH pulses: not counted, outputs every ${p.everyHours} h are too sparse (output.everyHours ≤ ${MAX_PULSE_SAMPLING_HOURS} needed).`;
    default:
      return assertNever(p, 'GH pulse metrics');
  }
}

/** Fixed-width lines for terminals (`npm run sim -- … --metrics` on a gh-igf1 scenario). */
export function ghMetricsTable(m: GhMetrics): string {
  const x = (v: number): string => `${v.toFixed(2)}×`;
  const rows: [string, string, string][] = [
    ['IGF-1 at the end', x(m.igf1.healthy), x(m.igf1.preTreatment)],
    ['GH, 24-h mean (last day)', x(m.gh24hMean.healthy), x(m.gh24hMean.preTreatment)],
    ['GH, lowest (last day)', x(m.ghTrough.healthy), x(m.ghTrough.preTreatment)],
  ];
  const header: [string, string, string] = ['measure', 'vs healthy young man', 'vs pre-treatment'];
  const widths = header.map((h, j) => Math.max(h.length, ...rows.map((r) => r[j]!.length)));
  const line = (cells: readonly string[]): string => cells.map((c, j) => c.padEnd(widths[j]!)).join('  ').trimEnd();
  const recovery = m.lastDoseDay === null
    ? 'No agent in this scenario.'
    : m.igf1RecoveryDays === null
      ? `IGF-1 is not back within 10% of pre-treatment by the end (last dose on day ${m.lastDoseDay.toFixed(1)}).`
      : `IGF-1 is back within 10% of pre-treatment ${m.igf1RecoveryDays.toFixed(1)} days after the last dose (day ${m.lastDoseDay.toFixed(1)}).`;
  return [
    'Somatotropic axis at the end of the run:',
    line(header),
    ...rows.map(line),
    `Ghrelin-receptor responsiveness: ${(m.ghsr * 100).toFixed(0)}% of a healthy man's (desensitization index).`,
    pulseSentence(m.pulses),
    recovery,
  ].join('\n') + '\n';
}
