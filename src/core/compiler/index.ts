/**
 * The model compiler (build time only: it imports mathjs's parser). A model
 * definition (src/core/model/model-source.ts) goes in; out come the generated
 * TypeScript module, the equations for docs/model.md and the compact view.
 * `scripts/compile-models.ts` writes them; tests/core/compiler/ checks the
 * committed files are current.
 */
export { indexModel, type ModelIndex } from './model-index';
export { generateModule, type ModuleOptions } from './generate-module';
export { DefinitionError, parseExpression } from './expression';
