/**
 * The classic Smith (1980) model as a Gonadostat model: GnRH → LH →
 * testosterone with clipped negative feedback, plus intramuscular
 * testosterone (cypionate) so the foundation can be exercised with weekly
 * dosing, and orchiectomy. Equations: ./equations.ts and docs/model.md.
 */
import type { ModelDefinition, ModelProblem } from '../model-definition';
import type { Scenario } from '../../scenario/types';
import type { CriticalEvent } from '../../solver/types';
import { resolveParameters } from '../parameter';
import { conditionOnsetDay } from '../../scenario/regimen-schedule';
import { regimenEvents } from '../regimen-events';
import { SMITH_PARAMETERS } from './parameters';
import { D, L, R, SMITH_DIMENSION, T, smithEquilibrium, smithRightHandSide, type SmithCoefficients } from './equations';

const HOURS_PER_WEEK = 168;

function coefficients(values: Readonly<Record<string, number>>): SmithCoefficients {
  const p = (id: string): number => values[id] as number;
  return {
    c: p('c'), h: p('h'), b1: p('b1'), b2: p('b2'), b3: p('b3'), g1: p('g1'), g2: p('g2'),
    ka: Math.LN2 / p('depotHalfLifeHours'),
    testes: 1,
  };
}

function buildProblem(scenario: Scenario): ModelProblem {
  const values = resolveParameters(SMITH_PARAMETERS, scenario.parameters);
  const k = coefficients(values);
  const healthy = smithEquilibrium(k);
  // One reference dose: `weeklyDoseRelative` weeks' worth of baseline testicular secretion.
  const referenceDose = values['weeklyDoseRelative']! * k.b3 * healthy.T * HOURS_PER_WEEK;
  let infusionRate = 0; // conc/h added straight to T by infusion regimens
  const base = smithRightHandSide(k);
  const rhs = (t: number, y: Float64Array, dydt: Float64Array): void => {
    base(t, y, dydt);
    dydt[T] = dydt[T]! + infusionRate;
  };

  const events: CriticalEvent[] = [];
  for (const entry of scenario.subject.conditions) {
    // Smith supports only orchiectomy: testicular secretion stops at its onset.
    const onsetHours = conditionOnsetDay(entry) * 24;
    events.push({ time: onsetHours, apply: () => { k.testes = 0; } });
  }
  for (const regimen of scenario.regimens) {
    events.push(
      ...regimenEvents(regimen, scenario.days, {
        bolus: (y, dose) => { y[D] = y[D]! + dose * referenceDose; },
        setInfusion: (deltaDose) => { infusionRate += (deltaDose * referenceDose) / HOURS_PER_WEEK; },
      }),
    );
  }

  // The untreated equilibrium is unstable (see equations.ts); start 10% below it
  // in testosterone so the limit cycle unfolds deterministically.
  const y0 = new Float64Array(SMITH_DIMENSION);
  y0[R] = healthy.R;
  y0[L] = healthy.L;
  y0[T] = 0.9 * healthy.T;
  return {
    y0,
    stateNames: ['R', 'L', 'T', 'D'],
    rhs,
    events,
    // Concentrations cannot be negative; the solver's round-off near zero (GnRH switched off) is clipped.
    readOutputs: (_t, y, out) => {
      out[0] = Math.max(0, y[R]! / healthy.R);
      out[1] = Math.max(0, y[L]! / healthy.L);
      out[2] = Math.max(0, y[T]! / healthy.T);
    },
    solver: { method: 'dopri5', rtol: 1e-6, atol: 1e-9 },
    subjectBaseline: { gnrh: 1, lh: 1, testosterone: 1 },
  };
}

/** The classic model of Smith (1980). */
export const SMITH_1980: ModelDefinition = {
  id: 'smith-1980',
  name: 'Classic model (Smith 1980)',
  description:
    'Three hormones in one negative-feedback loop: GnRH drives LH, LH drives testosterone, testosterone ' +
    'switches off GnRH. With the published gains the loop cannot hold still and oscillates.',
  states: [
    { id: 'R', label: 'GnRH', unit: 'model units' },
    { id: 'L', label: 'LH', unit: 'model units' },
    { id: 'T', label: 'Testosterone', unit: 'model units' },
    { id: 'D', label: 'Testosterone depot', unit: 'model units' },
  ],
  outputs: [
    { id: 'gnrh', label: 'GnRH', description: 'Hypothalamic GnRH, relative to the equilibrium' },
    { id: 'lh', label: 'LH', description: 'Serum LH, relative to the equilibrium' },
    { id: 'testosterone', label: 'Testosterone', description: 'Serum testosterone, relative to the equilibrium' },
  ],
  parameters: SMITH_PARAMETERS,
  agents: ['testosterone-cypionate'],
  conditions: ['orchiectomy'],
  // The one agent is dosed weekly by reference, and an infusion of dose 1 delivers one reference dose a week.
  equivalentInfusionHours: () => HOURS_PER_WEEK,
  buildProblem,
};
