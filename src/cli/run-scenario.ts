/**
 * Runs scenario text to CLI output text. Pure apart from the core call, so the
 * CLI's behaviour (messages, exit codes) is testable in-process.
 */
import { parseScenarioText, formatIssue } from '../core/scenario/validate';
import { MODELS } from '../core/model/registry';
import { simulate } from '../core/simulate';
import { SolverError } from '../core/solver/solver-error';
import { resultToCsv } from '../core/output/csv';
import { resultToJson } from '../core/output/json';
import { recoveryMetrics } from '../core/analysis/recovery-metrics';
import { metricsTable } from '../core/analysis/metrics-table';
import type { CliFormat } from './args';

/** What the CLI prints: text on success, or a one-line message and exit code. */
export type RunOutcome = { ok: true; text: string } | { ok: false; message: string; exitCode: 1 | 2 };

/** Validates and simulates a scenario file's text. */
export function runScenarioText(text: string, options: { format: CliFormat; metrics: boolean }): RunOutcome {
  const parsed = parseScenarioText(text, (id) => MODELS[id]);
  if (!parsed.ok) {
    const [first, ...rest] = parsed.errors;
    const more = rest.length > 0 ? ` (and ${rest.length} more)` : '';
    return { ok: false, message: `${formatIssue(first!)}${more}`, exitCode: 2 };
  }
  let result;
  try {
    result = simulate(parsed.scenario);
  } catch (error) {
    if (error instanceof SolverError) return { ok: false, message: `simulation failed: ${error.message}`, exitCode: 1 };
    throw error;
  }
  const metrics = recoveryMetrics(result.scenario, result.days, result.series);
  if (options.format === 'json') return { ok: true, text: JSON.stringify(resultToJson(result, { recovery: metrics })) + '\n' };
  return { ok: true, text: options.metrics ? metricsTable(metrics) : resultToCsv(result) };
}
