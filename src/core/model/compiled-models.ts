/** The compiled form of every model, by id (the generated modules). */
import type { ModelId } from './ids';
import type { CompiledModel } from './compiled-model';
import { SMITH_1980_COMPILED } from './smith-1980/generated/compiled';
import { MALE_HPG_COMPILED } from './male-hpg/generated/compiled';
import { GH_IGF1_COMPILED } from './gh-igf1/generated/compiled';
import { FEMALE_HPG_COMPILED } from './female-hpg/generated/compiled';

/** Compiled models by id. */
export const COMPILED_MODELS: Readonly<Record<ModelId, CompiledModel>> = {
  'male-hpg': MALE_HPG_COMPILED,
  'female-hpg': FEMALE_HPG_COMPILED,
  'smith-1980': SMITH_1980_COMPILED,
  'gh-igf1': GH_IGF1_COMPILED,
};

/** The compiled model with this id. */
export function compiledModelOf(id: ModelId): CompiledModel {
  return COMPILED_MODELS[id];
}
