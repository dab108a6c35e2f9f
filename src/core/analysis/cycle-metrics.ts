/**
 * Cycle metrics of a run (brief §7, the female analogue of recovery metrics):
 * each ovulation (an LH surge followed by luteal progesterone), cycle lengths
 * between ovulations, luteal-phase lengths, the preovulatory estradiol and
 * luteal progesterone peaks, and the days to the first ovulation after a
 * given day (e.g. the last dose of a suppressing agent).
 *
 * Ovulation is a model event read from the hormones as a clinician would:
 * an LH surge (a local LH maximum of at least `surgeLh` and at least
 * `surgeRise` times the lowest LH of the `riseWindowDays` before it, so that
 * a ripple on a high, steady LH — the PCOS-like subject's ~24 IU/L, nudged
 * by clomiphene — is not a surge) followed within
 * `maxDaysToLuteal` by serum progesterone of at least `ovulatoryP4`
 * (5 ng/mL: Guermandi 2001, Obstet Gynecol 97:92 — 98% specific for
 * ovulation) that was not there already at the surge (a surge in the luteal
 * phase, such as a GnRH agonist's flare, ovulates nothing). Several surges
 * before the same luteal rise are one ovulation, the last of them. The luteal
 * phase ends, and the next cycle day 1 is counted, when progesterone falls
 * back below `lutealEndP4` (3 ng/mL) — the model has
 * no endometrium, so this stands in for the onset of menses.
 */
import { findPeaks } from './peaks';
import { lastDoseDay } from './last-dose-day';
import type { Scenario } from '../scenario/types';

/** Thresholds of the metrics; defaults in DEFAULT_CYCLE_THRESHOLDS. */
export interface CycleThresholds {
  /** IU/L: smallest LH peak that counts as a surge. */
  readonly surgeLh: number;
  /** A surge is at least this many times the lowest LH of the `riseWindowDays` before it. */
  readonly surgeRise: number;
  /** Days before a peak searched for the LH it rose from. */
  readonly riseWindowDays: number;
  /** ng/mL: luteal progesterone that confirms ovulation. */
  readonly ovulatoryP4: number;
  /** ng/mL: progesterone below which the luteal phase has ended. */
  readonly lutealEndP4: number;
  /** Days after the surge within which luteal progesterone must appear. */
  readonly maxDaysToLuteal: number;
  /** Days before the surge searched for the preovulatory estradiol peak. */
  readonly e2WindowDays: number;
}

/** Defaults (see the file header for sources). */
// surgeRise 2: a cycle's surge is ≥ 3× follicular LH (Anckaert et al. 2021: 22.6 vs 7.14 IU/L), the model's ~15×.
export const DEFAULT_CYCLE_THRESHOLDS: CycleThresholds = { surgeLh: 20, surgeRise: 2, riseWindowDays: 5, ovulatoryP4: 5, lutealEndP4: 3, maxDaysToLuteal: 10, e2WindowDays: 5 };

/** One ovulation. Days are run days. */
export interface Ovulation {
  readonly lhPeakDay: number;
  readonly lhPeak: number;
  /** Largest estradiol in the days before the surge (pg/mL) and its day. */
  readonly e2Peak: number;
  readonly e2PeakDay: number;
  /** Largest progesterone of the luteal phase (ng/mL) and its day. */
  readonly p4Peak: number;
  readonly p4PeakDay: number;
  /** Day progesterone falls below the luteal-end threshold (null: not within the run). */
  readonly lutealEndDay: number | null;
  /** lutealEndDay − lhPeakDay. */
  readonly lutealDays: number | null;
}

/** Metrics of a run. */
export interface CycleMetrics {
  readonly ovulations: readonly Ovulation[];
  /** LH surges not followed by luteal progesterone. */
  readonly anovulatorySurgeDays: readonly number[];
  /** Intervals between successive ovulations (LH peak to LH peak), days. */
  readonly cycleLengthsDays: readonly number[];
}

