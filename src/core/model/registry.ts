/**
 * All models a scenario can name. Adding a model (the female cycle, the
 * somatotropic axis) means adding one entry here.
 */
import type { ModelId } from './ids';
import type { ModelDefinition } from './model-definition';
import { SMITH_1980 } from './smith-1980/model';
import { MALE_HPG } from './male-hpg/model';

/** Every model by id. */
export const MODELS: Readonly<Record<ModelId, ModelDefinition>> = {
  'male-hpg': MALE_HPG,
  'smith-1980': SMITH_1980,
};

/** The model with this id. */
export function getModel(id: ModelId): ModelDefinition {
  return MODELS[id];
}
