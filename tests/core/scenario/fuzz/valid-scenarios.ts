/**
 * Random scenario files meant to be valid, over the real models: any model,
 * agents, doses, schedules, conditions with onsets, parameter overrides at
 * and inside their ranges, explicit GnRH pulses, awkward output spacings,
 * windows from minutes to ten years, and a share of schedules pressed against
 * the limits (the dose-rate cap, the bolus budget, the output-row budget).
 * Candidates the validator refuses are counted and redrawn by the caller, so
 * the generator can stay simple; the acceptance rate is reported.
 */
import { AGENT_IDS, CONDITION_IDS, type ModelId } from '../../../../src/core/model/ids';
import { MODELS } from '../../../../src/core/model/registry';
import { resolveParameters } from '../../../../src/core/model/parameter';
import { SCENARIO_LIMITS as L } from '../../../../src/core/scenario/limits';
import { outputRowCount } from '../../../../src/core/scenario/output-times';
import type { Dice } from './dice';

type File = Record<string, unknown>;

const NAME_PARTS = ['TRT', 'restart', 'hCG', 'Ünïcödé', '名前', 'test — run', 'A', '😀 emoji', 'x'.repeat(120), ' spaced '];

function days(dice: Dice): number {
  return dice.weighted<() => number>([
    [55, () => dice.int(1, 365)],
    [20, () => dice.real(0.01, 730)],
    [12, () => dice.real(730, L.maxDays)],
    [8, () => dice.logReal(0.001, 2)],
    [5, () => L.maxDays],
  ])();
}

/** A bolus interval, as { everyDays } or { everyHours }. */
function interval(dice: Dice): { everyDays: number } | { everyHours: number } {
  return dice.weighted<() => { everyDays: number } | { everyHours: number }>([
    [35, () => ({ everyDays: dice.pick([1, 2, 3.5, 7, 14, 28, 90, 180]) })],
    [25, () => ({ everyDays: dice.logReal(L.minEveryDays, L.maxEveryDays) })],
    [25, () => ({ everyHours: dice.logReal(L.minEveryHours, L.maxEveryHours) })],
    [15, () => ({ everyHours: dice.pick([0.25, 1, 1.5, 12, 24]) })],
  ])();
}

const intervalHours = (i: { everyDays: number } | { everyHours: number }): number => ('everyDays' in i ? i.everyDays * 24 : i.everyHours);

function regimen(dice: Dice, model: ModelId, totalDays: number): File {
  const definition = MODELS[model];
  const agent = dice.pick(definition.agents);
  let dose = dice.weighted<() => number>([
    [60, () => dice.real(0.05, L.maxDose)],
    [15, () => 1],
    [10, () => L.maxDose],
    [15, () => dice.logReal(1e-4, 0.05)],
  ])();
  const fromDay = dice.chance(0.5) ? 0 : dice.real(0, totalDays);
  const until = dice.weighted<() => number | undefined>([
    [50, () => undefined],
    [35, () => fromDay + dice.real(0, totalDays)],
    [10, () => totalDays],
    [5, () => fromDay],
  ])();
  const timing = { fromDay, ...(until === undefined ? {} : { untilDay: until }) };
  if (dice.chance(0.2)) return { agent, dose, mode: 'infusion', ...timing };
  let every = interval(dice);
  // Keep the average rate within the cap most of the time, often right at it.
  const H = definition.equivalentInfusionHours(agent, resolveParameters(definition.parameters));
  const rate = (dose * H) / intervalHours(every);
  if (rate > L.maxRateMultiple && dice.chance(0.95)) {
    if (dice.chance(0.5)) dose = (L.maxRateMultiple * intervalHours(every)) / H;
    else every = { everyHours: Math.min(L.maxEveryHours, (dose * H) / L.maxRateMultiple) };
  }
  return { agent, dose, mode: dice.chance(0.5) ? 'bolus' : undefined, ...every, ...timing };
}

/** A schedule near the bolus budget: one agent every 15 minutes at the rate cap for ~520 days. */
function denseSchedule(dice: Dice, model: ModelId): File {
  const definition = MODELS[model];
  const agent = dice.pick(definition.agents);
  const H = definition.equivalentInfusionHours(agent, resolveParameters(definition.parameters));
  const everyHours = 0.25;
  const dose = Math.min(L.maxDose, (L.maxRateMultiple * everyHours) / H);
  return { agent, dose, everyHours };
}

function parameters(dice: Dice, model: ModelId): Record<string, number> {
  if (dice.chance(0.5)) return {};
  const out: Record<string, number> = {};
  for (const p of dice.subset(MODELS[model].parameters, dice.real(0.01, 0.3))) {
    out[p.id] = dice.weighted<() => number>([
      [30, () => p.min],
      [30, () => p.max],
      [40, () => dice.real(p.min, p.max)],
    ])();
  }
  return out;
}

/** A scenario file meant to be valid (see the file header). */
export function candidateScenario(dice: Dice): File {
  const model: ModelId = dice.chance(0.9) ? 'male-hpg' : 'smith-1980';
  const dense = dice.chance(0.015);
  const total = dense ? 520 : days(dice);
  const definition = MODELS[model];
  const conditions = dice.subset(definition.conditions, 0.2).map((id) => (dice.chance(0.5) ? id : { id, fromDay: dice.real(0, total) }));
  const regimenCount = dense ? 0 : dice.weighted<number>([[30, 0], [55, dice.int(1, 4)], [12, dice.int(5, 12)], [3, dice.int(13, L.maxRegimens)]]);
  const regimens = [...(dense ? [denseSchedule(dice, model)] : []), ...Array.from({ length: regimenCount }, () => regimen(dice, model, total))];
  let everyHours = dice.weighted<() => number | undefined>([
    [30, () => undefined],
    [40, () => dice.real(1, 24)],
    [30, () => dice.logReal(L.minOutputEveryHours, L.maxOutputEveryHours)],
  ])();
  if (everyHours !== undefined && outputRowCount(total, everyHours) > L.maxOutputRows) everyHours = Math.max(L.minOutputEveryHours, (total * 24) / (L.maxOutputRows - 2));
  if (everyHours === undefined && outputRowCount(total, L.defaultOutputEveryHours) > L.maxOutputRows) everyHours = L.maxOutputEveryHours;
  const pulseMode = definition.pulseMode;
  const pulses = pulseMode !== undefined && total <= pulseMode.maxWindowDays && dice.chance(0.2);
  return {
    format: 'gonadostat-scenario/1',
    name: dice.pick(NAME_PARTS),
    ...(dice.chance(0.2) ? { description: 'What to look for:\n\tline two' } : {}),
    model,
    days: total,
    ...(dice.chance(0.8) ? { subject: { conditions } } : {}),
    ...(regimens.length > 0 || dice.chance(0.5) ? { regimens } : {}),
    parameters: parameters(dice, model),
    ...(everyHours === undefined ? {} : { output: { everyHours } }),
    ...(pulses ? { options: { [pulseMode.option]: true } } : dice.chance(0.1) ? { options: {} } : {}),
  };
}

/** Every agent id, for mutations that need one the model lacks. */
export const ALL_AGENTS = AGENT_IDS;
/** Every condition id. */
export const ALL_CONDITIONS = CONDITION_IDS;
