/**
 * The machinery shared by parameter sweeps (./sensitivity.ts, ./uncertainty.ts):
 * a sweep is planned as a list of independent jobs — one simulation each, with
 * its own parameter overrides — run by a pure function, and combined at the
 * end. Jobs and results are plain data (structured-cloneable), so the app can
 * hand chunks of them to web workers, report progress and cancel between
 * chunks, and the CLI can run them in a loop; the answer does not depend on
 * how the jobs were split, or in which order they ran.
 *
 * A run that fails (a SolverError, a subject without a steady state) is a
 * failed result of its job, not an exception: sweeps report it and go on.
 */
import { conditionId } from '../scenario/regimen-schedule';
import type { Scenario } from '../scenario/types';
import type { ParameterDefinition } from '../model/parameter';
import { getModel } from '../model/registry';
import { isPulseOption } from '../model/ids';
import { compiledModelOf } from '../model/compiled-models';
import { didYouMean } from '../scenario/closest-match';
import { simulate } from '../simulate';
import { assertNever } from '../assert-never';
import { evaluateMetric, parseMetricId, type MetricValue } from './run-metric';

/** One simulation of a sweep: the full scenario to run and what to keep from it. */
export type SweepJob =
  /** Keep one metric (sensitivity). */
  | { readonly kind: 'metric'; readonly index: number; readonly scenario: Scenario; readonly metric: string }
  /** Keep every output column (uncertainty). */
  | { readonly kind: 'trajectory'; readonly index: number; readonly scenario: Scenario };

/** What one job produced; `index` is its job's. */
export type JobResult =
  | { readonly kind: 'metric'; readonly index: number; readonly ok: true; readonly value: MetricValue }
  | {
      readonly kind: 'trajectory';
      readonly index: number;
      readonly ok: true;
      /** Output times, days. */
      readonly days: Float64Array;
      /** Output columns relative to the healthy baseline, by output id. */
      readonly series: Readonly<Record<string, Float64Array>>;
    }
  | { readonly kind: SweepJob['kind']; readonly index: number; readonly ok: false; readonly message: string };

/** A bad sweep option (unknown metric or parameter, fraction out of range); the message names the option. */
export class SweepOptionError extends Error {
  override readonly name = 'SweepOptionError';
}

/** Runs one job. Never throws: a failed simulation becomes a failed result with the solver's message. */
export function runJob(job: SweepJob): JobResult {
  try {
    const result = simulate(job.scenario);
    switch (job.kind) {
      case 'metric': {
        const spec = parseMetricId(job.metric, job.scenario.model);
        if ('error' in spec) return { kind: job.kind, index: job.index, ok: false, message: spec.error };
        return { kind: 'metric', index: job.index, ok: true, value: evaluateMetric(spec, job.scenario, result.days, result.series) };
      }
      case 'trajectory':
        return { kind: 'trajectory', index: job.index, ok: true, days: result.days, series: result.series };
      default:
        return assertNever(job, 'sweep job');
    }
  } catch (error) {
    return { kind: job.kind, index: job.index, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

/** Runs jobs in order on this thread, calling `onProgress(done, total)` after each (CLI, tests). */
export function runJobs(jobs: readonly SweepJob[], onProgress?: (done: number, total: number) => void): JobResult[] {
  return jobs.map((job, k) => {
    const result = runJob(job);
    onProgress?.(k + 1, jobs.length);
    return result;
  });
}

/** Splits jobs into consecutive chunks of at most `size` jobs (the unit a worker runs between progress reports). */
export function chunkJobs(jobs: readonly SweepJob[], size: number): SweepJob[][] {
  const step = Math.max(1, Math.floor(size));
  const chunks: SweepJob[][] = [];
  for (let k = 0; k < jobs.length; k += step) chunks.push(jobs.slice(k, k + step));
  return chunks;
}

/** Results ordered by job index whatever order they arrived in; throws when one is missing. */
export function orderResults(jobCount: number, results: readonly JobResult[]): JobResult[] {
  const ordered = new Array<JobResult | undefined>(jobCount);
  for (const r of results) ordered[r.index] = r;
  return ordered.map((r, k) => {
    if (r === undefined) throw new Error(`sweep result ${k} of ${jobCount} is missing`);
    return r;
  });
}

/**
 * The parameters a sweep varies by default: the model's record minus those
 * that cannot change this run — parameters of agents the scenario does not
 * give, of conditions it does not have, of explicit pulses when they are off —
 * and minus subject knobs (`leydigSteroidogenesis`), which describe the man
 * rather than the model. Name any of them explicitly to sweep it anyway.
 */
export function sweepableParameters(scenario: Scenario): ParameterDefinition[] {
  const given = new Set(scenario.regimens.map((r) => r.agent));
  // Parameters that only agents read (the compiled model's declaration), none of them given.
  const unused = new Set<string>();
  for (const [id, agents] of Object.entries(compiledModelOf(scenario.model).layout.parameterAgents)) {
    if (!agents.some((a) => given.has(a as never))) unused.add(id);
  }
  const conditions = new Set<string>(scenario.subject.conditions.map(conditionId));
  const matters = (p: ParameterDefinition): boolean =>
    p.subjectKnob !== true && (p.onlyWith === undefined || (isPulseOption(p.onlyWith) ? scenario.options?.[p.onlyWith] === true : conditions.has(p.onlyWith)));
  return getModel(scenario.model).parameters.filter((p) => !unused.has(p.id) && matters(p));
}

/**
 * The parameter definitions a sweep varies: `ids` when given (each must be the
 * model's, else SweepOptionError naming it), else sweepableParameters.
 */
export function chooseParameters(scenario: Scenario, ids?: readonly string[]): ParameterDefinition[] {
  if (ids === undefined || ids.length === 0) return sweepableParameters(scenario);
  const record = getModel(scenario.model).parameters;
  return ids.map((id) => {
    const definition = record.find((p) => p.id === id);
    if (definition === undefined) {
      throw new SweepOptionError(`unknown parameter '${id}' for model '${scenario.model}'${didYouMean(id, record.map((p) => p.id))}`);
    }
    return definition;
  });
}

/** The scenario with extra parameter overrides. */
export function withParameters(scenario: Scenario, overrides: Readonly<Record<string, number>>): Scenario {
  return { ...scenario, parameters: { ...scenario.parameters, ...overrides } };
}
