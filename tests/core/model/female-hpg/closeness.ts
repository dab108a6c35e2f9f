/**
 * How close the reduced model's reference cycle stays to the full GynCycle
 * model (tests/fixtures/gyncycle-reference.json, written by
 * scripts/gyncycle-reference.py from the published SBML).
 *
 * Metric. Both cycles are aligned at the LH peak and compared on normalized
 * phase θ ∈ [0, 1) (θ = days after the LH peak / period), so a difference in
 * period is reported once, as such, instead of smearing every later
 * comparison. For each hormone: the root-mean-square difference over the
 * fixture's samples divided by the full model's range over the cycle
 * (nRMSE), the ratio of the peaks, and the shift of the peak in days.
 */
import { readFileSync } from 'node:fs';
import { referenceAt } from '../../../../src/core/analysis/cycle-baseline';
import type { FemaleReferenceCycle } from '../../../../src/core/model/female-hpg/reference-cycle';
import type { FemaleOutputId } from '../../../../src/core/model/female-hpg/outputs';

/** The fixture's normal cycle (see its provenance block). */
export interface FixtureCycle {
  readonly periodDays: number;
  readonly phaseDays: readonly number[];
  readonly series: Readonly<Record<string, readonly number[]>>;
  readonly floquet: { readonly largestNonTrivialAbs: number };
}

/** Reads the committed reference fixture. */
export function readFixture(): { normalCycle: FixtureCycle; provenance: Record<string, string> } {
  return JSON.parse(readFileSync(new URL('../../../fixtures/gyncycle-reference.json', import.meta.url), 'utf8'));
}

/** Fixture series name → output id. */
export const COMPARED: readonly (readonly [string, FemaleOutputId])[] = [
  ['lh', 'lh'], ['fsh', 'fsh'], ['e2', 'estradiol'], ['p4', 'progesterone'], ['inhA', 'inhibinA'], ['inhB', 'inhibinB'],
];

/** Closeness of one hormone. */
export interface HormoneCloseness {
  readonly id: FemaleOutputId;
  readonly nrmse: number;
  readonly peakRatio: number;
  readonly peakShiftDays: number;
}

/** Period difference and per-hormone closeness of a reduced reference cycle to the fixture. */
export function closeness(reduced: FemaleReferenceCycle, fixture: FixtureCycle): { periodRatio: number; hormones: HormoneCloseness[] } {
  const hormones = COMPARED.map(([key, id]) => {
    const full = fixture.series[key]!;
    const ref = reduced.outputs[id];
    let se = 0;
    let fullMax = -Infinity;
    let fullMin = Infinity;
    let fullArg = 0;
    let redMax = -Infinity;
    let redArg = 0;
    full.forEach((f, i) => {
      const theta = fixture.phaseDays[i]! / fixture.periodDays;
      const r = referenceAt(ref, reduced.follicularDays + theta * reduced.periodDays);
      se += (r - f) ** 2;
      if (f > fullMax) [fullMax, fullArg] = [f, theta];
      if (r > redMax) [redMax, redArg] = [r, theta];
      fullMin = Math.min(fullMin, f);
    });
    let shift = (redArg - fullArg) * fixture.periodDays;
    if (shift > fixture.periodDays / 2) shift -= fixture.periodDays;
    if (shift < -fixture.periodDays / 2) shift += fixture.periodDays;
    return { id, nrmse: Math.sqrt(se / full.length) / (fullMax - fullMin), peakRatio: redMax / fullMax, peakShiftDays: shift };
  });
  return { periodRatio: reduced.periodDays / fixture.periodDays, hormones };
}
