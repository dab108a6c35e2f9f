/**
 * The conditions of the female model brief (§5) beyond menopause and
 * perimenopause (rows F7, F8): what each does to the cycle, as model checks.
 * Each runs the subject at her own baseline (her rhythm, or the steady state
 * it gives way to) and compares with the healthy reference cycle.
 */
import { expectRange, type ModelCheck } from '../harness';
import { earlyFollicular, meanOver, meanOverCycles, runFemale } from './harness';
import { healthyReference } from '../../../src/core/model/female-hpg/simulate-female';

export const FEMALE_CONDITION_CHECKS: readonly ModelCheck[] = [
  {
    id: 'C-pcos',
    title: 'PCOS-like: rapid GnRH pulses, raised LH and androgens, no ovulation',
    expectation: 'Chronic anovulation with LH high relative to FSH (LH/FSH > 2) and testosterone raised.',
    source: 'Eagleson et al. 2000 (JCEM 85:4047): persistent rapid LH (GnRH) pulse frequency and elevated LH in anovulatory PCOS',
    run: () => {
      const ref = healthyReference();
      const r = runFemale({ days: 365, conditions: ['pcos-like'] });
      return [
        expectRange('ovulations in a year', r.metrics.ovulations.length, { max: 0 }),
        expectRange('LH ÷ FSH', meanOver(r, 'lh', 0, 365) / meanOver(r, 'fsh', 0, 365), { min: 2 }),
        expectRange('testosterone ÷ healthy cycle mean', meanOver(r, 'testosterone', 0, 365) / ref.outputs.testosterone.mean, { min: 1.5 }),
      ];
    },
  },
  {
    id: 'C-oophorectomy',
    title: 'Oophorectomy: no ovarian hormones, gonadotropins as after menopause, testosterone lower',
    expectation: 'FSH and LH rise as after menopause; inhibins vanish; testosterone falls by about half (the adrenal share remains).',
    source: 'Davison et al. 2005 (JCEM 90:3847): lower testosterone after bilateral oophorectomy',
    run: () => {
      const ref = healthyReference();
      const r = runFemale({ days: 365, conditions: ['oophorectomy'], start: 'healthy-cycle-day-1' });
      return [
        expectRange('FSH ÷ early-follicular, last month', meanOver(r, 'fsh', 335, 365) / earlyFollicular('fsh'), { min: 7 }),
        expectRange('inhibin B, last month, pg/mL', meanOver(r, 'inhibinB', 335, 365), { max: 1 }),
        expectRange('testosterone ÷ healthy cycle mean', meanOver(r, 'testosterone', 335, 365) / ref.outputs.testosterone.mean, { min: 0.3, max: 0.7 }),
      ];
    },
  },
  {
    id: 'C-obesity',
    title: 'Obesity: more peripheral aromatization, the cycle kept',
    expectation: 'Estradiol higher through the cycle (adipose aromatase), ovulatory cycles of normal length.',
    source: 'brief §5 (obesity: aromatase ×); assumed as for the male model',
    run: () => {
      const ref = healthyReference();
      const r = runFemale({ days: 365, conditions: ['obesity'] });
      const L = r.metrics.cycleLengthsDays;
      return [
        expectRange('cycle-mean estradiol ÷ healthy', meanOverCycles(r, 'estradiol') / ref.outputs.estradiol.mean, { min: 1.03 }),
        expectRange('mean cycle length, days', L.reduce((a, b) => a + b, 0) / L.length, { min: 26, max: 32 }),
      ];
    },
  },
  {
    id: 'C-hypothalamic',
    title: 'Hypothalamic amenorrhea: less GnRH, lower gonadotropins, long cycles',
    expectation: 'LH and FSH below a healthy cycle’s; cycles far apart.',
    source: 'brief §5 (GnRH drive × 0.5)',
    run: () => {
      const ref = healthyReference();
      const r = runFemale({ days: 365, conditions: ['hypothalamic-amenorrhea'] });
      const L = r.metrics.cycleLengthsDays;
      return [
        expectRange('cycle-mean LH ÷ healthy', meanOverCycles(r, 'lh') / ref.outputs.lh.mean, { max: 0.8 }),
        expectRange('cycle-mean FSH ÷ healthy', meanOverCycles(r, 'fsh') / ref.outputs.fsh.mean, { max: 0.8 }),
        expectRange('mean cycle length, days', L.length > 0 ? L.reduce((a, b) => a + b, 0) / L.length : Infinity, { min: 35 }),
      ];
    },
  },
];
