/**
 * Checks run after the schema has accepted a scenario's shape: those that need
 * the model (supported agents and conditions, parameter ids and ranges, the
 * explicit-pulse options), those that relate fields to `days`, and the budgets that
 * keep a run within what a browser tab can compute (output rows, bolus events,
 * each agent's dose rate). Also notes things that are allowed but probably not
 * what the user meant, as warnings.
 */
import { didYouMean } from './closest-match';
import { formatNumber, quote } from './describe-value';
import { checkDoseRates } from './dose-rate';
import { IssueList } from './issue-list';
import type { ModelCatalogueEntry } from './catalogue';
import { SCENARIO_LIMITS as L } from './limits';
import { outputRowCount } from './output-times';
import { bolusCount, conditionId, conditionOnsetDay } from './regimen-schedule';
import type { Scenario } from './types';
import { PULSE_HORMONE, PULSE_OPTIONS } from '../model/ids';

/** Problems (errors) and doubts (warnings) found by the cross-field checks. */
export interface CrossCheckResult {
  readonly errors: IssueList;
  readonly warnings: IssueList;
}

/** Checks a schema-valid scenario against its model and its own time window, adding problems to `errors`. */
export function crossCheckScenario(scenario: Scenario, model: ModelCatalogueEntry, errors: IssueList = new IssueList()): CrossCheckResult {
  const result: CrossCheckResult = { errors, warnings: new IssueList() };
  checkConditions(scenario, model, result);
  checkRegimens(scenario, model, result);
  checkDoseRates(scenario, model, errors);
  checkParameters(scenario, model, result);
  checkOptionsAndOutput(scenario, model, result);
  return result;
}

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
      errors.add(idPath, `model '${modelId}' does not support condition '${id}' (${supportedList('conditions', model.conditions)})`);
    }
    const onset = conditionOnsetDay(entry);
    if (onset > days) {
      errors.add([...at, 'fromDay'], `must be at most days (${formatNumber(days)}): the condition would start after the simulation ends (got ${formatNumber(onset)})`);
    } else if (onset === days && days > 0) {
      warnings.add([...at, 'fromDay'], 'the condition starts on the last day, so it has no effect');
    }
  });
}

function checkRegimens(scenario: Scenario, model: ModelCatalogueEntry, { errors, warnings }: CrossCheckResult): void {
  const { model: modelId, days } = scenario;
  let totalBoluses = 0;
  scenario.regimens.forEach((regimen, index) => {
    const at = ['regimens', index];
    if (!model.agents.includes(regimen.agent)) {
      errors.add([...at, 'agent'], `model '${modelId}' does not support agent '${regimen.agent}' (${supportedList('agents', model.agents)})`);
    }
    if (regimen.fromDay > days) {
      errors.add([...at, 'fromDay'], `must be at most days (${formatNumber(days)}): the regimen would start after the simulation ends (got ${formatNumber(regimen.fromDay)})`);
      return;
    }
    if (regimen.untilDay !== undefined && regimen.untilDay > days) {
      warnings.add([...at, 'untilDay'], `day ${formatNumber(regimen.untilDay)} is after the end of the simulation (day ${formatNumber(days)}); the regimen runs to the end`);
    }
    const count = bolusCount(regimen, days);
    totalBoluses += count;
    const end = Math.min(regimen.untilDay ?? days, days);
    if (regimen.mode === 'bolus' ? count === 0 : end <= regimen.fromDay) {
      warnings.add(at, `gives nothing within the simulated window (from day ${formatNumber(regimen.fromDay)} to day ${formatNumber(end)})`);
    }
  });
  if (totalBoluses > L.maxBolusEvents) {
    errors.add(['regimens'], `the regimens give ${totalBoluses} boluses in all (limit ${L.maxBolusEvents}); use longer intervals, shorter regimens or fewer days`);
  }
}

function checkParameters(scenario: Scenario, model: ModelCatalogueEntry, { errors }: CrossCheckResult): void {
  const byId = new Map(model.parameters.map((p) => [p.id, p]));
  for (const [id, value] of Object.entries(scenario.parameters)) {
    const at = ['parameters', id];
    const definition = byId.get(id);
    if (definition === undefined) {
      // A function, so the "did you mean" search runs only for problems that are listed.
      errors.add(at, () => `unknown parameter ${quote(id)} for model '${scenario.model}'${didYouMean(id, [...byId.keys()])}`);
    } else if (value < definition.min || value > definition.max) {
      const unit = definition.unit === '' || definition.unit === 'dimensionless' ? '' : ` ${definition.unit}`;
      errors.add(at, `must be between ${formatNumber(definition.min)} and ${formatNumber(definition.max)}${unit} (got ${formatNumber(value)}${unit})`);
    }
  }
}

function checkOptionsAndOutput(scenario: Scenario, model: ModelCatalogueEntry, { errors }: CrossCheckResult): void {
  const { days } = scenario;
  for (const option of PULSE_OPTIONS) {
    if (scenario.options?.[option] !== true) continue;
    const at = ['options', option];
    const hormone = PULSE_HORMONE[option];
    if (model.pulseMode?.option !== option) {
      errors.add(at, `model '${scenario.model}' has no explicit ${hormone} pulse mode; remove this option`);
    } else if (days > model.pulseMode.maxWindowDays) {
      errors.add(at, `explicit ${hormone} pulses are limited to ${formatNumber(model.pulseMode.maxWindowDays)} days (this scenario runs ${formatNumber(days)}); reduce days or turn the option off`);
    }
  }
  const rows = outputRowCount(days, scenario.output.everyHours);
  if (rows > L.maxOutputRows) {
    errors.add(['output', 'everyHours'], `would give ${rows} output rows (limit ${L.maxOutputRows}); reduce days or increase everyHours`);
  }
}
