/**
 * The CI-sized scenario fuzz (issue 13): 1,000 seeded random valid scenarios
 * must validate and run to completion, 2,000 seeded invalid ones must be
 * refused (never accepted, never thrown) with bounded messages, and
 * validation must stay fast. The engine is ./fuzz/run-fuzz.ts; the larger
 * nightly run is `npm run fuzz` (docs/robustness.md). The summary is printed
 * and written to reports/fuzz-ci.json.
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { MUTATIONS } from './fuzz/invalid-scenarios';
import { runFuzz, summarizeFuzz, type FuzzReport } from './fuzz/run-fuzz';

const SEED = 20261201;

describe('scenario fuzz, CI size', () => {
  let report: FuzzReport;

  it('runs 1,000 valid and checks 2,000 invalid scenarios', () => {
    report = runFuzz({ valid: 1000, invalid: 2000, seed: SEED });
    console.log(summarizeFuzz(report));
    mkdirSync('reports', { recursive: true });
    writeFileSync('reports/fuzz-ci.json', JSON.stringify(report, null, 2));
    expect(report.valid.ran).toBe(1000);
    expect(report.invalid.checked).toBe(2000);
  }, 180_000);

  it('has no valid scenario that fails, and every edge scenario runs', () => {
    expect(report.valid.failures).toEqual([]);
    expect(report.valid.edges.map((e) => e.outcome).filter((o) => !o.startsWith('ran'))).toEqual([]);
  });

  it('accepts no invalid scenario and throws on none, with every kind of mutation tried', () => {
    expect(report.invalid.wronglyAccepted).toEqual([]);
    expect(report.invalid.unhandled).toEqual([]);
    expect(Object.keys(report.invalid.byMutation).sort()).toEqual(Object.keys(MUTATIONS).sort());
  });

  it('keeps messages within 2,000 characters and 20 problems, and validation p99 within 50 ms', () => {
    expect(report.invalid.overlongMessages).toEqual([]);
    expect(report.longestMessage).toBeLessThanOrEqual(2000);
    // Typically ~1.5 ms; the bound is the issue's, with room for a loaded machine.
    expect(report.validationMs.p99).toBeLessThanOrEqual(50);
  });
});
