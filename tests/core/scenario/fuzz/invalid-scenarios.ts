/**
 * Mutations that make a valid scenario file invalid, each by construction:
 * wrong types, values out of range, unknown and forbidden fields, duplicate
 * keys, missing fields, unknown ids, bad names, broken cross-field rules,
 * every budget exceeded, and hostile text (broken JSON, huge keys, deep
 * nesting, tens of thousands of keys, oversized files). A mutation returns the
 * file's text, so text-level attacks and value-level ones go through the same
 * reader (parseScenarioText), as a file or a link would.
 */
import { MODELS } from '../../../../src/core/model/registry';
import type { ModelId } from '../../../../src/core/model/ids';
import { SCENARIO_LIMITS as L } from '../../../../src/core/scenario/limits';
import type { Dice } from './dice';
import { ALL_AGENTS, ALL_CONDITIONS } from './valid-scenarios';

type File = Record<string, unknown>;
type Mutation = (file: File, dice: Dice) => string;

const text = (file: unknown): string => JSON.stringify(file);
const regimensOf = (file: File): File[] => {
  const list = Array.isArray(file.regimens) && file.regimens.length > 0 ? (file.regimens as File[]) : [{ agent: MODELS[file.model as ModelId].agents[0], dose: 1, everyDays: 7 }];
  file.regimens = list;
  return list;
};
const modelOf = (file: File) => MODELS[file.model as ModelId];

/** Objects of the file where a field can go: the root, subject, a regimen, output, options. */
function someObject(file: File, dice: Dice): File {
  const candidates: File[] = [file];
  if (typeof file.subject === 'object') candidates.push(file.subject as File);
  if (Array.isArray(file.regimens)) candidates.push(...(file.regimens as File[]));
  file.output ??= { everyHours: 6 };
  candidates.push(file.output as File);
  return dice.pick(candidates);
}

/** Values of the wrong type for each top-level field. */
const WRONG_VALUES: Readonly<Record<string, readonly unknown[]>> = {
  format: [1, null, true, ['gonadostat-scenario/1'], {}],
  name: [5, null, true, ['name'], {}],
  model: [1, null, false, ['male-hpg'], {}],
  days: ['7', null, true, [7], {}],
  subject: [5, null, 'obesity', ['obesity']],
  regimens: [5, null, 'hcg', {}],
  parameters: [5, null, 'x', [1]],
  output: [6, null, 'hourly', [6]],
};

