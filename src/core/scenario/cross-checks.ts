/**
 * Checks run after the schema has accepted a scenario's shape: those that need
 * the model (supported agents and conditions, parameter ids and ranges, the
 * GnRH-pulse option), those that relate fields to `days`, and the budgets that
 * keep a run within what a browser tab can compute (output rows, bolus events).
 * Also notes things that are allowed but probably not what the user meant,
 * as warnings.
 */
import { didYouMean } from './closest-match';
import { formatNumber } from './describe-value';
import { formatPath, type ScenarioIssue } from './issue';
import type { ModelCatalogueEntry } from './catalogue';
import { SCENARIO_LIMITS as L } from './limits';
import { bolusCount, conditionId, conditionOnsetDay } from './regimen-schedule';
import type { Scenario } from './types';

/** Problems (errors) and doubts (warnings) found by the cross-field checks. */
export interface CrossCheckResult {
  readonly errors: ScenarioIssue[];
  readonly warnings: ScenarioIssue[];
}

/** Checks a schema-valid scenario against its model and its own time window. */
export function crossCheckScenario(scenario: Scenario, model: ModelCatalogueEntry): CrossCheckResult {
  const result: CrossCheckResult = { errors: [], warnings: [] };
  checkConditions(scenario, model, result);
  checkRegimens(scenario, model, result);
  checkParameters(scenario, model, result);
  checkOptionsAndOutput(scenario, model, result);
  return result;
}

const issue = (path: readonly PropertyKey[], message: string): ScenarioIssue => ({ path: formatPath(path), message });

function supportedList(kind: string, ids: readonly string[]): string {
  return ids.length === 0 ? `it supports no ${kind}` : `it supports: ${ids.join(', ')}`;
}

function checkConditions(scenario: Scenario, model: ModelCatalogueEntry, { errors, warnings }: CrossCheckResult): void {
  const { model: modelId, days } = scenario;
  scenario.subject.conditions.forEach((entry, index) => {
    const id = conditionId(entry);
    const at = ['subject', 'conditions', index];
    if (!model.conditions.includes(id)) {
      const idPath = typeof entry === 'string' ? at : [...at, 'id'];
      errors.push(issue(idPath, `model '${modelId}' does not support condition '${id}' (${supportedList('conditions', model.conditions)})`));
    }
    const onset = conditionOnsetDay(entry);
    if (onset > days) {
      errors.push(issue([...at, 'fromDay'], `must be at most days (${formatNumber(days)}): the condition would start after the simulation ends (got ${formatNumber(onset)})`));
    } else if (onset === days && days > 0) {
      warnings.push(issue([...at, 'fromDay'], 'the condition starts on the last day, so it has no effect'));
    }
  });
}

function checkRegimens(scenario: Scenario, model: ModelCatalogueEntry, { errors, warnings }: CrossCheckResult): void {
  const { model: modelId, days } = scenario;
  let totalBoluses = 0;
  scenario.regimens.forEach((regimen, index) => {
    const at = ['regimens', index];
    if (!model.agents.includes(regimen.agent)) {
      errors.push(issue([...at, 'agent'], `model '${modelId}' does not support agent '${regimen.agent}' (${supportedList('agents', model.agents)})`));
    }
    if (regimen.fromDay > days) {
      errors.push(issue([...at, 'fromDay'], `must be at most days (${formatNumber(days)}): the regimen would start after the simulation ends (got ${formatNumber(regimen.fromDay)})`));
      return;
    }
    if (regimen.untilDay !== undefined && regimen.untilDay > days) {
      warnings.push(issue([...at, 'untilDay'], `day ${formatNumber(regimen.untilDay)} is after the end of the simulation (day ${formatNumber(days)}); the regimen runs to the end`));
    }
    const count = bolusCount(regimen, days);
    totalBoluses += count;
    const end = Math.min(regimen.untilDay ?? days, days);
    if (regimen.mode === 'bolus' ? count === 0 : end <= regimen.fromDay) {
      warnings.push(issue(at, `gives nothing within the simulated window (from day ${formatNumber(regimen.fromDay)} to day ${formatNumber(end)})`));
    }
  });
  if (totalBoluses > L.maxBolusEvents) {
    errors.push(
      issue(['regimens'], `the regimens give ${totalBoluses} boluses in all (limit ${L.maxBolusEvents}); use longer intervals, shorter regimens or fewer days`),
    );
  }
}

function checkParameters(scenario: Scenario, model: ModelCatalogueEntry, { errors }: CrossCheckResult): void {
  const byId = new Map(model.parameters.map((p) => [p.id, p]));
  for (const [id, value] of Object.entries(scenario.parameters)) {
    const at = ['parameters', id];
    const definition = byId.get(id);
    if (definition === undefined) {
      errors.push(issue(at, `unknown parameter '${id}' for model '${scenario.model}'${didYouMean(id, [...byId.keys()])}`));
    } else if (value < definition.min || value > definition.max) {
      const unit = definition.unit === '' || definition.unit === 'dimensionless' ? '' : ` ${definition.unit}`;
      errors.push(
        issue(at, `must be between ${formatNumber(definition.min)} and ${formatNumber(definition.max)}${unit} (got ${formatNumber(value)}${unit})`),
      );
    }
  }
}

function checkOptionsAndOutput(scenario: Scenario, model: ModelCatalogueEntry, { errors }: CrossCheckResult): void {
  const { days } = scenario;
  if (scenario.options?.gnrhPulses === true) {
    const at = ['options', 'gnrhPulses'];
    if (model.maxPulseWindowDays === undefined) {
      errors.push(issue(at, `model '${scenario.model}' has no explicit GnRH pulse mode; remove this option`));
    } else if (days > model.maxPulseWindowDays) {
      errors.push(
        issue(at, `explicit GnRH pulses are limited to ${formatNumber(model.maxPulseWindowDays)} days (this scenario runs ${formatNumber(days)}); reduce days or turn the option off`),
      );
    }
  }
  // Rows at t = 0, Δ, 2Δ, … plus the end time when it is not a multiple of Δ (as simulate() writes them).
  const rows = Math.ceil((days * 24) / scenario.output.everyHours - 1e-9) + 1;
  if (rows > L.maxOutputRows) {
    errors.push(
      issue(['output', 'everyHours'], `would give ${rows} output rows (limit ${L.maxOutputRows}); reduce days or increase everyHours`),
    );
  }
}
