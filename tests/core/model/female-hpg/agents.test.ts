/**
 * Agents of female-hpg: which it takes (shared ones reuse the male model's
 * kinetics), where each acts, and that a scenario naming an agent of the other
 * model is refused with the field named.
 */
import { describe, expect, it } from 'vitest';
import { getModel } from '../../../../src/core/model/registry';
import { parseScenario } from '../../../../src/core/scenario/validate';
import { FEMALE_HPG_SOURCE } from '../../../../src/core/model/female-hpg/definition';
import { MALE_HPG_SOURCE } from '../../../../src/core/model/male-hpg/definition';
import { runScenario, meanOver, maxOver } from '../../../model-checks/female/harness';

const file = (model: string, agent: string): Record<string, unknown> => ({
  format: 'gonadostat-scenario/1', name: 'cross-model agent', model, days: 30, subject: { conditions: [] },
  regimens: [{ agent, dose: 1, mode: 'bolus', everyDays: 1, fromDay: 0 }],
});

describe('female-hpg agents', () => {
  it('lists the women’s agents and the shared ones', () => {
    expect([...getModel('female-hpg').agents].sort()).toEqual(
      ['anastrozole', 'clomiphene', 'combined-oral-contraceptive', 'estradiol-patch', 'estradiol-pellet', 'gnrh-agonist', 'gnrh-antagonist', 'letrozole', 'progesterone-cream', 'progesterone-oral', 'testosterone-cream', 'testosterone-cypionate', 'testosterone-pellet'],
    );
  });

  it('shares the male model’s kinetics where the drug is the same (the same objects, not copies)', () => {
    for (const id of ['gnrh-agonist', 'gnrh-antagonist'] as const) expect(FEMALE_HPG_SOURCE.agents[id]).toBe(MALE_HPG_SOURCE.agents[id]);
    for (const id of ['clomiphene', 'anastrozole'] as const) {
      expect(FEMALE_HPG_SOURCE.agents[id]!.derivatives).toBe(MALE_HPG_SOURCE.agents[id]!.derivatives);
      expect(FEMALE_HPG_SOURCE.agents[id]!.bolus).toBe(MALE_HPG_SOURCE.agents[id]!.bolus);
    }
    // Cypionate: the man's depot, with a woman's dose 1 (100 mg, half his) and its output in ng/mL.
    const cyp = FEMALE_HPG_SOURCE.agents['testosterone-cypionate']!;
    expect(cyp.derivatives).toBe(MALE_HPG_SOURCE.agents['testosterone-cypionate']!.derivatives);
    expect(cyp.bolus).toEqual({ cypionateSite: '0.5*cypionateDoseWeeks*168' });
  });

  it('refuses a female scenario with a male-only agent, and the reverse, naming the field', () => {
    const female = parseScenario(file('female-hpg', 'hcg'), getModel);
    expect(female.ok).toBe(false);
    if (!female.ok) expect(female.errors.map((e) => e.path)).toContain('regimens[0].agent');
    const male = parseScenario(file('male-hpg', 'combined-oral-contraceptive'), getModel);
    expect(male.ok).toBe(false);
    if (!male.ok) expect(male.errors[0]!.message).toMatch(/does not support agent 'combined-oral-contraceptive'/);
  });

  it('oral progesterone peaks near the label’s 38 ng/mL about 2–3 h after a dose', () => {
    const r = runScenario(3, [{ agent: 'progesterone-oral', dose: 1, mode: 'bolus', everyDays: 1, fromDay: 1, untilDay: 2 }], ['menopause']);
    const peak = maxOver(r, 'progesterone', 1, 2);
    expect(peak.value).toBeGreaterThan(34);
    expect(peak.value).toBeLessThan(42);
    expect(peak.day - 1).toBeGreaterThan(1.5 / 24);
    expect(peak.day - 1).toBeLessThan(3.5 / 24);
  });

  it('an estradiol patch worn continuously adds its level to serum estradiol', () => {
    const none = runScenario(20, [], ['oophorectomy']);
    const worn = runScenario(20, [{ agent: 'estradiol-patch', dose: 1, mode: 'infusion', fromDay: 0 }], ['oophorectomy']);
    expect(meanOver(worn, 'estradiol', 10, 20) - meanOver(none, 'estradiol', 10, 20)).toBeCloseTo(45, 0);
  });
});
