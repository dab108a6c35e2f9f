/**
 * The kinetics every secretagogue of this model shares: a dose enters an
 * absorption depot (subcutaneous or gut) and passes to plasma, both first
 * order and solved in closed form between events (exact, so a half-life of
 * minutes costs no solver steps):
 *   dA/dt = −ka·A + input,   dC/dt = (F·D/V)·ka·A − ke·C
 * With x = C·ke/(ka·F·D/V) the plasma compartment follows the depot,
 * dx/dt = ke·(A − x), which is the closed form the compiler knows
 * (`follows`); the plasma level is C = (ka/ke)·(F·D/V)·x. A is in reference
 * doses (one bolus of dose 1 adds 1); an infusion of dose 1 delivers one
 * reference dose per dosing interval.
 */
import type { AgentSource } from '../../../model-source';

/** Names and formulas of one agent's depot-to-plasma kinetics. */
export interface InjectionKinetics {
  /** Prefix of the agent's symbols (unique across the model), e.g. 'sermorelin'. */
  readonly name: string;
  /** Absorption and elimination rate constants, 1/h (expressions of the agent's parameters). */
  readonly ka: string;
  readonly ke: string;
  /** Plasma level per unit of C/(ka/ke·x): F·D/V in the signal's unit (pg/mL, nmol/L …). */
  readonly levelPerDose: string;
  /** Dosing interval of the reference regimen, h. */
  readonly intervalHours: string;
  /** Signals the plasma level C adds to, as expressions of it, e.g. (c) => ({ sGhrh: c }). */
  readonly signals: (level: string) => Readonly<Record<string, string>>;
  readonly label: string;
}

/** The AgentSource of a depot → plasma agent. */
export function injectionAgent(k: InjectionKinetics): AgentSource {
  const depot = `${k.name}Depot`;
  const plasma = `${k.name}Plasma`;
  const input = `${k.name}Infusion`;
  const ka = `${k.name}Ka`;
  const ke = `${k.name}Ke`;
  const level = `${ka}/${ke}*${k.name}LevelPerDose*${plasma}`;
  return {
    constants: { [ka]: k.ka, [ke]: k.ke, [`${k.name}LevelPerDose`]: k.levelPerDose },
    exact: {
      [depot]: { label: `${k.label} in the absorption depot`, unit: 'reference doses', rate: ka, input },
      [plasma]: { label: `${k.label} in plasma (scaled)`, unit: 'reference doses', rate: ke, input, follows: depot },
    },
    inputs: { [input]: { perDose: `1/(${k.intervalHours})` } },
    bolus: { [depot]: '1' },
    signals: k.signals(`(${level})`),
    equivalentInfusionHours: k.intervalHours,
  };
}
