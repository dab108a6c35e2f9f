/**
 * Every file the compiler generates, with its text: one module per model, and
 * the generated sections of docs. Shared by the script that writes them and
 * the test that checks the committed ones are current.
 */
import type { ModelSource } from '../model/model-source';
import { SMITH_1980_SOURCE } from '../model/smith-1980/definition';
import { MALE_HPG_SOURCE } from '../model/male-hpg/definition';
import { indexModel } from './model-index';
import { generateModule } from './generate-module';
import { generateSbmlModule } from './generate-sbml';

/** A generated file: its path from the repository root and its full text. */
export interface GeneratedFile {
  readonly path: string;
  readonly text: string;
}

/** The models and the names of their generated exports. */
export const COMPILED_MODELS: ReadonlyArray<{ readonly source: ModelSource; readonly sourceName: string; readonly exportName: string }> = [
  { source: SMITH_1980_SOURCE, sourceName: 'SMITH_1980_SOURCE', exportName: 'SMITH_1980_COMPILED' },
  { source: MALE_HPG_SOURCE, sourceName: 'MALE_HPG_SOURCE', exportName: 'MALE_HPG_COMPILED' },
];

/** All generated files; `read` gives the current text of a file (docs are spliced into it). */
export function generatedFiles(read: (path: string) => string): GeneratedFile[] {
  void read;
  return COMPILED_MODELS.flatMap(({ source, sourceName, exportName }) => {
    const index = indexModel(source);
    return [
      { path: `src/core/model/${source.id}/generated/compiled.ts`, text: generateModule(index, { sourceImport: '../definition', sourceName, exportName, modelDir: '../../' }) },
      { path: `src/core/model/${source.id}/generated/sbml.ts`, text: generateSbmlModule(index, exportName.replace('_COMPILED', '_SBML'), '../../') },
    ];
  });
}
