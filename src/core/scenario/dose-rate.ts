/**
 * How hard a scenario drives each agent: the average delivery of its regimens
 * as a multiple of the agent's reference rate (an infusion of dose 1 delivers
 * the reference rate; a bolus of dose d every I hours averages d·H/I, where H
 * is the hours of reference infusion that deliver one reference bolus,
 * ModelDefinition.equivalentInfusionHours, taken at the model's default
 * parameter values so that editing a parameter never changes what is allowed).
 *
 * The check: at no time may one agent's regimens together exceed
 * SCENARIO_LIMITS.maxRateMultiple (20×, the largest infusion dose). A regimen
 * that gives one bolus only has no rate and is not counted. Beyond 20× the
 * agent's level leaves anything the model was calibrated for and integration
 * time grows without bound (hCG dose 10 every 15 minutes: 1,920×, 15 million
 * solver steps), so such scenarios are refused up front, naming the regimen.
 */
import type { AgentId } from '../model/ids';
import { resolveParameters } from '../model/parameter';
import type { ModelCatalogueEntry } from './catalogue';
import { formatNumber } from './describe-value';
import type { IssueList } from './issue-list';
import { SCENARIO_LIMITS as L } from './limits';
import { bolusCount, normalizeRegimen } from './regimen-schedule';
import type { Regimen, Scenario } from './types';

/** One regimen's share of an agent's delivery, over [fromHours, untilHours). */
interface Delivery {
  readonly index: number;
  readonly rate: number;
  readonly fromHours: number;
  readonly untilHours: number;
}

/** A regimen's average rate as a multiple of its agent's reference rate (0 when it gives at most one bolus). */
export function rateMultiple(regimen: Regimen, days: number, referenceHours: number): number {
  const { intervalHours } = normalizeRegimen(regimen, days);
  if (intervalHours === null) return regimen.dose;
  return bolusCount(regimen, days) < 2 ? 0 : (regimen.dose * referenceHours) / intervalHours;
}

const hoursText = (hours: number): string =>
  hours >= 48 ? `${formatNumber(hours)} hours (${formatNumber(hours / 24)} days)` : `${formatNumber(hours)} hours`;

/** Adds a problem for every agent whose regimens exceed the rate limit (see the file header). */
export function checkDoseRates(scenario: Scenario, model: ModelCatalogueEntry, errors: IssueList): void {
  const defaults = resolveParameters(model.parameters);
  const byAgent = new Map<AgentId, Delivery[]>();
  scenario.regimens.forEach((regimen, index) => {
    if (!model.agents.includes(regimen.agent)) return; // reported elsewhere
    const referenceHours = model.equivalentInfusionHours(regimen.agent, defaults);
    const rate = rateMultiple(regimen, scenario.days, referenceHours);
    const { fromHours, untilHours } = normalizeRegimen(regimen, scenario.days);
    if (rate <= 0 || untilHours <= fromHours) return;
    if (rate > L.maxRateMultiple) {
      const minInterval = (regimen.dose * referenceHours) / L.maxRateMultiple;
      errors.add(['regimens', index], () =>
        `dose ${formatNumber(regimen.dose)} every ${hoursText(normalizeRegimen(regimen, scenario.days).intervalHours ?? 0)} gives '${regimen.agent}' at ` +
        `${formatNumber(rate)} times its reference rate on average (limit ${L.maxRateMultiple} times); ` +
        `at this dose the interval must be at least ${hoursText(minInterval)}, or lower the dose`);
      return;
    }
    const list = byAgent.get(regimen.agent) ?? [];
    list.push({ index, rate, fromHours, untilHours });
    byAgent.set(regimen.agent, list);
  });
  for (const [agent, deliveries] of byAgent) {
    if (deliveries.length < 2) continue;
    // The total is piecewise constant and steps up only where a regimen starts.
    for (const start of deliveries) {
      const running = deliveries.filter((d) => d.fromHours <= start.fromHours && start.fromHours < d.untilHours);
      const total = running.reduce((sum, d) => sum + d.rate, 0);
      if (total <= L.maxRateMultiple) continue;
      const others = running.filter((d) => d !== start).map((d) => `regimens[${d.index}]`).join(', ');
      errors.add(['regimens', start.index], () =>
        `together with ${others}, this gives '${agent}' at ${formatNumber(total)} times its reference rate from day ` +
        `${formatNumber(start.fromHours / 24)} (limit ${L.maxRateMultiple} times); stagger the regimens or lower their doses`);
      break;
    }
  }
}
