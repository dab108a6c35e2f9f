/** Every model's definition (data only, no generated code), by id. */
import type { ModelId } from './ids';
import type { ModelSource } from './model-source';
import { MALE_HPG_SOURCE } from './male-hpg/definition';
import { SMITH_1980_SOURCE } from './smith-1980/definition';
import { GH_IGF1_SOURCE } from './gh-igf1/definition';
import { FEMALE_HPG_SOURCE } from './female-hpg/definition';

/** Definitions by model id. */
export const MODEL_SOURCES: Readonly<Record<ModelId, ModelSource>> = {
  'male-hpg': MALE_HPG_SOURCE,
  'female-hpg': FEMALE_HPG_SOURCE,
  'smith-1980': SMITH_1980_SOURCE,
  'gh-igf1': GH_IGF1_SOURCE,
};
