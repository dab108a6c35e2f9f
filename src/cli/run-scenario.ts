/**
 * Runs scenario text to CLI output text. Pure apart from the core call, so the
 * CLI's behaviour (messages, exit codes) is testable in-process. Sweeps are
 * handed to ./run-sweep.ts. Every failure is one line (the CLI exits with
 * code 2): invalid input, a subject with no steady state, a failed integration.
 */
import { parseScenarioText } from '../core/scenario/validate';
import { summarizeIssues } from '../core/scenario/issue';
import { NoSteadyStateError } from '../core/model/no-steady-state-error';
import { NoCycleError } from '../core/model/no-cycle-error';
import { MODELS } from '../core/model/registry';
import { simulate, type SimulationResult } from '../core/simulate';
import { SolverError } from '../core/solver/solver-error';
import { resultToCsv } from '../core/output/csv';
import { resultToJson } from '../core/output/json';
import { recoveryMetrics } from '../core/analysis/recovery-metrics';
import { metricsTable } from '../core/analysis/metrics-table';
import { ghMetrics, ghMetricsTable } from '../core/analysis/gh-metrics';
import { cycleMetricsTable } from '../core/analysis/cycle-metrics-table';
import { afterLastDose } from '../core/analysis/cycle-metrics';
import { scenarioCycleMetrics } from '../core/model/female-hpg/scenario-cycle-metrics';
import type { CliFormat, SweepArgs } from './args';
import { runSweep, type SweepProgress } from './run-sweep';
import { scenarioToSbml } from '../core/export/sbml';
import { modelLimitsFor } from '../core/scenario/model-limits';

/** What the CLI prints: text on success (with a one-line warning for stderr, if any), or a one-line message (exit code 2). */
export type RunOutcome = { ok: true; text: string; warning?: string } | { ok: false; message: string };

/** What to do with the scenario: one run (CSV, JSON or the metrics table) or a sweep. */
export interface RunOptions {
  readonly format: CliFormat;
  readonly metrics: boolean;
  readonly sweep?: SweepArgs;
  /** Export the model instead of running it. */
  readonly exportAs?: 'sbml';
  /** Progress of a sweep, after each run. */
  readonly onProgress?: SweepProgress;
}

/** Validates a scenario file's text, then simulates it or runs the sweep asked for. */
export function runScenarioText(text: string, options: RunOptions): RunOutcome {
  const parsed = parseScenarioText(text, (id) => MODELS[id]);
  if (!parsed.ok) return { ok: false, message: summarizeIssues(parsed.errors, parsed.errorCount) };
  if (options.exportAs === 'sbml') {
    try {
      return { ok: true, text: scenarioToSbml(parsed.scenario) };
    } catch (error) {
      return { ok: false, message: `export failed: ${error instanceof Error ? error.message : String(error)}` };
    }
  }
  if (options.sweep !== undefined) return runSweep(parsed.scenario, options.sweep, options.format, options.onProgress);
  let result;
  try {
    result = simulate(parsed.scenario);
  } catch (error) {
    if (error instanceof NoSteadyStateError || error instanceof NoCycleError) return { ok: false, message: error.message };
    if (error instanceof SolverError) return { ok: false, message: `simulation failed: ${error.message}` };
    throw error;
  }
  // The model's known limits for this scenario go to stderr beside the output, as in the app.
  const limits = modelLimitsFor(parsed.scenario);
  return { ok: true, text: outputText(result, options), ...(limits.length > 0 ? { warning: limits.map((l) => `model limit: ${l.text}`).join(' ') } : {}) };
}

/** The run as the CLI prints it: JSON with the model's metrics, or the CSV or the metrics table. */
function outputText(result: SimulationResult, options: RunOptions): string {
  const gh = ghMetrics(result.scenario, result.days, result.series, result.subjectBaseline);
  if (gh !== null) {
    // The somatotropic axis has no exogenous androgen to recover from: its own metrics (GH brief §8).
    if (options.format === 'json') return JSON.stringify(resultToJson(result, { ghMetrics: gh })) + '\n';
    return options.metrics ? ghMetricsTable(gh) : resultToCsv(result);
  }
  if (MODELS[result.scenario.model].baseline === 'cycle-mean') {
    // A cycling model: ovulations and cycle lengths instead of recovery from suppression.
    const metrics = scenarioCycleMetrics(result);
    const after = afterLastDose(result.scenario, metrics);
    const cycle = after === null ? metrics : { ...metrics, afterLastDose: after };
    if (options.format === 'json') return JSON.stringify(resultToJson(result, { cycle })) + '\n';
    return options.metrics ? cycleMetricsTable(metrics, after) : resultToCsv(result);
  }
  const metrics = recoveryMetrics(result.scenario, result.days, result.series);
  if (options.format === 'json') return JSON.stringify(resultToJson(result, { recovery: metrics })) + '\n';
  return options.metrics ? metricsTable(metrics) : resultToCsv(result);
}
