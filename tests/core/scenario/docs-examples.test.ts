/**
 * Keeps docs/scenario-format.md honest: every complete JSON example in it
 * must validate, with no warnings, against the fake catalogue (whose models
 * support what the examples use) and against the real models (the catalogue's
 * limits are not the models': a pump example once passed here that the app
 * refused, at 56 times gonadorelin's reference rate), and must survive a
 * save/open round trip.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { serializeScenario } from '../../../src/core/scenario/serialize';
import { parseScenarioText } from '../../../src/core/scenario/validate';
import { fakeCatalogue } from './fake-catalogue';
import { MODELS } from '../../../src/core/model/registry';

const docPath = fileURLToPath(new URL('../../../docs/scenario-format.md', import.meta.url));
const examples = [...readFileSync(docPath, 'utf8').matchAll(/```json\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');

describe('docs/scenario-format.md examples', () => {
  it('has the four documented examples', () => {
    expect(examples).toHaveLength(4);
  });

  it.each(examples.map((text, i) => [i + 1, text] as const))('example %i is valid and round-trips', (_n, text) => {
    const result = parseScenarioText(text, fakeCatalogue);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.warnings).toEqual([]);
    const again = parseScenarioText(serializeScenario(result.scenario), fakeCatalogue);
    expect(again.ok && again.scenario).toStrictEqual(result.scenario);
  });

  it.each(examples.map((text, i) => [i + 1, text] as const))('example %i is valid for the real models too', (_n, text) => {
    const result = parseScenarioText(text, (id) => MODELS[id]);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.warnings).toEqual([]);
  });
});
