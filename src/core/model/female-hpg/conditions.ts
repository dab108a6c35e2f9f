/**
 * The conditions of `female-hpg` (brief §5), as the definition declares them
 * (./definition/conditions.ts: what each sets, and their parameters).
 */
import type { ConditionId } from '../ids';
import { FEMALE_HPG_CONDITIONS } from './definition/conditions';

/** Conditions of the female model, in declaration order. */
export const FEMALE_CONDITION_IDS = Object.keys(FEMALE_HPG_CONDITIONS) as readonly FemaleConditionId[];
export type FemaleConditionId = Extract<ConditionId, 'perimenopause' | 'menopause' | 'oophorectomy' | 'pcos-like' | 'hypothalamic-amenorrhea' | 'obesity'>;

/** Type guard for a female condition id. */
export function isFemaleConditionId(value: string): value is FemaleConditionId {
  return (FEMALE_CONDITION_IDS as readonly string[]).includes(value);
}
