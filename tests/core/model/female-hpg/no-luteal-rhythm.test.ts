/**
 * A rhythm without a luteal phase (LH peaks periodically, progesterone never
 * rises above the day-one threshold, as in an anovulatory rhythm) has no cycle
 * day 1. The reference-cycle search must say so, not place day 1 at a time
 * extrapolated from below the threshold (it once did, at a negative time, and
 * the run then failed with a solver error instead of a reason).
 */
import { describe, expect, it } from 'vitest';
import { referenceCycle } from '../../../../src/core/model/compiled-cycle';
import { constantsFor } from '../../../../src/core/model/compiled-constants';
import { FEMALE_COMPILED } from '../../../../src/core/model/female-hpg/problem';
import type { CompiledModel } from '../../../../src/core/model/compiled-model';

describe('reference cycle: a rhythm whose day-one output never crosses its threshold', () => {
  it('is reported as having no luteal phase, with the state where the search stopped', () => {
    const cycle = FEMALE_COMPILED.source.cycle!;
    // The healthy cycle's progesterone peaks near 16 ng/mL: it never rises above 1000.
    const model: CompiledModel = { ...FEMALE_COMPILED, source: { ...FEMALE_COMPILED.source, cycle: { ...cycle, dayOne: { ...cycle.dayOne, fallsBelow: 1000 } } } };
    const u = new Float64Array(model.layout.inputs.length);
    model.healthyFactors(u);
    const result = referenceCycle(model, constantsFor(model, {}), u, { warm: false });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).toMatch(/no luteal phase/);
    expect(result.lastState.every(Number.isFinite)).toBe(true);
  });
});
