/**
 * The classic Smith (1980) model as data: a three-stage negative-feedback loop
 * GnRH (R) → LH (L) → testosterone (T) whose GnRH drive c − h·T is clipped at
 * zero (a declared switch), with an intramuscular testosterone depot (D) and
 * orchiectomy. Time in hours; R, L, T in the model's arbitrary units, reported
 * relative to the analytic equilibrium.
 *
 *   dR/dt = [c − h·T > 0] (c − h·T) − b1·R
 *   dL/dt = g1·R − b2·L
 *   dT/dt = s·g2·L − b3·T + ka·D + infusion
 *   dD/dt = −ka·D
 *
 * With K = g1·g2/(b1·b2·b3) the equilibrium is T* = K·c/(1 + K·h),
 * R* = (c − h·T*) / b1, L* = g1·R* / b2. The loop gain K·h ≈ 48 exceeds 8, so the
 * equilibrium is unstable and the model settles on a limit cycle (Smith 1980;
 * Cartwright & Husain 1986); runs start 10% below it in T.
 */
import type { ModelSource } from '../../model-source';
import { SMITH_PARAMETERS } from '../parameters';

export const SMITH_1980_SOURCE: ModelSource = {
  id: 'smith-1980',
  name: 'Classic model (Smith 1980)',
  description:
    'Three hormones in one negative-feedback loop: GnRH drives LH, LH drives testosterone, testosterone ' +
    'switches off GnRH. With the published gains the loop cannot hold still and oscillates.',
  parameters: SMITH_PARAMETERS,
  constants: {
    ka: 'log(2)/depotHalfLifeHours',
    K: 'g1*g2/(b1*b2*b3)',
    Teq: 'K*c/(1 + K*h)',
    Req: 'max(0, c - h*Teq)/b1',
    Leq: 'g1*Req/b2',
    referenceDose: 'weeklyDoseRelative*b3*Teq*168',
  },
  factors: {
    s: { meaning: 'testicular secretion switch: 1 intact, 0 after orchiectomy' },
  },
  conditions: {
    orchiectomy: { meaning: 'testicular secretion stops', set: { s: '0' } },
  },
  signals: {},
  states: {
    R: { label: 'GnRH', unit: 'model units', baseline: 'Req' },
    L: { label: 'LH', unit: 'model units', baseline: 'Leq' },
    T: { label: 'Testosterone', unit: 'model units', baseline: 'Teq', initial: '0.9*Teq' },
    D: { label: 'Testosterone depot', unit: 'model units', baseline: '0' },
  },
  quantities: {
    drive: { expr: 'c - h*T', meaning: 'GnRH drive before clipping', unit: 'conc/h' },
  },
  switches: {
    driveOn: { when: 'drive > 0', meaning: 'testosterone is below the level that switches GnRH secretion off' },
  },
  derivatives: {
    R: '(driveOn ? drive : 0) - b1*R',
    L: 'g1*R - b2*L',
    T: 's*g2*L - b3*T + ka*D + depotInfusion',
    D: '-ka*D',
  },
  outputs: [
    { id: 'gnrh', label: 'GnRH', description: 'Hypothalamic GnRH, relative to the equilibrium', expr: 'R' },
    { id: 'lh', label: 'LH', description: 'Serum LH, relative to the equilibrium', expr: 'L' },
    { id: 'testosterone', label: 'Testosterone', description: 'Serum testosterone, relative to the equilibrium', expr: 'T' },
  ],
  feedback: {
    groups: { androgen: { label: 'Testosterone feedback', detail: 'testosterone switching off GnRH secretion', steroid: true } },
    terms: [
      {
        id: 'testosteroneGnrh', label: 'Testosterone on GnRH', group: 'androgen', from: 'testosterone', target: 'GnRH',
        site: 'hypothalamus', kind: 'fraction-lost', term: 'min(1, h*T/c)', noun: 'testosterone feedback',
      },
    ],
  },
  agents: {
    // One reference injection is `weeklyDoseRelative` weeks of baseline testicular secretion; an infusion of 1 gives one a week.
    'testosterone-cypionate': {
      inputs: { depotInfusion: { perDose: 'referenceDose/168' } },
      bolus: { D: 'referenceDose' },
      signals: {},
      equivalentInfusionHours: '168',
    },
  },
  start: 'initial',
  solver: { rtol: 1e-6, atol: 1e-9 },
};
