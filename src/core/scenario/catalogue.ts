/**
 * What scenario validation needs to know about a model: which agents and
 * conditions it supports, its parameter record (ids, units, ranges), which
 * explicit-pulse option it has and how long a window that allows, and how a bolus
 * compares with an infusion of each agent (for the dose-rate limit). Validation takes this as
 * an argument instead of importing the model registry, so it can be tested
 * with a small fake catalogue and never pulls model code into the validator.
 */
import type { ModelId } from '../model/ids';
import type { ModelDefinition } from '../model/model-definition';

/** The parts of a model definition that scenario validation reads. */
export type ModelCatalogueEntry = Pick<
  ModelDefinition,
  'agents' | 'conditions' | 'parameters' | 'pulseMode' | 'equivalentInfusionHours'
>;

/**
 * Looks up a model by id. In the app this is `getModel` from the model
 * registry; in tests, a fake.
 */
export type ModelCatalogue = (id: ModelId) => ModelCatalogueEntry;
