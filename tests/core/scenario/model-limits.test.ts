/**
 * The model limits the app and the CLI show (src/core/scenario/model-limits.ts):
 * when each applies, and that what each says of the model is still what the
 * model does. If the model is improved (e.g. row F10 reproduced), a check here
 * fails and the limit's text must go or change.
 */
import { describe, expect, it } from 'vitest';
import { MODEL_LIMITS, modelLimitsFor } from '../../../src/core/scenario/model-limits';
import { every, femaleScenario, ghScenario, maleScenario, pillPack } from '../../../src/core/scenario/build';
import { simulate } from '../../../src/core/simulate';
import { meanOver, runFemale, runScenario } from '../../model-checks/female/harness';
import { healthyReference } from '../../../src/core/model/female-hpg/simulate-female';
import type { ConditionEntry, Regimen } from '../../../src/core/scenario/types';

const ids = (regimens: readonly Regimen[], conditions: readonly ConditionEntry[] = []): string[] =>
  modelLimitsFor(femaleScenario('limits', 60, regimens, { conditions })).map((l) => l.id);

describe('modelLimitsFor', () => {
  it('applies a limit only to its model, with all its conditions and one of its agents at a positive dose', () => {
    expect(ids([every('clomiphene', 1, 4, 9, 2)], ['pcos-like'])).toEqual(['pcos-estradiol', 'pcos-ovulation-induction']);
    expect(ids([every('letrozole', 1, 2, 7)], [{ id: 'pcos-like', fromDay: 10 }])).toEqual(['pcos-estradiol', 'pcos-ovulation-induction']);
    expect(ids([every('clomiphene', 1, 4, 9, 2)])).toEqual([]);
    // letrozole-lh speaks of a cycling woman; in the PCOS-like subject the PCOS limits do.
    expect(ids([every('letrozole', 1, 2, 7)])).toEqual(['letrozole-lh']);
    expect(ids([every('clomiphene', 1, 4, 9, 0)], ['pcos-like'])).toEqual(['pcos-estradiol']);
    // A limit without agents applies with its condition alone.
    expect(ids([], ['pcos-like'])).toEqual(['pcos-estradiol']);
    expect(ids([], ['hypothalamic-amenorrhea'])).toEqual(['amenorrhea-still-cycles']);
    expect(ids([], ['menopause'])).toEqual([]);
    expect(ids([every('progesterone-oral', 1, 0, 10), every('clomiphene', 1, 14, 19)], ['pcos-like'])).toEqual(['pcos-estradiol', 'pcos-ovulation-induction', 'pcos-progestin', 'progesterone-slows-pulses-at-once']);
    expect(ids([every('testosterone-cypionate', 7, 0)])).toEqual(['testosterone-stops-cycles-at-once']);
    expect(ids([pillPack(0)])).toEqual(['pill-inhibin-b']);
    expect(modelLimitsFor(ghScenario('GH', 14, [every('tesamorelin', 1, 0)])).map((l) => l.id)).toEqual(['tesamorelin-between-doses']);
    // The same agent in another model is another model's business.
    expect(modelLimitsFor(maleScenario('man', 60, [every('clomiphene', 1, 0)]))).toEqual([]);
    expect(modelLimitsFor(maleScenario('man', 60, [every('testosterone-cypionate', 7, 0)])).map((l) => l.id)).toEqual(['testosterone-sperm-time-course']);
  });

  it('has unique ids and one-line titles', () => {
    expect(new Set(MODEL_LIMITS.map((l) => l.id)).size).toBe(MODEL_LIMITS.length);
    for (const l of MODEL_LIMITS) expect(l.title.length, l.id).toBeLessThan(100);
  });
});

const daily = (agent: string, fromDay: number, untilDay: number, dose = 1): Record<string, unknown> => ({ agent, dose, mode: 'bolus', everyDays: 1, fromDay, untilDay });

