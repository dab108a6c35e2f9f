import { describe, expect, it } from 'vitest';
import { cycleMetrics, daysToFirstOvulation } from '../../../src/core/analysis/cycle-metrics';

/** A synthetic run: LH surges on given days, luteal progesterone after the ovulatory ones. */
function synthetic(surges: readonly { day: number; ovulatory: boolean }[], days = 120) {
  const t = Array.from({ length: days * 12 + 1 }, (_, k) => k / 12);
  const bump = (x: number, centre: number, width: number) => Math.exp(-(((x - centre) / width) ** 2));
  const lh = t.map((d) => 5 + surges.reduce((s, g) => s + 80 * bump(d, g.day, 0.7), 0));
  const p4 = t.map((d) => 0.3 + surges.reduce((s, g) => s + (g.ovulatory ? 15 * bump(d, g.day + 7, 3.5) : 0), 0));
  const e2 = t.map((d) => 40 + surges.reduce((s, g) => s + 300 * bump(d, g.day - 0.6, 1.5), 0));
  return { t, lh, p4, e2 };
}

describe('cycleMetrics', () => {
  const run = synthetic([{ day: 14, ovulatory: true }, { day: 42, ovulatory: true }, { day: 70, ovulatory: false }, { day: 99, ovulatory: true }]);
  const m = cycleMetrics(run.t, run.lh, run.p4, run.e2);

  it('counts ovulatory surges and sets the anovulatory one apart', () => {
    expect(m.ovulations.map((o) => Math.round(o.lhPeakDay))).toEqual([14, 42, 99]);
    expect(m.anovulatorySurgeDays.map(Math.round)).toEqual([70]);
  });

  it('measures cycle lengths between ovulations, luteal phases and hormone peaks', () => {
    expect(m.cycleLengthsDays[0]).toBeCloseTo(28, 1);
    expect(m.cycleLengthsDays[1]).toBeCloseTo(57, 1);
    const first = m.ovulations[0]!;
    expect(first.p4PeakDay).toBeCloseTo(21, 0);
    expect(first.p4Peak).toBeGreaterThan(15);
    expect(first.e2PeakDay).toBeCloseTo(13.4, 0);
    // P4 = 0.3 + 15·exp(−((d − 21)/3.5)²) falls below 3 ng/mL at d = 21 + 3.5·sqrt(ln(15/2.7)).
    expect(first.lutealDays!).toBeCloseTo(7 + 3.5 * Math.sqrt(Math.log(15 / 2.7)), 1);
  });

  it('does not count a surge in the luteal phase (a GnRH agonist’s flare) as an ovulation', () => {
    // An ovulation on day 14, then a flare on day 19 while its luteal progesterone is up (~12 ng/mL).
    const flare = synthetic([{ day: 14, ovulatory: true }, { day: 19, ovulatory: false }], 40);
    const metrics = cycleMetrics(flare.t, flare.lh, flare.p4, flare.e2);
    expect(metrics.ovulations.map((o) => Math.round(o.lhPeakDay))).toEqual([14]);
    expect(metrics.anovulatorySurgeDays.map(Math.round)).toEqual([19]);
  });

  it('does not count a ripple on a high, steady LH as a surge, even with progesterone after it', () => {
    // LH steady at 24 IU/L (above surgeLh) with 0.5 IU/L ripples every 2 days; a progestin course from day 30.
    const t = Array.from({ length: 60 * 12 + 1 }, (_, k) => k / 12);
    const lh = t.map((d) => 24 + 0.5 * Math.sin((Math.PI * d) / 1));
    const p4 = t.map((d) => (d >= 30 && d < 40 ? 25 : 0.3));
    const e2 = t.map(() => 20);
    const metrics = cycleMetrics(t, lh, p4, e2);
    expect(metrics.ovulations).toEqual([]);
    expect(metrics.anovulatorySurgeDays).toEqual([]);
    // The same LH rising from 6 IU/L to that level within the window is a surge.
    const rising = t.map((d) => (d < 27 ? 6 : 24 + 0.5 * Math.sin((Math.PI * d) / 1)));
    expect(cycleMetrics(t, rising, p4, e2).ovulations.length).toBeGreaterThan(0);
  });

  it('counts surges before the same luteal phase once, as the last of them (LH rising and falling on clomiphene)', () => {
    // Two LH peaks on days 10 and 12 while no follicle is ready, then the ovulatory surge on day 15.
    const induced = synthetic([{ day: 10, ovulatory: false }, { day: 12, ovulatory: false }, { day: 15, ovulatory: true }], 40);
    const metrics = cycleMetrics(induced.t, induced.lh, induced.p4, induced.e2);
    expect(metrics.ovulations.map((o) => Math.round(o.lhPeakDay))).toEqual([15]);
    expect(metrics.anovulatorySurgeDays.map(Math.round)).toEqual([10, 12]);
  });

  it('gives the days to the first ovulation after a day, or null', () => {
    expect(daysToFirstOvulation(m, 50)).toBeCloseTo(49, 1);
    expect(daysToFirstOvulation(m, 100)).toBeNull();
  });
});
