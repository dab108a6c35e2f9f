/**
 * Dose–response is monotone where physiology is: more exogenous testosterone,
 * more suppression; more aromatase inhibition, less estradiol; more SERM, more
 * disinhibition; more hCG, more intratesticular testosterone.
 */
import { describe, expect, it } from 'vitest';
import { mean, regimen, run } from './harness';
import type { AgentId } from '../../src/core/model/ids';

const DOSES = [0.25, 0.5, 1, 2, 4];

function response(agent: AgentId, everyDays: number, output: string, conditions: string[] = []): number[] {
  return DOSES.map((dose) => mean(run(56, [regimen(agent, dose, { everyDays })], conditions as never[], { output: { everyHours: 6 } }), output, 42, 56));
}

function expectIncreasing(values: number[]): void {
  for (let i = 1; i < values.length; i++) expect(values[i]!, `dose ${DOSES[i]} vs ${DOSES[i - 1]}: ${values.join(', ')}`).toBeGreaterThan(values[i - 1]!);
}
function expectDecreasing(values: number[]): void {
  for (let i = 1; i < values.length; i++) expect(values[i]!, `dose ${DOSES[i]} vs ${DOSES[i - 1]}: ${values.join(', ')}`).toBeLessThan(values[i - 1]!);
}

describe('dose–response (weeks 6–8, doses 0.25–4× reference)', () => {
  it('testosterone cypionate: serum T rises and LH falls with dose (WHO 1990; Bagatell 1994)', () => {
    expectIncreasing(response('testosterone-cypionate', 7, 'testosterone'));
    expectDecreasing(response('testosterone-cypionate', 7, 'lh'));
  });
  it('testosterone gel: intratesticular T falls with dose until only the serum-derived part is left (Coviello 2005)', () => {
    const itt = response('testosterone-gel', 1, 'itt');
    expectDecreasing(itt.slice(0, 4));
    // Beyond that, ITT is the ~1/85 share that diffuses in from serum, which rises with serum T.
    expect(itt[4]!).toBeLessThan(0.1);
  });
  it('anastrozole: estradiol falls and LH rises with dose (Leder 2004; T’Sjoen 2005)', () => {
    expectDecreasing(response('anastrozole', 1, 'estradiol'));
    expectIncreasing(response('anastrozole', 1, 'lh'));
  });
  it('enclomiphene: LH and testosterone rise with dose (Wiehle 2014)', () => {
    expectIncreasing(response('enclomiphene', 1, 'lh', ['obesity']));
    expectIncreasing(response('enclomiphene', 1, 'testosterone', ['obesity']));
  });
  it('GnRH antagonist: LH falls with dose (Tornøe 2007)', () => {
    expectDecreasing(response('gnrh-antagonist', 28, 'lh'));
  });
  it('hCG: intratesticular T rises with dose in GnRH deficiency, less than in proportion as Leydig cells saturate and desensitize (Coviello 2005)', () => {
    const itt = response('hcg', 2, 'itt', ['gnrh-deficiency']);
    expectIncreasing(itt);
    // Each doubling of the dose gains less than the one before.
    for (let i = 2; i < itt.length; i++) expect(itt[i]! / itt[i - 1]!, itt.join(', ')).toBeLessThan(itt[i - 1]! / itt[i - 2]!);
    expect(itt[4]! / itt[3]!).toBeLessThan(1.6);
  });
});
