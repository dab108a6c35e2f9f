/**
 * Test fixtures for the scenario module: a small fake model catalogue (so the
 * tests do not depend on the real models' parameter records) and a valid
 * scenario file that uses every field.
 */
import type { ModelCatalogue, ModelCatalogueEntry } from '../../../src/core/scenario/catalogue';
import type { ParameterDefinition } from '../../../src/core/model/parameter';
import type { AgentId, ModelId } from '../../../src/core/model/ids';

const parameter = (id: string, value: number, unit: string, min: number, max: number): ParameterDefinition => ({
  id,
  value,
  unit,
  min,
  max,
  meaning: `test parameter ${id}`,
  source: 'test fixture',
});

/** Hours of reference infusion per reference bolus (the reference intervals of the real agents). */
const REFERENCE_HOURS: Partial<Record<AgentId, number>> = { 'testosterone-cypionate': 168, 'testosterone-gel': 24, 'gnrh-agonist': 672, hcg: 48, clomiphene: 24, gonadorelin: 0.15 };

const FAKE_MODELS: Record<ModelId, ModelCatalogueEntry> = {
  'male-hpg': {
    agents: ['testosterone-cypionate', 'testosterone-gel', 'gonadorelin', 'gnrh-agonist', 'hcg', 'clomiphene'],
    conditions: ['orchiectomy', 'gnrh-deficiency', 'obesity', 'aging'],
    parameters: [
      parameter('lhHalfLifeHours', 0.5, 'h', 0.2, 2),
      parameter('fshHalfLifeHours', 3, 'h', 1, 8),
      parameter('aromataseGain', 1, 'dimensionless', 0.1, 5),
    ],
    pulseMode: { option: 'gnrhPulses', maxWindowDays: 31 },
    equivalentInfusionHours: (agent) => REFERENCE_HOURS[agent] ?? 24,
  },
  'female-hpg': {
    agents: [],
    conditions: ['menopause', 'pcos-like', 'obesity'],
    parameters: [parameter('e2ClearanceRate', 133, '1/d', 50, 300)],
    pulseMode: undefined,
    equivalentInfusionHours: () => 24,
  },
  'smith-1980': {
    agents: ['testosterone-cypionate'],
    conditions: ['orchiectomy'],
    parameters: [parameter('testosteroneClearancePerHour', 0.1, '1/h', 0.01, 1)],
    pulseMode: undefined,
    equivalentInfusionHours: () => 168,
  },
  'gh-igf1': {
    agents: ['sermorelin', 'ipamorelin', 'cjc-1295-dac'],
    conditions: ['aging'],
    parameters: [parameter('igf1HalfLifeHours', 15, 'h', 4, 48)],
    pulseMode: { option: 'ghPulses', maxWindowDays: 14 },
    equivalentInfusionHours: () => 24,
  },
};

/** A catalogue of fake models: 'male-hpg' (GnRH pulses up to 31 days), 'gh-igf1' (GH pulses up to 14 days), a minimal 'female-hpg' and 'smith-1980'. */
export const fakeCatalogue: ModelCatalogue = (id) => FAKE_MODELS[id];

/** A valid scenario file using every field (a fresh copy each call, so tests may mutate it). */
export function fullScenarioFile(): Record<string, unknown> {
  return {
    format: 'gonadostat-scenario/1',
    name: 'Weekly testosterone for 6 months, then stop',
    description: 'Suppression of LH and FSH on treatment, then recovery after the last injection.',
    model: 'male-hpg',
    days: 365,
    subject: { conditions: ['obesity', { id: 'orchiectomy', fromDay: 10 }] },
    regimens: [
      { agent: 'testosterone-cypionate', dose: 1, mode: 'bolus', everyDays: 7, fromDay: 0, untilDay: 182 },
      { agent: 'gonadorelin', dose: 0.5, mode: 'bolus', everyHours: 1.5, fromDay: 300, untilDay: 301 },
      { agent: 'clomiphene', dose: 2, mode: 'infusion', fromDay: 200 },
    ],
    parameters: { lhHalfLifeHours: 0.6, aromataseGain: 2 },
    output: { everyHours: 6 },
    options: { gnrhPulses: false },
  };
}
