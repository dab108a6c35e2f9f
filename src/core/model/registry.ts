/**
 * All models a scenario can name, each compiled from its definition (see
 * docs/implementation-notes.md). Adding a model (the female cycle, the
 * somatotropic axis) means writing its definition, `npm run models`, and one entry here.
 */
import type { ModelId } from './ids';
import type { ModelDefinition } from './model-definition';
import { compiledDefinition } from './compiled-definition';
import { SMITH_1980_COMPILED } from './smith-1980/generated/compiled';
import { MALE_HPG_COMPILED } from './male-hpg/generated/compiled';

/** Every model by id. */
export const MODELS: Readonly<Record<ModelId, ModelDefinition>> = {
  'male-hpg': compiledDefinition(MALE_HPG_COMPILED),
  'smith-1980': compiledDefinition(SMITH_1980_COMPILED),
};

/** The model with this id. */
export function getModel(id: ModelId): ModelDefinition {
  return MODELS[id];
}
