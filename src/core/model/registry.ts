/**
 * All models a scenario can name, each compiled from its definition (see
 * docs/implementation-notes.md). Adding a model (the female cycle, the
 * somatotropic axis) means writing its definition, `npm run models`, and one entry here.
 */
import type { ModelId } from './ids';
import type { ModelDefinition } from './model-definition';
import { compiledDefinition } from './compiled-definition';
import { COMPILED_MODELS } from './compiled-models';

/** Every model by id. */
export const MODELS: Readonly<Record<ModelId, ModelDefinition>> = {
  'male-hpg': compiledDefinition(COMPILED_MODELS['male-hpg']),
  'female-hpg': compiledDefinition(COMPILED_MODELS['female-hpg']),
  'smith-1980': compiledDefinition(COMPILED_MODELS['smith-1980']),
  'gh-igf1': compiledDefinition(COMPILED_MODELS['gh-igf1']),
};

/** The model with this id. */
export function getModel(id: ModelId): ModelDefinition {
  return MODELS[id];
}
