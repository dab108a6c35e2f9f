/** The compact equation views of every model (generated from the definitions), by id. */
import type { ModelId } from './ids';
import type { EquationViews } from './equation-view';
import { MALE_HPG_EQUATIONS } from './male-hpg/generated/equations';
import { SMITH_1980_EQUATIONS } from './smith-1980/generated/equations';
import { GH_IGF1_EQUATIONS } from './gh-igf1/generated/equations';
import { FEMALE_HPG_EQUATIONS } from './female-hpg/generated/equations';

/** Equation views by model id. */
export const EQUATION_VIEWS: Readonly<Record<ModelId, EquationViews>> = {
  'male-hpg': MALE_HPG_EQUATIONS,
  'female-hpg': FEMALE_HPG_EQUATIONS,
  'smith-1980': SMITH_1980_EQUATIONS,
  'gh-igf1': GH_IGF1_EQUATIONS,
};
