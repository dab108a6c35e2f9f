/**
 * The healthy female model holds its cycle: found numerically, ovulatory every
 * time, 26–32 days long, the same length in the second year as in the first,
 * a stable limit cycle by its Floquet multipliers, and at a bounded solver cost.
 */
import { describe, expect, it } from 'vitest';
import { femaleCycleStability, femaleReferenceCycle } from '../../../../src/core/model/female-hpg/reference-cycle';
import { simulateFemale } from '../../../../src/core/model/female-hpg/simulate-female';

describe('female-hpg rhythm', () => {
  const twoYears = simulateFemale({ days: 730 });
  const lengths = twoYears.metrics.cycleLengthsDays;

  it('ovulates every cycle for two years, 26–32 days apart', () => {
    expect(twoYears.metrics.anovulatorySurgeDays).toHaveLength(0);
    expect(twoYears.metrics.ovulations.length).toBeGreaterThanOrEqual(24);
    for (const L of lengths) {
      expect(L).toBeGreaterThan(26);
      expect(L).toBeLessThan(32);
    }
  });

  it('does not drift: second-year cycles match the first-year ones and the reference period', () => {
    const ref = femaleReferenceCycle();
    if (!ref.ok) throw new Error(ref.reason);
    const spread = Math.max(...lengths) - Math.min(...lengths);
    expect(spread).toBeLessThan(0.05);
    const firstYear = lengths.slice(0, 6).reduce((a, b) => a + b, 0) / 6;
    const secondYear = lengths.slice(-6).reduce((a, b) => a + b, 0) / 6;
    expect(Math.abs(secondYear - firstYear)).toBeLessThan(0.02);
    expect(Math.abs(secondYear - ref.periodDays)).toBeLessThan(0.02);
    // The run starts on cycle day 1 of the reference: the first LH peak comes on its follicular length.
    expect(twoYears.metrics.ovulations[0]!.lhPeakDay).toBeCloseTo(ref.follicularDays, 1);
  });

  it('is a stable limit cycle (every non-trivial Floquet multiplier inside the unit circle)', () => {
    const ref = femaleReferenceCycle();
    if (!ref.ok) throw new Error(ref.reason);
    expect(ref.search.closure).toBeLessThan(1e-3);
    const f = femaleCycleStability(ref);
    if (!f.ok) throw new Error(f.reason);
    expect(Math.abs(f.trivial.re - 1)).toBeLessThan(0.01);
    expect(f.verdict).toBe('stable');
    // 0.61: a disturbance of the cycle shrinks to about 60% each period (selection among the follicle
    // classes forgets it more slowly than GynCycle's lumped cohort, whose largest multiplier was below 0.6).
    expect(f.multipliers[0]!.abs).toBeLessThan(0.7);
  }, 20_000);

  it('integrates a simulated year in a bounded number of steps (solver work guard)', () => {
    const year = simulateFemale({ days: 365, everyHours: 6 });
    // DOPRI5 at rtol 1e-4: about 1,650 steps a year with the follicle classes (~2,000 with GynCycle's antral
    // stages, stage 4 quasi-steady; ~11,700 with it as a state).
    expect(year.stats.steps).toBeLessThan(2400);
    expect(year.stats.rhsEvals).toBeLessThan(15_000);
  });
});
