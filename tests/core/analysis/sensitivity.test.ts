/** One-at-a-time sensitivity (src/core/analysis/sensitivity.ts) and the job machinery (sweep.ts). */
import { describe, expect, it } from 'vitest';
import { combineSensitivity, planSensitivity } from '../../../src/core/analysis/sensitivity';
import { chunkJobs, runJob, runJobs, sweepableParameters, SweepOptionError, type JobResult } from '../../../src/core/analysis/sweep';
import type { Scenario } from '../../../src/core/scenario/types';

/** Weekly testosterone for 8 weeks, then 22 weeks of recovery: short enough for unit tests. */
const trtStop: Scenario = {
  format: 'gonadostat-scenario/1', name: 'short TRT stop', model: 'male-hpg', days: 210,
  subject: { conditions: [] },
  regimens: [{ agent: 'testosterone-cypionate', dose: 1, mode: 'bolus', everyDays: 7, fromDay: 0, untilDay: 56 }],
  parameters: {}, output: { everyHours: 12 },
};

describe('planSensitivity', () => {
  it('plans a base run and a low and a high run per parameter, clipped to the range', () => {
    const plan = planSensitivity(trtStop, { metric: 'testosterone.to90Days', parameters: ['peripheralAromatizationShare', 'leydigSteroidogenesis'], fraction: 0.25 });
    expect(plan.jobs).toHaveLength(5);
    const [aromatization, knob] = plan.parameters;
    // 0.8 × 1.25 = 1.0 is above the range's 0.95: clipped.
    expect(aromatization).toMatchObject({ base: 0.8, low: expect.closeTo(0.6, 12), high: 0.95, clippedLow: false, clippedHigh: true });
    expect(knob).toMatchObject({ base: 1, low: 0.75, high: 1.25, clippedLow: false, clippedHigh: false });
    expect(plan.jobs[aromatization!.highJob]!.scenario.parameters).toEqual({ peripheralAromatizationShare: 0.95 });
  });

  it('by default varies every parameter except those of agents the scenario does not give', () => {
    const ids = sweepableParameters(trtStop).map((p) => p.id);
    expect(ids).toContain('cypionateDoseWeeks');
    expect(ids).toContain('leydigCapacityHalfLifeDays');
    expect(ids).not.toContain('anastrozoleHalfLifeHours');
    expect(ids.some((id) => id.startsWith('gonadorelin'))).toBe(false);
  });

  it('rejects an unknown metric, parameter or fraction, naming it', () => {
    expect(() => planSensitivity(trtStop, { metric: 'testosterone.soon' })).toThrow(SweepOptionError);
    expect(() => planSensitivity(trtStop, { metric: 'lh.mean', parameters: ['nope'] })).toThrow(/unknown parameter 'nope'/);
    expect(() => planSensitivity(trtStop, { metric: 'lh.mean', fraction: 1.5 })).toThrow(/fraction/);
  });
});

describe('sensitivity of known direction', () => {
  const plan = planSensitivity(trtStop, {
    metric: 'testosterone.to90Days',
    parameters: ['cypionateAbsorptionHalfLifeDays', 'epididymalTransitDays', 'cypionateDoseWeeks'],
  });
  const results = runJobs(plan.jobs);
  const report = combineSensitivity(plan, results);
  const row = (id: string) => report.rows.find((r) => r.parameter === id)!;

  it('a depot that is absorbed more slowly delays testosterone recovery (the last dose lingers)', () => {
    const r = row('cypionateAbsorptionHalfLifeDays');
    expect(r.metricHigh!).toBeGreaterThan(r.metricLow!);
    expect(r.censoredLow || r.censoredHigh).toBe(false);
    expect(r.swing).toBeCloseTo(r.metricHigh! - r.metricLow!, 12);
  });

  it('epididymal transit does not touch testosterone recovery, and rows are sorted by swing', () => {
    expect(row('epididymalTransitDays').swing).toBeLessThan(1e-6);
    const swings = report.rows.map((r) => r.swing!);
    expect([...swings].sort((a, b) => b - a)).toEqual(swings);
    expect(report.baseValue).toBeGreaterThan(0);
    expect(report.failedRuns).toBe(0);
  });

  it('chunked, shuffled results combine to the same report', () => {
    const chunks = chunkJobs(plan.jobs, 2);
    expect(chunks.map((c) => c.length)).toEqual([2, 2, 2, 1]);
    const shuffled: JobResult[] = chunks.reverse().flatMap((chunk) => chunk.map(runJob));
    expect(combineSensitivity(plan, shuffled)).toEqual(report);
  });
});

describe('failed runs', () => {
  it('are reported per job, not thrown', () => {
    const plan = planSensitivity(trtStop, { metric: 'testosterone.final', parameters: ['gnrhReceptorLoad'] });
    const broken = { ...plan.jobs[1]!, scenario: { ...plan.jobs[1]!.scenario, parameters: { gnrhReceptorLoad: Number.NaN } } };
    const failed = runJob(broken);
    expect(failed.ok).toBe(false);
    const report = combineSensitivity(plan, [runJob(plan.jobs[0]!), failed, runJob(plan.jobs[2]!)]);
    expect(report.failedRuns).toBe(1);
    expect(report.rows[0]).toMatchObject({ parameter: 'gnrhReceptorLoad', metricLow: null, swing: null, failure: expect.any(String) });
  });
});
