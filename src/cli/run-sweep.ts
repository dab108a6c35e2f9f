/**
 * `--sweep sensitivity|uncertainty`: plans the sweep's jobs with the core
 * (src/core/analysis/sensitivity.ts, uncertainty.ts), runs them one after the
 * other on this thread, and formats the combined report. The app runs the
 * same jobs in web workers.
 *
 * Failures as for one run (one line, exit code 2): a bad option (the message
 * names it), or every run failing; runs that fail among others are listed in
 * the output and counted in a warning.
 */
import type { Scenario } from '../core/scenario/types';
import { parseMetricId } from '../core/analysis/run-metric';
import { SweepOptionError, chooseParameters, runJobs } from '../core/analysis/sweep';
import { combineSensitivity, planSensitivity } from '../core/analysis/sensitivity';
import { combineUncertainty, planUncertainty } from '../core/analysis/uncertainty';
import { sensitivityToCsv, sensitivityToJson, uncertaintyToCsv, uncertaintyToJson } from '../core/output/sweep-report';
import type { CliFormat, SweepArgs } from './args';
import type { RunOutcome } from './run-scenario';

/** Called after each run with the number done and the total (the CLI draws a progress line on a terminal). */
export type SweepProgress = (done: number, total: number) => void;

function checkOptions(scenario: Scenario, sweep: SweepArgs): RunOutcome | null {
  if (sweep.kind === 'sensitivity') {
    const spec = parseMetricId(sweep.metric, scenario.model);
    if ('error' in spec) return { ok: false, message: `--metric: ${spec.error}` };
  }
  try {
    chooseParameters(scenario, sweep.parameters);
  } catch (error) {
    if (error instanceof SweepOptionError) return { ok: false, message: `--parameters: ${error.message}` };
    throw error;
  }
  return null;
}

function allFailed(total: number, failed: number, firstMessage: string | undefined): RunOutcome | null {
  if (total > 0 && failed === total) return { ok: false, message: `simulation failed in every run: ${firstMessage ?? 'unknown error'}` };
  return null;
}

const warning = (failed: number, total: number): { warning?: string } =>
  failed > 0 ? { warning: `${failed} of ${total} runs failed (listed in the output)` } : {};

/** Runs a sweep over a validated scenario and formats it. */
export function runSweep(scenario: Scenario, sweep: SweepArgs, format: CliFormat, onProgress?: SweepProgress): RunOutcome {
  const invalid = checkOptions(scenario, sweep);
  if (invalid !== null) return invalid;
  try {
    if (sweep.kind === 'sensitivity') {
      const plan = planSensitivity(scenario, sweep);
      const results = runJobs(plan.jobs, onProgress);
      const report = combineSensitivity(plan, results);
      const failed = allFailed(plan.jobs.length, report.failedRuns, results.find((r) => !r.ok && 'message' in r)?.message);
      if (failed !== null) return failed;
      const text = format === 'json' ? JSON.stringify(sensitivityToJson(report, scenario.name)) + '\n' : sensitivityToCsv(report);
      return { ok: true, text, ...warning(report.failedRuns, plan.jobs.length) };
    }
    const plan = planUncertainty(scenario, sweep);
    const report = combineUncertainty(plan, runJobs(plan.jobs, onProgress));
    const failed = allFailed(report.samples, report.failures.length, report.failures[0]?.message);
    if (failed !== null) return failed;
    const text = format === 'json' ? JSON.stringify(uncertaintyToJson(report, scenario.name)) + '\n' : uncertaintyToCsv(report);
    return { ok: true, text, ...warning(report.failures.length, report.samples) };
  } catch (error) {
    if (error instanceof SweepOptionError) return { ok: false, message: error.message };
    throw error;
  }
}
