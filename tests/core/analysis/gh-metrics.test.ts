/** GH-axis metrics (brief §8) from runs with known shapes. */
import { describe, expect, it } from 'vitest';
import { ghMetrics, ghMetricsTable } from '../../../src/core/analysis/gh-metrics';
import { lastDoseDay } from '../../../src/core/analysis/last-dose-day';
import { simulate } from '../../../src/core/simulate';
import { assertValidScenario } from '../../../src/core/scenario/validate';
import { MODELS } from '../../../src/core/model/registry';
import type { Regimen } from '../../../src/core/scenario/types';

const scenario = (regimens: Regimen[], conditions: string[] = [], days = 84) => assertValidScenario(
  { format: 'gonadostat-scenario/1', name: 'm', model: 'gh-igf1', days, subject: { conditions }, regimens, output: { everyHours: 3 } },
  (id) => MODELS[id],
);

describe('GH-axis metrics', () => {
  it('report IGF-1 and GH against the healthy man and the subject, and the days until IGF-1 is back', () => {
    const s = scenario([{ agent: 'ibutamoren', dose: 1, mode: 'bolus', everyDays: 1, fromDay: 0, untilDay: 56 }], ['aging']);
    const r = simulate(s);
    const m = ghMetrics(s, r.days, r.series, r.subjectBaseline)!;
    expect(m.lastDoseDay).toBe(55);
    expect(m.igf1.healthy).toBeCloseTo(r.subjectBaseline.igf1!, 1);
    expect(m.igf1.preTreatment).toBeCloseTo(1, 1);
    expect(m.igf1RecoveryDays).toBeGreaterThan(0);
    expect(m.igf1RecoveryDays).toBeLessThan(28);
    expect(ghMetricsTable(m)).toMatch(/back within 10% of pre-treatment/);
  });

  it('show desensitization and a raised IGF-1 while a ghrelin mimetic is still given', () => {
    const s = scenario([{ agent: 'ibutamoren', dose: 1, mode: 'bolus', everyDays: 1, fromDay: 0 }], ['aging'], 28);
    const r = simulate(s);
    const m = ghMetrics(s, r.days, r.series, r.subjectBaseline)!;
    expect(m.ghsr).toBeLessThan(0.8);
    expect(m.igf1.preTreatment).toBeGreaterThan(1.2);
    expect(m.igf1RecoveryDays).toBeNull();
    expect(m.gh24hMean.healthy).toBeGreaterThanOrEqual(m.ghTrough.healthy);
  });

  it('count GH pulses with explicit pulses on and a fine output grid, and say why not otherwise', () => {
    const pulsed = (everyHours: number) => assertValidScenario(
      { format: 'gonadostat-scenario/1', name: 'p', model: 'gh-igf1', days: 2, subject: { conditions: [] }, regimens: [], output: { everyHours }, options: { ghPulses: true } },
      (id) => MODELS[id],
    );
    const s = pulsed(0.05);
    const r = simulate(s);
    const m = ghMetrics(s, r.days, r.series, r.subjectBaseline)!;
    expect(m.pulses).toMatchObject({ kind: 'counted', perDay: 8 });
    if (m.pulses.kind !== 'counted') throw new Error('not counted');
    expect(m.pulses.meanPeak).toBeGreaterThan(2);
    expect(m.pulses.meanAmplitude).toBeLessThanOrEqual(m.pulses.meanPeak);
    expect(m.ghTrough.healthy).toBeLessThan(0.1);
    expect(ghMetricsTable(m)).toMatch(/GH pulses from the pituitary in the last 24 h: 8, peaking on average at \d\.\d\d×/);

    const coarse = pulsed(1);
    const rc = simulate(coarse);
    expect(ghMetrics(coarse, rc.days, rc.series, rc.subjectBaseline)!.pulses).toEqual({ kind: 'coarse', everyHours: 1 });
    const averaged = scenario([], [], 2);
    const ra = simulate(averaged);
    const ma = ghMetrics(averaged, ra.days, ra.series, ra.subjectBaseline)!;
    expect(ma.pulses).toEqual({ kind: 'averaged' });
    expect(ghMetricsTable(ma)).toMatch(/turn on options\.ghPulses/);
  });

  it('are absent for a model without the GH outputs, and the last dose is null without agents', () => {
    const s = assertValidScenario({ format: 'gonadostat-scenario/1', name: 'm', model: 'smith-1980', days: 5, subject: { conditions: [] }, regimens: [], output: { everyHours: 6 } }, (id) => MODELS[id]);
    const r = simulate(s);
    expect(ghMetrics(s, r.days, r.series, r.subjectBaseline)).toBeNull();
    expect(lastDoseDay(s)).toBeNull();
  });
});
