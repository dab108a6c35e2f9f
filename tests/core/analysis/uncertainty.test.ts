/** Seeded uncertainty bands (src/core/analysis/uncertainty.ts). */
import { describe, expect, it } from 'vitest';
import { combineUncertainty, planUncertainty, quantileSorted, samplingInterval } from '../../../src/core/analysis/uncertainty';
import { chunkJobs, runJob, runJobs } from '../../../src/core/analysis/sweep';
import { getModel } from '../../../src/core/model/registry';
import type { Scenario } from '../../../src/core/scenario/types';

/** Weekly testosterone for 4 weeks, then 8 weeks of recovery, daily outputs. */
const scenario: Scenario = {
  format: 'gonadostat-scenario/1', name: 'short TRT stop', model: 'male-hpg', days: 84,
  subject: { conditions: [] },
  regimens: [{ agent: 'testosterone-cypionate', dose: 1, mode: 'bolus', everyDays: 7, fromDay: 0, untilDay: 28 }],
  parameters: {}, output: { everyHours: 24 },
};
const bands = (seed: number, samples = 12) => {
  const plan = planUncertainty(scenario, { samples, seed });
  return { plan, report: combineUncertainty(plan, runJobs(plan.jobs)) };
};

describe('uncertainty bands', () => {
  const first = bands(1);

  it('are reproducible: the same seed gives identical bands; another seed, different ones', () => {
    expect(bands(1).report).toEqual(first.report);
    expect(bands(2).report.bands['testosterone']!.p50).not.toEqual(first.report.bands['testosterone']!.p50);
  });

  it('are ordered p5 ≤ p50 ≤ p95 at every time for every output', () => {
    expect(first.report.succeeded).toBe(12);
    for (const id of first.report.outputIds) {
      const b = first.report.bands[id]!;
      expect(b.p5.length).toBe(first.report.days.length);
      for (let k = 0; k < b.p5.length; k++) {
        expect(b.p5[k]!).toBeLessThanOrEqual(b.p50[k]!);
        expect(b.p50[k]!).toBeLessThanOrEqual(b.p95[k]!);
      }
    }
    // The spread is real: parameters differ between samples, so testosterone on day 40 does too.
    const t = first.report.bands['testosterone']!;
    expect(t.p95[40]! - t.p5[40]!).toBeGreaterThan(0.01);
  });

  it('draws every parameter inside its sampling interval, itself inside the plausible range', () => {
    const record = getModel('male-hpg').parameters;
    for (const sample of first.plan.samples) {
      for (const [id, value] of Object.entries(sample)) {
        const p = record.find((q) => q.id === id)!;
        const { lo, hi } = samplingInterval(p, p.value, 0.2);
        expect(value).toBeGreaterThanOrEqual(lo);
        expect(value).toBeLessThanOrEqual(hi);
        expect(lo).toBeGreaterThanOrEqual(p.min);
        expect(hi).toBeLessThanOrEqual(p.max);
      }
    }
  });

  it('chunked and shuffled runs give the same bands as one run of every job', () => {
    const shuffled = chunkJobs(first.plan.jobs, 5).reverse().flatMap((chunk) => chunk.map(runJob));
    expect(combineUncertainty(first.plan, shuffled)).toEqual(first.report);
  });

  it('rejects bad sample counts and seeds', () => {
    expect(() => planUncertainty(scenario, { samples: 0, seed: 1 })).toThrow(/samples/);
    expect(() => planUncertainty(scenario, { samples: 10, seed: 1.5 })).toThrow(/seed/);
  });
});

describe('sampling interval and quantiles', () => {
  it('log scale for positive parameters, a fraction of the way to each bound', () => {
    const p = { id: 'x', value: 10, unit: 'h', meaning: '', min: 1, max: 1000, source: '' };
    const i = samplingInterval(p, 10, 0.5);
    expect(i.log).toBe(true);
    expect(i.lo).toBeCloseTo(Math.sqrt(10), 12);
    expect(i.hi).toBeCloseTo(100, 10);
    const linear = samplingInterval({ ...p, min: 0, max: 1, value: 0.5 }, 0.5, 0.2);
    expect(linear).toEqual({ lo: expect.closeTo(0.4, 12), hi: expect.closeTo(0.6, 12), log: false });
  });

  it('quantiles interpolate between order statistics (type 7)', () => {
    const sorted = Float64Array.from([1, 2, 3, 4, 5]);
    expect(quantileSorted(sorted, 0.5)).toBe(3);
    expect(quantileSorted(sorted, 0.05)).toBeCloseTo(1.2, 12);
    expect(quantileSorted(sorted, 0.95)).toBeCloseTo(4.8, 12);
  });
});
