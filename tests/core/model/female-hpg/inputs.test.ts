/**
 * The agent-input interface of female-hpg acts where it says (agents come in a
 * later phase; here each input is set by hand on the healthy reference state).
 */
import { describe, expect, it } from 'vitest';
import { buildFemaleProblem } from '../../../../src/core/model/female-hpg/problem';
import { emptyFemaleQuantities, femaleQuantities } from '../../../../src/core/model/female-hpg/equations';
import { femaleReferenceCycle } from '../../../../src/core/model/female-hpg/reference-cycle';
import { F, FEMALE_DIMENSION } from '../../../../src/core/model/female-hpg/states';
import { conditionFactors, FEMALE_CONDITION_IDS } from '../../../../src/core/model/female-hpg/conditions';

const ref = femaleReferenceCycle();
if (!ref.ok) throw new Error(ref.reason);
const y = ref.stateAtLhPeak;

function quantitiesWith(set: (p: ReturnType<typeof buildFemaleProblem>) => void) {
  const p = buildFemaleProblem();
  set(p);
  const q = emptyFemaleQuantities();
  femaleQuantities(p.coefficients, p.factors, p.inputs, y, q);
  const dydt = new Float64Array(FEMALE_DIMENSION);
  p.rhs(0, y, dydt);
  return { q, dydt };
}

describe('female-hpg inputs', () => {
  const base = quantitiesWith(() => {});

  it('a GnRH antagonist load lowers receptor occupancy and LH release', () => {
    const blocked = quantitiesWith((p) => { p.inputs.gnrhAntagonistLoad = 5; });
    expect(blocked.q.occupancy).toBeLessThan(base.q.occupancy / 3);
    expect(blocked.q.lhRelease).toBeLessThan(base.q.lhRelease);
  });

  it('a GnRH agonist load raises occupancy and drives desensitization', () => {
    const agonist = quantitiesWith((p) => { p.inputs.gnrhAgonistLoad = 2; });
    expect(agonist.q.occupancy).toBeGreaterThan(0.5);
    expect(agonist.dydt[F.Dz]!).toBeGreaterThan(base.dydt[F.Dz]!);
  });

  it('estradiol given adds to serum estradiol and to ER activation; an ER antagonist divides it', () => {
    const patch = quantitiesWith((p) => { p.inputs.exogenousEstradiol = 50; });
    expect(patch.q.estradiol - base.q.estradiol).toBeCloseTo(50, 9);
    const serm = quantitiesWith((p) => { p.inputs.erAntagonistLoad = 1; });
    expect(serm.q.erActivation).toBeCloseTo(base.q.erActivation / 2, 9);
    expect(serm.dydt[F.Xe]!).toBeLessThan(base.dydt[F.Xe]!);
  });

  it('progestins raise the PR signal and growth-factor clearance; androgens the AR signal', () => {
    const progestin = quantitiesWith((p) => { p.inputs.prAgonist = 10; });
    expect(progestin.dydt[F.Xp]!).toBeGreaterThan(base.dydt[F.Xp]!);
    expect(progestin.dydt[F.s]!).toBeLessThan(base.dydt[F.s]!);
    const androgen = quantitiesWith((p) => { p.inputs.exogenousTestosterone = 5; });
    expect(androgen.q.testosterone - base.q.testosterone).toBeCloseTo(5, 9);
  });

  it('an aromatase inhibitor lowers estradiol production', () => {
    const ai = quantitiesWith((p) => { p.inputs.aromataseInhibition = 0.8; });
    expect(ai.dydt[F.E2]!).toBeLessThan(base.dydt[F.E2]!);
  });
});

describe('female conditions', () => {
  it('every condition changes some factor, and healthy is all ones', () => {
    const p = buildFemaleProblem();
    expect(Object.values(conditionFactors([], p.values)).every((v) => v === 1)).toBe(true);
    for (const c of FEMALE_CONDITION_IDS) {
      expect(Object.values(conditionFactors([c], p.values)).some((v) => v !== 1), c).toBe(true);
    }
  });
});
