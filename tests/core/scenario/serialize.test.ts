/**
 * Canonical serialization (src/core/scenario/serialize.ts): a valid scenario
 * round-trips through text exactly, keys come in the documented order, and
 * undefined optional fields are left out.
 */
import { describe, expect, it } from 'vitest';
import { serializeScenario } from '../../../src/core/scenario/serialize';
import { assertValidScenario, parseScenarioText } from '../../../src/core/scenario/validate';
import { fakeCatalogue, fullScenarioFile } from './fake-catalogue';

describe('serializeScenario', () => {
  it('round-trips the full example exactly', () => {
    const scenario = assertValidScenario(fullScenarioFile(), fakeCatalogue);
    const text = serializeScenario(scenario);
    const again = parseScenarioText(text, fakeCatalogue);
    if (!again.ok) throw new Error(JSON.stringify(again.errors));
    expect(again.scenario).toStrictEqual(scenario);
    expect(serializeScenario(again.scenario)).toBe(text);
  });

  it('writes the full example as the original file (all of whose fields are explicit), 2-space indented', () => {
    const scenario = assertValidScenario(fullScenarioFile(), fakeCatalogue);
    const text = serializeScenario(scenario);
    expect(JSON.parse(text)).toStrictEqual({ ...fullScenarioFile(), parameters: { aromataseGain: 2, lhHalfLifeHours: 0.6 } });
    expect(text).toMatch(/^\{\n {2}"format": "gonadostat-scenario\/1",\n {2}"name": /);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('writes keys in canonical order whatever order the file had', () => {
    const shuffled = Object.fromEntries(Object.entries(fullScenarioFile()).reverse());
    const text = serializeScenario(assertValidScenario(shuffled, fakeCatalogue));
    expect(Object.keys(JSON.parse(text) as object)).toEqual([
      'format',
      'name',
      'description',
      'model',
      'days',
      'subject',
      'regimens',
      'parameters',
      'output',
      'options',
    ]);
    const firstRegimen = (JSON.parse(text) as { regimens: object[] }).regimens[0] ?? {};
    expect(Object.keys(firstRegimen)).toEqual(['agent', 'dose', 'mode', 'everyDays', 'fromDay', 'untilDay']);
    const parameters = (JSON.parse(text) as { parameters: object }).parameters;
    expect(Object.keys(parameters)).toEqual(['aromataseGain', 'lhHalfLifeHours']);
  });

  it('omits undefined optional fields and writes the defaults that were filled in', () => {
    const scenario = assertValidScenario(
      { format: 'gonadostat-scenario/1', name: 'Minimal', model: 'smith-1980', days: 10, regimens: [{ agent: 'testosterone-cypionate', dose: 1, everyDays: 7 }] },
      fakeCatalogue,
    );
    expect(JSON.parse(serializeScenario(scenario))).toStrictEqual({
      format: 'gonadostat-scenario/1',
      name: 'Minimal',
      model: 'smith-1980',
      days: 10,
      subject: { conditions: [] },
      regimens: [{ agent: 'testosterone-cypionate', dose: 1, mode: 'bolus', everyDays: 7, fromDay: 0 }],
      parameters: {},
      output: { everyHours: 6 },
    });
  });

  it('writes and reads back explicit GH pulses', () => {
    const file = { format: 'gonadostat-scenario/1', name: 'GH pulses', model: 'gh-igf1', days: 3, output: { everyHours: 0.05 }, options: { ghPulses: true } };
    const scenario = assertValidScenario(file, fakeCatalogue);
    expect(JSON.parse(serializeScenario(scenario)).options).toStrictEqual({ ghPulses: true });
    const again = parseScenarioText(serializeScenario(scenario), fakeCatalogue);
    expect(again.ok && again.scenario).toStrictEqual(scenario);
  });

  it('round-trips awkward numbers and an empty options object', () => {
    const file = { ...fullScenarioFile(), days: 100.1, options: {}, regimens: [{ agent: 'hcg', dose: 0.1 + 0.2, everyDays: 1 / 12 }] };
    const scenario = assertValidScenario(file, fakeCatalogue);
    const again = parseScenarioText(serializeScenario(scenario), fakeCatalogue);
    expect(again.ok && again.scenario).toStrictEqual(scenario);
  });
});
