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
    expect(ids([every('letrozole', 1, 2, 7)], ['pcos-like'])).toEqual(['pcos-letrozole']);
    expect(ids([every('letrozole', 1, 2, 7)], [{ id: 'pcos-like', fromDay: 10 }])).toEqual(['pcos-letrozole']);
    // Letrozole in a cycling woman is within the model's reach.
    expect(ids([every('letrozole', 1, 2, 7)])).toEqual([]);
    expect(ids([every('clomiphene', 1, 4, 9, 2)], ['pcos-like'])).toEqual(['pcos-clomiphene-lh']);
    expect(ids([every('letrozole', 1, 2, 7, 0)], ['pcos-like'])).toEqual([]);
    // A limit without agents applies with its condition alone.
    expect(ids([], ['pcos-like'])).toEqual([]);
    expect(ids([], ['hypothalamic-amenorrhea'])).toEqual(['amenorrhea-still-cycles']);
    expect(ids([], ['menopause'])).toEqual([]);
    expect(ids([every('progesterone-oral', 1, 0, 10), every('letrozole', 1, 14, 19)], ['pcos-like'])).toEqual(['pcos-letrozole', 'progesterone-slows-pulses-at-once']);
    expect(ids([every('testosterone-cypionate', 7, 0)])).toEqual(['testosterone-stops-cycles-at-once']);
    expect(ids([pillPack(0)])).toEqual(['pill-fsh']);
    expect(ids([every('gnrh-agonist', 28, 3)])).toEqual(['agonist-estradiol']);
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
  it('amenorrhea-still-cycles: at drive 0.5 she ovulates every 85–92 days; at 0.4 and 0.3 not at all, estradiol 30–45 pg/mL', () => {
    const r = runFemale({ days: 365, conditions: ['hypothalamic-amenorrhea'] });
    const lengths = r.metrics.cycleLengthsDays;
    expect(r.metrics.ovulations.length).toBeGreaterThanOrEqual(3);
    for (const length of lengths) {
      expect(length).toBeGreaterThan(75);
      expect(length).toBeLessThan(100);
    }
    for (const drive of [0.4, 0.3]) {
      const low = runFemale({ days: 365, conditions: ['hypothalamic-amenorrhea'], parameters: { amenorrheaGnrhDrive: drive } });
      expect(low.metrics.ovulations, `drive ${drive}`).toHaveLength(0);
      expect(meanOver(low, 'estradiol', 0, 365), `drive ${drive}`).toBeGreaterThan(25);
      expect(meanOver(low, 'estradiol', 0, 365), `drive ${drive}`).toBeLessThan(50);
    }
  });

  it('pcos-letrozole: letrozole 2.5–5 mg lowers her estradiol by 40–50% but raises FSH by ≤ 20%, and brings no ovulation; clomiphene 50 mg does', () => {
    for (const dose of [1, 2]) {
      const r = runScenario(90, [daily('letrozole', 40, 45, dose)], ['pcos-like']);
      expect(r.metrics.ovulations, `letrozole dose ${dose}`).toHaveLength(0);
      const ratio = (id: 'fsh' | 'estradiol'): number => meanOver(r, id, 41, 45) / meanOver(r, id, 35, 40);
      expect(ratio('estradiol'), `letrozole dose ${dose}`).toBeGreaterThan(0.45);
      expect(ratio('estradiol'), `letrozole dose ${dose}`).toBeLessThan(0.65);
      expect(ratio('fsh'), `letrozole dose ${dose}`).toBeLessThan(1.2);
    }
    expect(runScenario(90, [daily('clomiphene', 40, 45, 2)], ['pcos-like']).metrics.ovulations).toHaveLength(1);
  });

  it('pcos-clomiphene-lh: while clomiphene is taken her LH is ~2.3x at 50 mg and ~5.6x at 150 mg, FSH ~1.4x at 150 mg', () => {
    const ratio = (dose: number, id: 'lh' | 'fsh'): number => {
      const r = runScenario(60, [daily('clomiphene', 40, 45, dose)], ['pcos-like']);
      return meanOver(r, id, 41, 45) / meanOver(r, id, 35, 40);
    };
    expect(ratio(2, 'lh')).toBeGreaterThan(2);
    expect(ratio(2, 'lh')).toBeLessThan(2.6);
    expect(ratio(6, 'lh')).toBeGreaterThan(5);
    expect(ratio(6, 'lh')).toBeLessThan(6.2);
    expect(ratio(6, 'fsh')).toBeGreaterThan(1.3);
    expect(ratio(6, 'fsh')).toBeLessThan(1.55);
  });

  it('progesterone-slows-pulses-at-once: 200 mg on cycle day 4 slows GnRH pulses to about a fifth over the next 10 h', () => {
    const dosed = runScenario(8, [{ agent: 'progesterone-oral', dose: 1, mode: 'bolus', everyDays: 1, fromDay: 3, untilDay: 3.5 }]);
    const untreated = runScenario(8, []);
    const ratio = meanOver(dosed, 'gnrhFrequency', 3, 3 + 10 / 24) / meanOver(untreated, 'gnrhFrequency', 3, 3 + 10 / 24);
    expect(ratio).toBeGreaterThan(0.1);
    expect(ratio).toBeLessThan(0.3);
  });

  it('agonist-estradiol: on monthly depots from cycle day 4, LH stays near 2 IU/L (≤ 3) over weeks 4–24 while FSH is near 4 IU/L and estradiol 28–38 pg/mL in weeks 4–8 and 35–45 in weeks 20–24', () => {
    const r = runScenario(168, [{ agent: 'gnrh-agonist', dose: 1, mode: 'bolus', everyDays: 28, fromDay: 3 }]);
    const lh = r.series.lh.filter((_, k) => r.days[k]! >= 28);
    expect(Math.max(...lh)).toBeLessThan(3);
    expect(meanOver(r, 'fsh', 28, 168)).toBeGreaterThan(3);
    expect(meanOver(r, 'fsh', 28, 168)).toBeLessThan(5);
    expect(meanOver(r, 'estradiol', 28, 56)).toBeGreaterThan(28);
    expect(meanOver(r, 'estradiol', 28, 56)).toBeLessThan(38);
    expect(meanOver(r, 'estradiol', 140, 168)).toBeGreaterThan(35);
    expect(meanOver(r, 'estradiol', 140, 168)).toBeLessThan(45);
    expect(r.metrics.ovulations).toHaveLength(0);
  });

  it('pill-fsh: from the second pack FSH is 7–9 IU/L on the active pills and ~12 at the end of each break, while inhibin B and estradiol stay low', () => {
    const r = runScenario(84, [0, 28, 56].map((d) => daily('combined-oral-contraceptive', d, d + 21)));
    const cycleMean = healthyReference().outputs.inhibinB.mean;
    for (const start of [28, 56]) {
      const active = meanOver(r, 'fsh', start + 7, start + 21);
      expect(active, `pack from day ${start}`).toBeGreaterThan(6.5);
      expect(active, `pack from day ${start}`).toBeLessThan(9.5);
      expect(meanOver(r, 'inhibinB', start + 10, start + 20) / cycleMean, `pack from day ${start}`).toBeLessThan(0.5);
      expect(meanOver(r, 'estradiol', start + 7, start + 21), `pack from day ${start}`).toBeLessThan(30);
    }
    for (const end of [56, 84]) {
      expect(meanOver(r, 'fsh', end - 2, end), `break ending on day ${end}`).toBeGreaterThan(10);
      expect(meanOver(r, 'fsh', end - 2, end), `break ending on day ${end}`).toBeLessThan(14);
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