/** Every mutation, by name. */
export const MUTATIONS: Readonly<Record<string, Mutation>> = {
  'wrong type (top level)': (f, d) => {
    const field = d.pick(Object.keys(WRONG_VALUES));
    return text({ ...f, [field]: d.pick(WRONG_VALUES[field]!) });
  },
  'wrong type (regimen)': (f, d) => {
    regimensOf(f)[0]![d.pick(['agent', 'dose', 'fromDay', 'mode'])] = d.pick([null, true, [], {}, 12345]);
    return text(f);
  },
  'non-finite number': (f, d) => {
    // Not expressible in JSON text: the value goes through JSON.stringify as null, or as a literal the parser refuses.
    const literal = d.pick(['NaN', 'Infinity', '-Infinity', '1e999']);
    return text(f).replace(/"days":[^,}]+/, `"days":${literal}`);
  },
  'days out of range': (f, d) => text({ ...f, days: d.pick([0, -1, -1e-9, L.maxDays + 1e-6, 1e12]) }),
  'dose out of range': (f, d) => {
    regimensOf(f)[0]!.dose = d.pick([0, -1, L.maxDose + 0.001, 1e9]);
    return text(f);
  },
  'interval out of range': (f, d) => {
    const r = regimensOf(f)[0]!;
    delete r.everyDays;
    delete r.everyHours;
    r.mode = 'bolus';
    if (d.chance(0.5)) r.everyDays = d.pick([0, L.minEveryDays / 2, L.maxEveryDays + 1, -7]);
    else r.everyHours = d.pick([0, L.minEveryHours / 2, L.maxEveryHours + 1, -1]);
    return text(f);
  },
  'negative fromDay': (f, d) => {
    regimensOf(f)[0]!.fromDay = d.pick([-1, -0.001, -1e6]);
    return text(f);
  },
  'untilDay before fromDay': (f) => {
    const r = regimensOf(f)[0]!;
    r.fromDay = 1;
    r.untilDay = 0.5;
    return text({ ...f, days: Math.max(2, Number(f.days)) });
  },
  'output spacing out of range': (f, d) => text({ ...f, output: { everyHours: d.pick([0, L.minOutputEveryHours / 2, L.maxOutputEveryHours + 1, -6]) } }),
  'unknown field': (f, d) => {
    const target = someObject(f, d);
    target[d.pick(['everyDay', 'dosage', 'Days', 'extra', 'unknown field', 'x'.repeat(300)])] = 1;
    return text(f);
  },
  'forbidden key': (f, d) => {
    const key = d.pick(['__proto__', 'constructor', 'prototype']);
    const where = d.pick(['"parameters":{', '"subject":{', '{']);
    const body = text({ ...f, parameters: f.parameters ?? {}, subject: f.subject ?? { conditions: [] } });
    return body.replace(where, `${where}"${key}":{"polluted":true},`).replace(/,}/g, '}');
  },
  'duplicate key': (f, d) => {
    const key = d.pick(['days', 'name', 'model', 'format']);
    return text(f).replace(/}$/, `,"${key}":${JSON.stringify(f[key])}}`);
  },
  'missing required field': (f, d) => {
    const copy = { ...f };
    delete copy[d.pick(['format', 'name', 'model', 'days'])];
    return text(copy);
  },
  'missing regimen field': (f, d) => {
    delete regimensOf(f)[0]![d.pick(['agent', 'dose'])];
    return text(f);
  },
  'unknown id': (f, d) =>
    d.pick([
      () => text({ ...f, model: d.pick(['male', 'smith', 'female', 'Female-HPG', '']) }),
      () => {
        regimensOf(f)[0]!.agent = d.pick(['aspirin', 'hcg ', 'HCG', '']);
        return text(f);
      },
      () => text({ ...f, subject: { conditions: [d.pick(['castration', 'obese', ''])] } }),
      () => {
        regimensOf(f)[0]!.mode = d.pick(['drip', 'Bolus', '']);
        return text(f);
      },
    ])(),
  'bad name': (f, d) => text({ ...f, name: d.pick(['', '   ', '\u200b', '\u200b\u2060 ', 'a\u001b[2Jb', 'line\nbreak', 'x'.repeat(L.maxNameLength + 1)]) }),
  'bad description': (f, d) => text({ ...f, description: d.pick(['bell\u0007', 'x'.repeat(L.maxDescriptionLength + 1), 5]) }),
  'wrong format tag': (f, d) => text({ ...f, format: d.pick(['gonadostat-scenario/2', 'gonadostat-scenario', '', 'GONADOSTAT-SCENARIO/1']) }),
  'regimen starts after the end': (f) => {
    regimensOf(f)[0]!.fromDay = Number(f.days) + 1;
    return text(f);
  },
  'condition starts after the end': (f, d) => {
    const id = d.pick(modelOf(f).conditions);
    return text({ ...f, subject: { conditions: [{ id, fromDay: Number(f.days) + 0.5 }] } });
  },
  'both intervals, or an infusion with one': (f, d) => {
    const r = regimensOf(f)[0]!;
    if (d.chance(0.5)) Object.assign(r, { mode: 'bolus', everyDays: 7, everyHours: 12 });
    else Object.assign(r, { mode: 'infusion', everyDays: 7 });
    return text(f);
  },
  'bolus without an interval': (f) => {
    const r = regimensOf(f)[0]!;
    delete r.everyDays;
    delete r.everyHours;
    r.mode = 'bolus';
    return text(f);
  },
  'agent or condition the model lacks': (f, d) => {
    const model = modelOf(f);
    const agent = ALL_AGENTS.find((a) => !model.agents.includes(a));
    const condition = ALL_CONDITIONS.find((c) => !model.conditions.includes(c));
    if (agent !== undefined && d.chance(0.5)) regimensOf(f)[0]!.agent = agent;
    else if (condition !== undefined) f.subject = { conditions: [condition] };
    else return text({ ...f, model: 'no-such-model' });
    return text(f);
  },
  'unknown parameter': (f, d) => text({ ...f, parameters: { ...(f.parameters as object), [d.pick(['lhHalfLife', 'zzz', 'p'.repeat(500), 'Testosterone'])]: 1 } }),
  'parameter out of range': (f, d) => {
    const p = d.pick(modelOf(f).parameters);
    return text({ ...f, parameters: { [p.id]: d.chance(0.5) ? p.max + Math.abs(p.max) + 1 : p.min - Math.abs(p.min) - 1 } });
  },
  'too many regimens': (f) => text({ ...f, regimens: Array.from({ length: L.maxRegimens + 1 }, () => ({ agent: modelOf(f).agents[0], dose: 0.1, everyDays: 30 })) }),
  'too many boluses': (f) => text({ ...f, days: 600, output: { everyHours: 24 }, regimens: [{ agent: modelOf(f).agents[0], dose: 1e-4, everyHours: 0.25 }] }),
  'too many output rows': (f) => text({ ...f, days: L.maxDays, output: { everyHours: L.minOutputEveryHours } }),
  'dose rate above the limit': (f, d) => {
    const agent = modelOf(f).agents.find((a) => a !== 'gonadorelin')!;
    return text({ ...f, days: Math.max(3, Number(f.days)), regimens: [{ agent, dose: 10, everyHours: d.pick([0.25, 1, 6]) }] });
  },
  'overlapping infusions above the limit': (f) => {
    const agent = modelOf(f).agents[0];
    // Two infusions that each fit the cap but together exceed it.
    const dose = L.maxRateMultiple * 0.6;
    return text({ ...f, regimens: [{ agent, dose, mode: 'infusion' }, { agent, dose, mode: 'infusion' }] });
  },
  'GnRH pulses where not allowed': (f) => text({ ...f, days: f.model === 'male-hpg' ? 40 : f.days, options: { gnrhPulses: true } }),
  'GH pulses where not allowed': (f) => text({ ...f, days: f.model === 'gh-igf1' ? 15 : f.days, options: { ghPulses: true } }),
  'broken JSON': (f, d) => {
    const body = text(f);
    return d.pick([
      () => body.slice(0, d.int(0, body.length - 1)),
      () => body.replace(/}$/, ',}'),
      () => body.replace(/"/g, "'"),
      () => `${body}x`,
      () => body.replace(':', ' '),
      () => '',
      () => '   \n ',
      () => `\uFEFF${body.slice(0, 10)}`,
    ])();
  },
  'not an object': (_f, d) => text(d.pick([[], 'scenario', 42, null, [{}]])),
  'huge key': (f) => text({ ...f, parameters: { ['k'.repeat(900_000)]: 1 } }),
  'tens of thousands of unknown keys': (f) => {
    const parameters: Record<string, number> = {};
    for (let i = 0; i < 70_000; i++) parameters[`u${i}`] = 1;
    return text({ ...f, parameters });
  },
  'deep nesting': (f, d) => {
    const depth = d.pick([40, 1000, 200_000]);
    const { regimens: _regimens, ...rest } = f;
    return text(rest).replace(/}$/, `,"regimens":${'['.repeat(depth)}${']'.repeat(depth)}}`);
  },
  'oversized file': (f) => text({ ...f, description: 'x'.repeat(L.maxTextBytes) }),
};

/** Mutations that build megabyte-sized inputs: drawn less often, so the run stays fast. */
export const HEAVY_MUTATIONS: ReadonlySet<string> = new Set(['huge key', 'tens of thousands of unknown keys', 'deep nesting', 'oversized file']);