describe('each limit is still what the model does', () => {
  it('pcos-estradiol: over a year the PCOS-like subject has estradiol near 10 pg/mL and inhibin B near zero, with LH high', () => {
    const r = runFemale({ days: 365, conditions: ['pcos-like'] });
    expect(meanOver(r, 'estradiol', 0, 365)).toBeLessThan(15);
    expect(meanOver(r, 'inhibinB', 0, 365)).toBeLessThan(5);
    expect(meanOver(r, 'lh', 0, 365)).toBeGreaterThan(15);
  });

  it('amenorrhea-still-cycles: at drive 0.5 she ovulates every ~44 days; at 0.45 not at all, estradiol 10-45 pg/mL down to 0.3', () => {
    const r = runFemale({ days: 365, conditions: ['hypothalamic-amenorrhea'] });
    const lengths = r.metrics.cycleLengthsDays;
    expect(r.metrics.ovulations.length).toBeGreaterThanOrEqual(6);
    expect(lengths.reduce((a, b) => a + b, 0) / lengths.length).toBeGreaterThan(40);
    expect(lengths.reduce((a, b) => a + b, 0) / lengths.length).toBeLessThan(50);
    for (const drive of [0.45, 0.3]) {
      const low = runFemale({ days: 365, conditions: ['hypothalamic-amenorrhea'], parameters: { amenorrheaGnrhDrive: drive } });
      expect(low.metrics.ovulations, `drive ${drive}`).toHaveLength(0);
      expect(meanOver(low, 'estradiol', 0, 365), `drive ${drive}`).toBeGreaterThan(10);
      expect(meanOver(low, 'estradiol', 0, 365), `drive ${drive}`).toBeLessThan(45);
    }
  });

  it('pcos-ovulation-induction: clomiphene 50–150 mg and letrozole 2.5–5 mg bring no ovulation in the PCOS-like subject', () => {
    for (const dose of [2, 4, 6]) expect(runScenario(60, [daily('clomiphene', 4, 9, dose)], ['pcos-like']).metrics.ovulations, `clomiphene dose ${dose}`).toHaveLength(0);
    for (const dose of [1, 2]) expect(runScenario(60, [daily('letrozole', 2, 7, dose)], ['pcos-like']).metrics.ovulations, `letrozole dose ${dose}`).toHaveLength(0);
  });

  it('pcos-progestin: after 10 days of oral progesterone the PCOS-like subject ovulates about every 21 days', () => {
    const r = runScenario(100, [daily('progesterone-oral', 0, 10)], ['pcos-like']);
    expect(r.metrics.ovulations.length).toBeGreaterThanOrEqual(4);
    for (const length of r.metrics.cycleLengthsDays) {
      expect(length).toBeGreaterThan(18);
      expect(length).toBeLessThan(24);
    }
  });

  it('progesterone-slows-pulses-at-once: 200 mg on cycle day 4 slows GnRH pulses to about a fifth over the next 10 h', () => {
    const dosed = runScenario(8, [{ agent: 'progesterone-oral', dose: 1, mode: 'bolus', everyDays: 1, fromDay: 3, untilDay: 3.5 }]);
    const untreated = runScenario(8, []);
    const ratio = meanOver(dosed, 'gnrhFrequency', 3, 3 + 10 / 24) / meanOver(untreated, 'gnrhFrequency', 3, 3 + 10 / 24);
    expect(ratio).toBeGreaterThan(0.1);
    expect(ratio).toBeLessThan(0.3);
  });

  it('letrozole-lh: on cycle days 3–7 LH on day 7 is ≥ 3x (2.5 mg) and ≥ 4x (5 mg) the untreated cycle; estradiol ~half, FSH ≤ 1.6x; ovulation ~11 days after the last tablet', () => {
    const untreated = runScenario(45, []);
    const ratio = (r: ReturnType<typeof runScenario>, id: 'lh' | 'fsh' | 'estradiol', from: number, to: number): number => meanOver(r, id, from, to) / meanOver(untreated, id, from, to);
    const low = runScenario(45, [daily('letrozole', 2, 7)]);
    const high = runScenario(45, [daily('letrozole', 2, 7, 2)]);
    // Run day d is cycle day d + 1. The women's 1.7x (Cortínez 2005) is well below both.
    expect(ratio(low, 'lh', 6, 7)).toBeGreaterThan(3);
    expect(ratio(high, 'lh', 6, 7)).toBeGreaterThan(4);
    expect(ratio(low, 'estradiol', 4, 7)).toBeGreaterThan(0.35);
    expect(ratio(low, 'estradiol', 4, 7)).toBeLessThan(0.65);
    expect(ratio(low, 'fsh', 4, 8)).toBeGreaterThan(1.15);
    expect(ratio(low, 'fsh', 4, 8)).toBeLessThan(1.6);
    expect(low.metrics.ovulations).toHaveLength(1);
    const afterLast = low.metrics.ovulations[0]!.lhPeakDay - 6;
    expect(afterLast).toBeGreaterThan(9);
    expect(afterLast).toBeLessThan(13);
  });

  it('agonist-estradiol: on monthly depots from cycle day 4, LH stays near 2 IU/L (≤ 3) over weeks 4–24 while estradiol is 35–60 pg/mL in weeks 4–8 and 60–90 in weeks 20–24', () => {
    const r = runScenario(168, [{ agent: 'gnrh-agonist', dose: 1, mode: 'bolus', everyDays: 28, fromDay: 3 }]);
    const lh = r.series.lh.filter((_, k) => r.days[k]! >= 28);
    expect(Math.max(...lh)).toBeLessThan(3);
    expect(meanOver(r, 'estradiol', 28, 56)).toBeGreaterThan(35);
    expect(meanOver(r, 'estradiol', 28, 56)).toBeLessThan(60);
    expect(meanOver(r, 'estradiol', 140, 168)).toBeGreaterThan(60);
    expect(meanOver(r, 'estradiol', 140, 168)).toBeLessThan(90);
    expect(r.metrics.ovulations).toHaveLength(0);
  });

  it('pill-inhibin-b: on the active pills of packs 2 and 3 inhibin B is at least 1.5x its cycle mean and estradiol 80–100 pg/mL', () => {
    const r = runScenario(84, [0, 28, 56].map((d) => daily('combined-oral-contraceptive', d, d + 21)));
    const cycleMean = healthyReference().outputs.inhibinB.mean;
    for (const start of [28, 56]) {
      expect(meanOver(r, 'inhibinB', start + 10, start + 20) / cycleMean, `pack from day ${start}`).toBeGreaterThan(1.5);
      const estradiol = meanOver(r, 'estradiol', start + 7, start + 21);
      expect(estradiol, `pack from day ${start}`).toBeGreaterThan(75);
      expect(estradiol, `pack from day ${start}`).toBeLessThan(105);
    }
  });

  it('estradiol-pellet-lh: after menopause a 50 mg pellet raises LH in weeks 4–6 while FSH falls; 25 mg lowers both', () => {
    const menopause = runScenario(45, [], ['menopause']);
    const pellet = (dose: number) => runScenario(45, [{ agent: 'estradiol-pellet', dose, mode: 'bolus', everyDays: 180, fromDay: 0 }], ['menopause']);
    const ratio = (r: ReturnType<typeof pellet>, id: 'lh' | 'fsh'): number => meanOver(r, id, 28, 42) / meanOver(menopause, id, 28, 42);
    const full = pellet(1);
    const half = pellet(0.5);
    expect(ratio(full, 'lh')).toBeGreaterThan(1.3);
    expect(ratio(full, 'fsh')).toBeLessThan(0.2);
    expect(ratio(half, 'lh')).toBeLessThan(0.7);
    expect(ratio(half, 'fsh')).toBeLessThan(0.2);
  });

  it('testosterone-sperm-time-course: weekly testosterone leaves sperm at ~1/3 at 7 weeks and ~1/20 at 13; after 26 weeks it is back within ~4 months', () => {
    const r = simulate(maleScenario('T', 320, [every('testosterone-cypionate', 7, 0, 182)], { everyHours: 24 }));
    const sperm = (day: number): number => r.series.sperm![Math.round(day)]!;
    expect(sperm(6.8 * 7)).toBeGreaterThan(0.25);
    expect(sperm(6.8 * 7)).toBeLessThan(0.45);
    expect(sperm(13 * 7)).toBeGreaterThan(0.03);
    expect(sperm(13 * 7)).toBeLessThan(0.08);
    expect(sperm(182 + 17 * 7)).toBeGreaterThan(0.9);
  });

  it('tesamorelin-between-doses: IGF-1 is about 1.5x after two weeks of 2 mg daily, well short of the measured +181 µg/L (Stanley 2011)', () => {
    const r = simulate(ghScenario('tesamorelin', 14, [every('tesamorelin', 1, 0)], { everyHours: 6 }));
    const igf1 = r.series.igf1!;
    expect(igf1[igf1.length - 1]).toBeGreaterThan(1.35);
    expect(igf1[igf1.length - 1]).toBeLessThan(1.65);
  });

  it('testosterone-stops-cycles-at-once: at 100 mg weekly no ovulation from the first cycle on', () => {
    const r = runScenario(120, [{ agent: 'testosterone-cypionate', dose: 1, mode: 'bolus', everyDays: 7, fromDay: 0 }]);
    expect(r.metrics.ovulations).toHaveLength(0);
  });
});