/** Index of the first sample at or after `day`. */
function indexAt(days: ArrayLike<number>, day: number): number {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (days[mid]! < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Ovulations and cycle lengths from LH (IU/L), progesterone (ng/mL) and estradiol (pg/mL) sampled at `days`. */
export function cycleMetrics(
  days: ArrayLike<number>,
  lh: ArrayLike<number>,
  p4: ArrayLike<number>,
  e2: ArrayLike<number>,
  thresholds: CycleThresholds = DEFAULT_CYCLE_THRESHOLDS,
): CycleMetrics {
  const ovulations: Ovulation[] = [];
  const anovulatory: number[] = [];
  for (const surge of findPeaks(days, lh, thresholds.surgeLh)) {
    const from = surge.index;
    let before = lh[from]!;
    for (let k = indexAt(days, surge.time - thresholds.riseWindowDays); k < from; k++) before = Math.min(before, lh[k]!);
    if (!(surge.value >= thresholds.surgeRise * before)) continue;
    const to = Math.min(days.length - 1, indexAt(days, surge.time + thresholds.maxDaysToLuteal));
    let p4Index = from;
    for (let k = from; k <= to; k++) if (p4[k]! > p4[p4Index]!) p4Index = k;
    if (!(p4[p4Index]! >= thresholds.ovulatoryP4) || p4[from]! >= thresholds.ovulatoryP4) {
      anovulatory.push(surge.time);
      continue;
    }
    // The luteal peak may come after the window's end: follow it up.
    while (p4Index + 1 < days.length && p4[p4Index + 1]! > p4[p4Index]!) p4Index++;
    let end: number | null = null;
    for (let k = p4Index; k < days.length; k++) {
      if (p4[k]! < thresholds.lutealEndP4) {
        end = days[k]!;
        break;
      }
    }
    let e2Index = from;
    for (let k = indexAt(days, surge.time - thresholds.e2WindowDays); k <= from; k++) if (e2[k]! > e2[e2Index]!) e2Index = k;
    // One luteal phase, one ovulation: of several surges before the same rise of progesterone (LH rising
    // and falling on clomiphene, then the surge), the last one is the ovulatory one.
    const previous = ovulations[ovulations.length - 1];
    if (previous && previous.p4PeakDay === days[p4Index]!) {
      ovulations.pop();
      anovulatory.push(previous.lhPeakDay);
    }
    ovulations.push({
      lhPeakDay: surge.time, lhPeak: surge.value, e2Peak: e2[e2Index]!, e2PeakDay: days[e2Index]!,
      p4Peak: p4[p4Index]!, p4PeakDay: days[p4Index]!, lutealEndDay: end, lutealDays: end === null ? null : end - surge.time,
    });
  }
  const cycleLengthsDays = ovulations.slice(1).map((o, i) => o.lhPeakDay - ovulations[i]!.lhPeakDay);
  return { ovulations, anovulatorySurgeDays: anovulatory, cycleLengthsDays };
}

/** Days from `fromDay` to the first ovulation (LH peak) after it, or null when none came within the run. */
export function daysToFirstOvulation(metrics: CycleMetrics, fromDay: number): number | null {
  const first = metrics.ovulations.find((o) => o.lhPeakDay > fromDay);
  return first === undefined ? null : first.lhPeakDay - fromDay;
}

/** The first ovulation after a run's last dose: that day, and the days to it (null when none came within the run). */
export interface AfterLastDose {
  readonly lastDoseDay: number;
  readonly daysToFirstOvulation: number | null;
}

/** The first ovulation after the scenario's last dose of any agent, or null when it gives none (or only past its end). */
export function afterLastDose(scenario: Scenario, metrics: CycleMetrics): AfterLastDose | null {
  const last = lastDoseDay(scenario);
  if (last === null || last >= scenario.days) return null;
  return { lastDoseDay: last, daysToFirstOvulation: daysToFirstOvulation(metrics, last) };
}
