/** docs/validation.md is generated from the model checks; it must match the model as it is. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { VALIDATION_TABLE } from './validation-table';
import { MECHANISMS } from './mechanisms';
import { GH_REPORT_SECTION } from './gh-validation';
import { renderValidationReport } from './report';
import { renderParameterTables } from './parameter-table';
import { MODELS } from '../../src/core/model/registry';
import { PRESETS } from '../../src/core/scenario/presets';
import { serializeScenario } from '../../src/core/scenario/serialize';
import { FEMALE_REPORT_SECTIONS, renderFemaleParameterBlock } from './female/docs';

const docs = join(import.meta.dirname, '..', '..', 'docs');

describe('docs/parameters.md', () => {
  it('lists the parameter records as they are (run `npm run validate` after changing one)', () => {
    expect(readFileSync(join(docs, 'parameters.md'), 'utf8')).toBe(renderParameterTables(Object.values(MODELS)));
  });
});

describe('docs/examples/', () => {
  it('holds every preset as a scenario file (run `npm run validate` after changing a preset)', () => {
    for (const preset of PRESETS) {
      const file = readFileSync(join(docs, 'examples', `${preset.id}.json`), 'utf8');
      expect(file).toBe(serializeScenario({ ...preset.scenario, description: preset.lookFor }));
    }
  });
});

describe('docs/validation.md', () => {
  it('is up to date (run `npm run validate` after changing the model)', () => {
    const committed = readFileSync(join(docs, 'validation.md'), 'utf8');
    expect(committed).toBe(renderValidationReport(VALIDATION_TABLE, MECHANISMS, [...FEMALE_REPORT_SECTIONS, GH_REPORT_SECTION]).markdown);
  }, 60_000);
});

describe('docs/model.md', () => {
  it('holds the female parameter table as the record has it (run `npm run validate` after changing one)', () => {
    expect(readFileSync(join(docs, 'model.md'), 'utf8')).toContain(renderFemaleParameterBlock());
  });
});
