/**
 * Hand-made valid scenarios at the corners of the limits, run in every fuzz
 * run: their times bound what an accepted scenario can cost (the worst case
 * reported in docs/robustness.md).
 */
import { AGENT_IDS } from '../../../../src/core/model/ids';
import { MODELS } from '../../../../src/core/model/registry';
import { resolveParameters } from '../../../../src/core/model/parameter';
import { SCENARIO_LIMITS as L } from '../../../../src/core/scenario/limits';

type File = Record<string, unknown>;
const male = MODELS['male-hpg'];
const defaults = resolveParameters(male.parameters);
const base = { format: 'gonadostat-scenario/1', model: 'male-hpg' };

/** A bolus regimen of `agent` every `everyHours` at the highest dose the rate cap allows. */
function atCap(agent: (typeof AGENT_IDS)[number], everyHours: number, extra: File = {}): File {
  const H = male.equivalentInfusionHours(agent, defaults);
  return { agent, dose: Math.min(L.maxDose, (L.maxRateMultiple * everyHours) / H), everyHours, ...extra };
}

/** The corner of the Smith model's parameter ranges with the most solver steps per day (3,350; all 512 corners tried). */
const SMITH_CORNER = { c: 1000, h: 100, b1: 20, g1: 100, b2: 10, g2: 10, b3: 10, depotHalfLifeHours: 24, weeklyDoseRelative: 0.1 };

/** Every parameter at its lower or upper bound. */
const allAt = (end: 'min' | 'max'): Record<string, number> => Object.fromEntries(male.parameters.map((p) => [p.id, p[end]]));

/** Edge scenarios of every run. */
export const EDGE_SCENARIOS: readonly (readonly [string, File])[] = [
  [
    'every agent at the rate cap for ten years, ~48,000 boluses, 100,000 output rows, every condition',
    {
      ...base, name: 'everything at once', days: L.maxDays,
      subject: { conditions: male.conditions.map((id, i) => (i % 2 === 0 ? id : { id, fromDay: 300 * (i + 1) })) },
      regimens: AGENT_IDS.filter((a) => male.agents.includes(a)).map((agent) => atCap(agent, 20)),
      output: { everyHours: (L.maxDays * 24) / (L.maxOutputRows - 1) },
    },
  ],
  ['hCG every 15 minutes at the rate cap for 520 days (49,920 boluses), output every 7.5 minutes', { ...base, name: 'densest', days: 520, regimens: [atCap('hcg', 0.25)], output: { everyHours: 0.125 } }],
  [
    'explicit GnRH pulses for 31 days, gonadorelin every 15 minutes at the rate cap, output every 3 minutes',
    { ...base, name: 'pulses', days: 31, regimens: [atCap('gonadorelin', 0.25)], output: { everyHours: L.minOutputEveryHours }, options: { gnrhPulses: true } },
  ],
  ['every parameter at its maximum, TRT then a restart', { ...base, name: 'all max', days: 365, parameters: allAt('max'), regimens: [{ agent: 'testosterone-cypionate', dose: 10, everyDays: 7, untilDay: 180 }, { agent: 'clomiphene', dose: 10, mode: 'infusion', fromDay: 180 }] }],
  ['every parameter at its minimum, TRT then a restart', { ...base, name: 'all min', days: 365, parameters: allAt('min'), regimens: [{ agent: 'testosterone-cypionate', dose: 10, everyDays: 7, untilDay: 180 }, { agent: 'hcg', dose: 10, everyDays: 2, fromDay: 180 }] }],
  [
    '50 regimens switching on and off, ten years',
    {
      ...base, name: 'fifty regimens', days: L.maxDays,
      regimens: Array.from({ length: L.maxRegimens }, (_, i) => {
        const agent = male.agents[i % male.agents.length]!;
        return i % 2 === 0 ? { agent, dose: 1, mode: 'infusion', fromDay: i * 70, untilDay: i * 70 + 35 } : { ...atCap(agent, 24), fromDay: i * 70, untilDay: i * 70 + 60 };
      }),
    },
  ],
  [
    'the classic Smith model at the corner of its ranges that needs the most steps, for two years',
    { ...base, model: 'smith-1980', name: 'smith corner', days: 730, parameters: SMITH_CORNER },
  ],
  ['the classic Smith model at dose 10 weekly for 208 days, output every 3 minutes (99,841 rows)', { ...base, model: 'smith-1980', name: 'smith', days: 208, regimens: [{ agent: 'testosterone-cypionate', dose: 10, everyDays: 7 }], output: { everyHours: L.minOutputEveryHours } }],
];

/** The slowest case found, run by the nightly-sized fuzz only (about 5 s). */
export const NIGHTLY_EDGE_SCENARIOS: readonly (readonly [string, File])[] = [
  ['the classic Smith model at its costliest corner for ten years (about 12 million steps)', { ...base, model: 'smith-1980', name: 'smith corner, ten years', days: L.maxDays, parameters: SMITH_CORNER }],
];
