/**
 * Reading a scenario: from text or a parsed value to a validated `Scenario`
 * with defaults filled in, or to a list of problems each named by JSON path.
 *
 *   text ──size, JSON syntax, duplicate keys──▶ value ──forbidden keys, depth──▶
 *        ──schema──▶ shape ──cross-checks (model, window, budgets, dose rates)──▶ Scenario
 *
 * The cost is linear in the input and bounded: at most 20 problems are listed
 * (the rest counted), each at most 2,000 characters (SCENARIO_LIMITS).
 *
 * The model catalogue is an argument (not the registry) so validation can be
 * tested with a fake and carries no model code.
 */
import type { ModelCatalogue } from './catalogue';
import { crossCheckScenario } from './cross-checks';
import { formatIssue, ScenarioValidationError, type ScenarioIssue } from './issue';
import { IssueList } from './issue-list';
import { readJsonText } from './json-text';
import { SCENARIO_LIMITS as L } from './limits';
import { knownFieldsAt, ScenarioFileSchema } from './schema';
import type { Scenario } from './types';
import { guardJsonValue } from './value-guard';
import { friendlyErrorMap, toScenarioIssues } from './zod-messages';

export { formatIssue, ScenarioValidationError, type ScenarioIssue } from './issue';

/**
 * The outcome of reading a scenario: the scenario and any warnings, or the
 * problems found (the first 20 listed; `errorCount` counts them all).
 */
export type ParseResult =
  | { readonly ok: true; readonly scenario: Scenario; readonly warnings: string[] }
  | { readonly ok: false; readonly errors: readonly ScenarioIssue[]; readonly errorCount: number };

function failure(issues: IssueList): ParseResult {
  return { ok: false, errors: issues.listed, errorCount: issues.count };
}

/** Validates a parsed JSON value as a scenario for the models in `catalogue`. */
export function parseScenario(input: unknown, catalogue: ModelCatalogue): ParseResult {
  const issues = new IssueList();
  guardJsonValue(input, issues);
  if (issues.count > 0) return failure(issues);
  const parsed = ScenarioFileSchema.safeParse(input, { error: friendlyErrorMap });
  if (!parsed.success) {
    toScenarioIssues(parsed.error.issues, knownFieldsAt, issues);
    return failure(issues);
  }
  // Compile-time check that the schema's output is a Scenario.
  const scenario: Scenario = parsed.data;
  const { warnings } = crossCheckScenario(scenario, catalogue(scenario.model), issues);
  if (issues.count > 0) return failure(issues);
  return { ok: true, scenario, warnings: warnings.listed.map(formatIssue) };
}

/**
 * Reads a scenario file's text: rejects files over 1 MB, reports JSON syntax
 * errors with line and column and keys given twice, then validates as
 * `parseScenario` does. A leading byte-order mark (as some Windows editors
 * write) is ignored.
 */
export function parseScenarioText(text: string, catalogue: ModelCatalogue): ParseResult {
  const issues = new IssueList();
  // UTF-8 never has fewer bytes than UTF-16 code units, so the cheap length test comes first.
  if (text.length > L.maxTextBytes || new TextEncoder().encode(text).byteLength > L.maxTextBytes) {
    issues.add([], `the file is too large: scenario files are limited to ${L.maxTextBytes / 1_000_000} MB`);
    return failure(issues);
  }
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.trim() === '') {
    issues.add([], 'the file is empty; a scenario file is a JSON object');
    return failure(issues);
  }
  const value = readJsonText(body, issues);
  if (issues.count > 0) return failure(issues);
  return parseScenario(value, catalogue);
}

/** Validates `input` and returns the scenario, or throws a ScenarioValidationError listing the problems. */
export function assertValidScenario(input: unknown, catalogue: ModelCatalogue): Scenario {
  const result = parseScenario(input, catalogue);
  if (!result.ok) throw new ScenarioValidationError(result.errors, result.errorCount);
  return result.scenario;
}
