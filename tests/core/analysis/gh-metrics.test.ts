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

  it('are absent for a model without the GH outputs, and the last dose is null without agents', () => {
    const s = assertValidScenario({ format: 'gonadostat-scenario/1', name: 'm', model: 'smith-1980', days: 5, subject: { conditions: [] }, regimens: [], output: { everyHours: 6 } }, (id) => MODELS[id]);
    const r = simulate(s);
    expect(ghMetrics(s, r.days, r.series, r.subjectBaseline)).toBeNull();
    expect(lastDoseDay(s)).toBeNull();
  });
});
