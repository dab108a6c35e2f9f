/**
 * The warm start of the reference-cycle search (src/core/model/compiled-cycle.ts):
 * a healthy woman with edited parameters settles from the default cycle at a
 * looser tolerance. It must find the cycle the cold search finds.
 */
import { describe, expect, it } from 'vitest';
import { referenceCycle, type CompiledReferenceCycle } from '../../../../src/core/model/compiled-cycle';
import { constantsFor } from '../../../../src/core/model/compiled-constants';
import { FEMALE_COMPILED } from '../../../../src/core/model/female-hpg/problem';

const healthy = (): Float64Array => {
  const u = new Float64Array(FEMALE_COMPILED.layout.inputs.length);
  FEMALE_COMPILED.healthyFactors(u);
  return u;
};

function both(values: Record<string, number>): { warm: CompiledReferenceCycle; cold: CompiledReferenceCycle } {
  const c = constantsFor(FEMALE_COMPILED, values);
  const warm = referenceCycle(FEMALE_COMPILED, c, healthy());
  const cold = referenceCycle(FEMALE_COMPILED, c, healthy(), { warm: false });
  if (!warm.ok || !cold.ok) throw new Error('expected a cycle');
  return { warm, cold };
}

describe('reference cycle: warm start from the default cycle', () => {
  it.each([
    ['a 5% slower estradiol clearance', { e2ClearanceRate: 5.23501 * 0.95 }],
    ['a 10% larger GnRH-pulse mass', { gnrhMassScale: FEMALE_COMPILED.source.parameters.find((p) => p.id === 'gnrhMassScale')!.value * 1.1 }],
  ])('finds the cold search’s cycle after %s: period within 0.02%, each cycle mean within 0.1%', (_what, values) => {
    const { warm, cold } = both(values);
    expect(Math.abs(warm.periodDays / cold.periodDays - 1)).toBeLessThan(2e-4);
    cold.means.forEach((m, j) => expect(Math.abs(warm.means[j]! / m - 1), FEMALE_COMPILED.layout.outputs[j]).toBeLessThan(1e-3));
    // Integrating a fraction of the cold search's days at a looser tolerance.
    expect(warm.search.days).toBeLessThan(cold.search.days);
  });

  it('leaves the default woman’s own reference as the cold search gives it', () => {
    const c = constantsFor(FEMALE_COMPILED, {});
    const cached = referenceCycle(FEMALE_COMPILED, c, healthy());
    const cold = referenceCycle(FEMALE_COMPILED, c, healthy(), { warm: false });
    if (!cached.ok || !cold.ok) throw new Error('expected a cycle');
    expect(cached.periodDays).toBe(cold.periodDays);
    expect(Array.from(cached.means)).toEqual(Array.from(cold.means));
  });
});
