/**
 * Reading a scenario: from text or a parsed value to a validated `Scenario`
 * with defaults filled in, or to a list of problems each named by JSON path.
 *
 *   text ──size, JSON syntax──▶ value ──schema──▶ shape ──cross-checks (model, window, budgets)──▶ Scenario
 *
 * The model catalogue is an argument (not the registry) so validation can be
 * tested with a fake and carries no model code.
 */
import type { ModelCatalogue } from './catalogue';
import { crossCheckScenario } from './cross-checks';
import { formatIssue, ScenarioValidationError, type ScenarioIssue } from './issue';
import { findJsonSyntaxError } from './json-syntax';
import { SCENARIO_LIMITS as L } from './limits';
import { knownFieldsAt, ScenarioFileSchema } from './schema';
import type { Scenario } from './types';
import { friendlyErrorMap, toScenarioIssues } from './zod-messages';

export { formatIssue, ScenarioValidationError, type ScenarioIssue } from './issue';

/** The outcome of reading a scenario: the scenario and any warnings, or every problem found. */
export type ParseResult =
  | { readonly ok: true; readonly scenario: Scenario; readonly warnings: string[] }
  | { readonly ok: false; readonly errors: ScenarioIssue[] };

/** Validates a parsed JSON value as a scenario for the models in `catalogue`. */
export function parseScenario(input: unknown, catalogue: ModelCatalogue): ParseResult {
  const parsed = ScenarioFileSchema.safeParse(input, { error: friendlyErrorMap });
  if (!parsed.success) return { ok: false, errors: toScenarioIssues(parsed.error.issues, knownFieldsAt) };
  // Compile-time check that the schema's output is a Scenario.
  const scenario: Scenario = parsed.data;
  const { errors, warnings } = crossCheckScenario(scenario, catalogue(scenario.model));
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, scenario, warnings: warnings.map(formatIssue) };
}

/**
 * Reads a scenario file's text: rejects files over 1 MB, reports JSON syntax
 * errors with line and column, then validates as `parseScenario` does.
 * A leading byte-order mark (as some Windows editors write) is ignored.
 */
export function parseScenarioText(text: string, catalogue: ModelCatalogue): ParseResult {
  // UTF-8 never has fewer bytes than UTF-16 code units, so the cheap length test comes first.
  if (text.length > L.maxTextBytes || new TextEncoder().encode(text).byteLength > L.maxTextBytes) {
    return fail(`the file is too large: scenario files are limited to ${L.maxTextBytes / 1_000_000} MB`);
  }
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.trim() === '') return fail('the file is empty; a scenario file is a JSON object');
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    const found = findJsonSyntaxError(body);
    if (found === null) return fail(`not valid JSON (${error instanceof Error ? error.message : String(error)})`);
    return fail(`not valid JSON: ${found.message} at line ${found.line}, column ${found.column} (position ${found.offset})`);
  }
  return parseScenario(value, catalogue);
}

/** Validates `input` and returns the scenario, or throws a ScenarioValidationError listing every problem. */
export function assertValidScenario(input: unknown, catalogue: ModelCatalogue): Scenario {
  const result = parseScenario(input, catalogue);
  if (!result.ok) throw new ScenarioValidationError(result.errors);
  return result.scenario;
}

function fail(message: string): ParseResult {
  return { ok: false, errors: [{ path: '', message }] };
}
