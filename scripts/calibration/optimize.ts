/**
 * Fits free parameters to an anchor set: Nelder–Mead on the logarithms of the
 * parameters, each held inside its plausible range (values are clamped, and a
 * step outside the range is penalized), minimizing the weighted squared misses
 * of ./objective.ts. Starts from the repo's values (or a JSON file of values)
 * and prints the best set as JSON, to be copied into the parameter record by hand.
 *
 * Usage: npm run calibration:optimize -- [--anchors axis|sperm|all|female] [--iterations 300] [--start values.json] [--out best.json] [id …]
 * Without ids it frees the parameters that were fitted against that set (AXIS_FREE, SPERM_FREE, FEMALE_FREE).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolveParameters } from '../../src/core/model/parameter';
import { MALE_HPG_PARAMETERS } from '../../src/core/model/male-hpg/definition';
import { FEMALE_HPG_PARAMETERS } from '../../src/core/model/female-hpg/definition';
import { AXIS_FREE, FEMALE_FREE, SPERM_FREE, anchorsOf, modelOf, objective, type AnchorSet } from './objective';
import { setTrialParameters } from './lib';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const positional = args.filter((a, i) => !a.startsWith('--') && !(i > 0 && args[i - 1]!.startsWith('--')));
const set = (option('anchors') ?? 'axis') as AnchorSet;
if (!['axis', 'sperm', 'all', 'female'].includes(set)) throw new Error(`--anchors must be axis, sperm, all or female, not ${set}`);
const iterations = Number(option('iterations') ?? 300);
const startFile = option('start');
const start: Record<string, number> = startFile ? (JSON.parse(readFileSync(startFile, 'utf8')) as Record<string, number>) : {};
const FREE: Record<AnchorSet, readonly string[]> = { axis: AXIS_FREE, sperm: SPERM_FREE, all: [...AXIS_FREE, ...SPERM_FREE], female: FEMALE_FREE };
const names: readonly string[] = positional.length > 0 ? positional : FREE[set];

const record = modelOf(set) === 'female-hpg' ? FEMALE_HPG_PARAMETERS : MALE_HPG_PARAMETERS;
const definitions = new Map(record.map((p) => [p.id, p]));
const defaults = resolveParameters(record, start);
const bounds = names.map((id) => {
  const p = definitions.get(id);
  if (!p) throw new Error(`unknown parameter ${id}`);
  return { low: Math.log(Math.max(p.min, 1e-6)), high: Math.log(p.max) };
});
const anchors = anchorsOf(set);

/** Parameter values for a point of the log-space simplex (clamped to the ranges). */
function valuesAt(x: readonly number[]): Record<string, number> {
  const values = { ...start };
  names.forEach((id, i) => {
    values[id] = Math.exp(Math.min(bounds[i]!.high, Math.max(bounds[i]!.low, x[i]!)));
  });
  return values;
}

function cost(x: readonly number[]): number {
  setTrialParameters(valuesAt(x));
  const outside = x.reduce((s, xi, i) => s + 100 * (Math.max(0, bounds[i]!.low - xi) ** 2 + Math.max(0, xi - bounds[i]!.high) ** 2), 0);
  return objective(anchors) + outside;
}

const n = names.length;
const x0 = names.map((id) => Math.log(Math.max(defaults[id]!, 1e-6)));
let simplex = [x0, ...x0.map((_, i) => x0.map((v, j) => (j === i ? v + 0.25 : v)))];
let costs = simplex.map(cost);
const toward = (from: readonly number[], to: readonly number[], t: number): number[] => from.map((v, j) => v + t * (to[j]! - v));

for (let it = 0; it < iterations; it++) {
  const order = costs.map((_, i) => i).sort((a, b) => costs[a]! - costs[b]!);
  simplex = order.map((i) => simplex[i]!);
  costs = order.map((i) => costs[i]!);
  if (it % 20 === 0) console.error(`iteration ${it}: objective ${costs[0]!.toFixed(3)}`);
  const worst = simplex[n]!;
  const centroid = x0.map((_, j) => simplex.slice(0, n).reduce((s, p) => s + p[j]!, 0) / n);
  const reflected = toward(centroid, worst, -1);
  const fr = cost(reflected);
  if (fr < costs[0]!) {
    const expanded = toward(centroid, worst, -2);
    const fe = cost(expanded);
    [simplex[n], costs[n]] = fe < fr ? [expanded, fe] : [reflected, fr];
  } else if (fr < costs[n - 1]!) {
    [simplex[n], costs[n]] = [reflected, fr];
  } else {
    const contracted = toward(centroid, worst, 0.5);
    const fc = cost(contracted);
    if (fc < costs[n]!) {
      [simplex[n], costs[n]] = [contracted, fc];
    } else {
      for (let i = 1; i <= n; i++) {
        simplex[i] = toward(simplex[0]!, simplex[i]!, 0.5);
        costs[i] = cost(simplex[i]!);
      }
    }
  }
}

const bestIndex = costs.indexOf(Math.min(...costs));
const best = Object.fromEntries(Object.entries(valuesAt(simplex[bestIndex]!)).map(([id, v]) => [id, Number(v.toPrecision(4))]));
const json = JSON.stringify(best, null, 1);
const out = option('out');
if (out) writeFileSync(out, json);
console.log(json);
console.error(`objective ${costs[bestIndex]!.toFixed(3)} over ${anchors.length} anchors (${set}), ${n} free parameters`);
