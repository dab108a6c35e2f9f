/**
 * The rhythm of a cycling model's subject (female-hpg), for the researcher
 * panel where other models show a held steady state: the subject's own cycle
 * (her day-0 conditions and parameters, no agents — a dosed run is not
 * autonomous), its period and phases, and its Floquet multipliers with a
 * stability verdict (analysis/floquet.ts). A subject whose rhythm is gone
 * (menopause, oophorectomy) gets the reason instead. About a second of work:
 * the app computes it in the steady-state worker.
 */
import type { Scenario } from '../scenario/types';
import type { FloquetAnalysis } from './floquet';
import { conditionId, conditionOnsetDay } from '../scenario/regimen-schedule';
import { femaleCycleStability, femaleReferenceCycle } from '../model/female-hpg/reference-cycle';
import { isFemaleConditionId } from '../model/female-hpg/conditions';

/** The subject's cycle, or why there is none. */
export type HeldCycle =
  | {
      readonly ok: true;
      readonly periodDays: number;
      readonly follicularDays: number;
      readonly lutealDays: number;
      readonly stability: FloquetAnalysis;
      /** Conditions the analysis included (those present from day 0). */
      readonly conditions: readonly string[];
    }
  | { readonly ok: false; readonly reason: string; readonly conditions: readonly string[] };

/** The held cycle of the scenario's subject, or null for a model whose baseline is not a rhythm. */
export function heldCycle(scenario: Scenario): HeldCycle | null {
  if (scenario.model !== 'female-hpg') return null;
  const conditions = scenario.subject.conditions.filter((c) => conditionOnsetDay(c) === 0).map(conditionId).filter(isFemaleConditionId);
  const options = { parameters: scenario.parameters, conditions };
  const reference = femaleReferenceCycle(options);
  if (!reference.ok) return { ok: false, reason: reference.reason, conditions };
  return {
    ok: true,
    periodDays: reference.periodDays,
    follicularDays: reference.follicularDays,
    lutealDays: reference.lutealDays,
    stability: femaleCycleStability(reference, options),
    conditions,
  };
}
