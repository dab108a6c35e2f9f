/**
 * The reduced model against the published one: the reduction itself (fast
 * binding quasi-steady, GnRH receptor as occupancy + Dz + Rn, antral stage 4
 * quasi-steady) must reproduce GynCycle's cycle closely; the added physiology
 * (lagged ER/PR signals, estradiol suppression of FSH synthesis, androgen
 * resistance) may move it, by a documented amount.
 */
import { describe, expect, it } from 'vitest';
import { femaleReferenceCycle } from '../../../../src/core/model/female-hpg/reference-cycle';
import { closeness, readFixture } from './closeness';

const fixture = readFixture().normalCycle;

/** Overrides that switch the additions off: signals follow at once, no estradiol term on FSH, no androgen terms, no atresia. */
const PURE_REDUCTION = { atresiaRate: 0, erSignalHalfLifeHours: 0.02, prSignalHalfLifeHours: 0.02, fshEstradiolWeight: 0, androgenP4ResistanceWeight: 0, androgenFeedbackWeight: 0, fshAndrogenWeight: 0 };

describe('female-hpg reduction of GynCycle (Röblitz 2013)', () => {
  it('the fixture reproduces the published cycle: period ~28 d, stable', () => {
    expect(fixture.periodDays).toBeGreaterThan(27.5);
    expect(fixture.periodDays).toBeLessThan(28.5);
    expect(fixture.floquet.largestNonTrivialAbs).toBeLessThan(1);
  });

  it('the reduction alone keeps the period within 0.2% and every hormone within 2% nRMSE', () => {
    const ref = femaleReferenceCycle({ parameters: PURE_REDUCTION });
    if (!ref.ok) throw new Error(ref.reason);
    const c = closeness(ref, fixture);
    expect(Math.abs(c.periodRatio - 1)).toBeLessThan(0.002);
    for (const h of c.hormones) {
      expect(h.nrmse, `${h.id} nRMSE`).toBeLessThan(0.02);
      expect(Math.abs(h.peakRatio - 1), `${h.id} peak ratio ${h.peakRatio}`).toBeLessThan(0.02);
    }
  }, 20_000);

  it('with the receptor signals and added feedback the period stays within 5% and every hormone within 7% nRMSE', () => {
    const ref = femaleReferenceCycle();
    if (!ref.ok) throw new Error(ref.reason);
    const c = closeness(ref, fixture);
    expect(Math.abs(c.periodRatio - 1)).toBeLessThan(0.05);
    for (const h of c.hormones) {
      expect(h.nrmse, `${h.id} nRMSE`).toBeLessThan(0.07);
      expect(Math.abs(h.peakRatio - 1), `${h.id} peak ratio ${h.peakRatio}`).toBeLessThan(0.1);
      expect(Math.abs(h.peakShiftDays), `${h.id} peak shift`).toBeLessThan(1.5);
    }
  });
});
