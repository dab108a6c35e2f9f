/**
 * Public API of the scenario module: the file format's types and schema,
 * validation with path-named messages, canonical serialization, and the
 * schedule helpers models use to turn day-based regimens into hours.
 */
export type { ModelCatalogue, ModelCatalogueEntry } from './catalogue';
export { formatIssue, formatPath, ScenarioValidationError, summarizeIssues, type ScenarioIssue } from './issue';
export { SCENARIO_LIMITS } from './limits';
export {
  bolusCount,
  bolusIntervalHours,
  bolusTimesHours,
  conditionId,
  conditionOnsetDay,
  normalizeRegimen,
  type RegimenHours,
} from './regimen-schedule';
export { REGIMEN_MODES, ScenarioFileSchema, SUPPORTED_FORMATS, type ScenarioFile } from './schema';
export { serializeScenario, toCanonicalJson } from './serialize';
export {
  SCENARIO_FORMAT,
  type ConditionEntry,
  type ConditionOnset,
  type ModelOptions,
  type Regimen,
  type RegimenMode,
  type Scenario,
} from './types';
export { assertValidScenario, parseScenario, parseScenarioText, type ParseResult } from './validate';
export { decodeScenarioBytes, MAX_SCENARIO_FILE_BYTES, type DecodedText } from './text-encoding';
export { outputRowCount } from './output-times';
export { stepBudget, STEP_BUDGET } from './step-budget';
