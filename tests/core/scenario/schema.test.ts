/**
 * The file format's shape rules (src/core/scenario/schema.ts), checked through
 * parseScenario: each kind of invalid value is rejected with a message that
 * names its JSON path, and defaults are filled in.
 */
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../../src/core/scenario/validate';
import { formatIssue, type ScenarioIssue } from '../../../src/core/scenario/issue';
import { fakeCatalogue, fullScenarioFile } from './fake-catalogue';

type File = Record<string, unknown>;

function errorsFor(input: unknown): readonly ScenarioIssue[] {
  const result = parseScenario(input, fakeCatalogue);
  if (result.ok) throw new Error('expected the scenario to be rejected');
  return result.errors;
}

/** The full example with its first regimen's fields replaced. */
function withRegimen(fields: Record<string, unknown>): File {
  const file = fullScenarioFile();
  return { ...file, regimens: [{ agent: 'testosterone-cypionate', dose: 1, ...fields }] };
}

const minimal = (): File => ({ format: 'gonadostat-scenario/1', name: 'Baseline', model: 'male-hpg', days: 30 });

const without = (file: File, key: string): File => Object.fromEntries(Object.entries(file).filter(([k]) => k !== key));

describe('scenario schema: every invalid kind is rejected and named by its JSON path', () => {
  const cases: [string, () => unknown, string, RegExp][] = [
    ['a document that is not an object', () => [], '', /expected an object, got a list/],
    ['null as the document', () => null, '', /expected an object, got null/],
    ['an unknown top-level field', () => ({ ...fullScenarioFile(), foo: 1 }), 'foo', /unknown field 'foo'/],
    ['an unknown regimen field, with a suggestion', () => withRegimen({ everyDay: 7 }), 'regimens[0].everyDay', /unknown field 'everyDay' \(did you mean 'everyDays'\?\)/],
    ['an unknown subject field', () => ({ ...minimal(), subject: { conditions: [], age: 40 } }), 'subject.age', /unknown field 'age'/],
    ['an unknown condition-object field', () => ({ ...minimal(), subject: { conditions: [{ id: 'aging', onset: 3 }] } }), 'subject.conditions[0].onset', /unknown field 'onset'/],
    ['an unknown output field', () => ({ ...minimal(), output: { everyHours: 6, format: 'csv' } }), 'output.format', /unknown field 'format'/],
    ['an unknown option', () => ({ ...minimal(), options: { pulses: true } }), 'options.pulses', /unknown field 'pulses'/],
    ['another format version', () => ({ ...minimal(), format: 'gonadostat-scenario/2' }), 'format', /reads scenario format gonadostat-scenario\/1 only \(got 'gonadostat-scenario\/2'\)/],
    ['a missing format', () => without(minimal(), 'format'), 'format', /is required/],
    ['an empty name', () => ({ ...minimal(), name: '' }), 'name', /must not be empty/],
    ['a blank name', () => ({ ...minimal(), name: '   ' }), 'name', /must not be empty/],
    ['a name over 200 characters', () => ({ ...minimal(), name: 'x'.repeat(201) }), 'name', /at most 200 characters/],
    ['a name that is a number', () => ({ ...minimal(), name: 5 }), 'name', /expected a string, got a number \(5\)/],
    ['a description over 2000 characters', () => ({ ...minimal(), description: 'x'.repeat(2001) }), 'description', /at most 2000 characters/],
    ['an unknown model', () => ({ ...minimal(), model: 'thyroid-axis' }), 'model', /must be one of: male-hpg, female-hpg, smith-1980/],
    ['zero days', () => ({ ...minimal(), days: 0 }), 'days', /must be greater than 0 \(got 0\)/],
    ['negative days', () => ({ ...minimal(), days: -5 }), 'days', /must be greater than 0 \(got -5\)/],
    ['more than ten years', () => ({ ...minimal(), days: 3651 }), 'days', /must be at most 3650 \(got 3651\)/],
    ['days given as a string', () => ({ ...minimal(), days: '30' }), 'days', /expected a number, got a string \('30'\)/],
    ['days as null', () => ({ ...minimal(), days: null }), 'days', /expected a number, got null/],
    ['days as NaN', () => ({ ...minimal(), days: Number.NaN }), 'days', /expected a number, got NaN/],
    ['days as Infinity', () => ({ ...minimal(), days: Number.POSITIVE_INFINITY }), 'days', /expected a number, got Infinity/],
    ['missing days', () => without(minimal(), 'days'), 'days', /is required/],
    ['an unknown condition, with a suggestion', () => ({ ...minimal(), subject: { conditions: ['obesty'] } }), 'subject.conditions[0]', /must be one of: .*\(did you mean 'obesity'\?\)/],
    ['a condition that is a number', () => ({ ...minimal(), subject: { conditions: [3] } }), 'subject.conditions[0]', /expected a string or an object, got a number/],
    ['a condition listed twice', () => ({ ...minimal(), subject: { conditions: ['aging', { id: 'aging', fromDay: 3 }] } }), 'subject.conditions[1]', /'aging' is listed more than once/],
    ['a negative condition onset', () => ({ ...minimal(), subject: { conditions: [{ id: 'aging', fromDay: -1 }] } }), 'subject.conditions[0].fromDay', /at least 0 \(got -1\)/],
    ['more than 50 regimens', () => ({ ...minimal(), regimens: Array.from({ length: 51 }, () => ({ agent: 'hcg', dose: 1, everyDays: 7 })) }), 'regimens', /at most 50 entries \(got 51\)/],
    ['an unknown agent, with a suggestion', () => withRegimen({ agent: 'hgc', everyDays: 7 }), 'regimens[0].agent', /must be one of: .*hcg, .*letrozole \(got 'hgc'\) \(did you mean 'hcg'\?\)/],
    ['a zero dose', () => withRegimen({ dose: 0, everyDays: 7 }), 'regimens[0].dose', /must be greater than 0 \(got 0\)/],
    ['a negative dose', () => withRegimen({ dose: -1, everyDays: 7 }), 'regimens[0].dose', /must be greater than 0 \(got -1\)/],
    ['a dose over 20', () => withRegimen({ dose: 20.5, everyDays: 7 }), 'regimens[0].dose', /must be at most 20 \(got 20.5\)/],
    ['a dose given as a string', () => withRegimen({ dose: '1', everyDays: 7 }), 'regimens[0].dose', /expected a number, got a string/],
    ['an unknown mode', () => withRegimen({ mode: 'pulse', everyDays: 7 }), 'regimens[0].mode', /must be one of: bolus, infusion \(got 'pulse'\)/],
    ['a bolus with both intervals', () => withRegimen({ everyDays: 7, everyHours: 2 }), 'regimens[0]', /everyDays or everyHours, not both/],
    ['a bolus with no interval', () => withRegimen({}), 'regimens[0]', /needs an interval: everyDays .* or everyHours/],
    ['everyDays under an hour', () => withRegimen({ everyDays: 1 / 48 }), 'regimens[0].everyDays', /at least 1\/24 day/],
    ['everyDays over a year', () => withRegimen({ everyDays: 366 }), 'regimens[0].everyDays', /at most 365 \(got 366\)/],
    ['everyHours under 15 minutes', () => withRegimen({ everyHours: 0.1 }), 'regimens[0].everyHours', /at least 0.25 \(got 0.1\)/],
    ['everyHours over a year', () => withRegimen({ everyHours: 8761 }), 'regimens[0].everyHours', /at most 8760/],
    ['an infusion with everyDays', () => withRegimen({ mode: 'infusion', everyDays: 1 }), 'regimens[0].everyDays', /not used by an infusion/],
    ['an infusion with everyHours', () => withRegimen({ mode: 'infusion', everyHours: 1 }), 'regimens[0].everyHours', /not used by an infusion/],
    ['a negative fromDay', () => withRegimen({ everyDays: 7, fromDay: -1 }), 'regimens[0].fromDay', /at least 0 \(got -1\)/],
    ['untilDay before fromDay', () => withRegimen({ everyDays: 7, fromDay: 10, untilDay: 5 }), 'regimens[0].untilDay', /must not be before fromDay \(10\) \(got 5\)/],
    ['a parameter given as a string', () => ({ ...minimal(), parameters: { lhHalfLifeHours: '1' } }), 'parameters.lhHalfLifeHours', /expected a number, got a string/],
    ['a parameter given as null', () => ({ ...minimal(), parameters: { lhHalfLifeHours: null } }), 'parameters.lhHalfLifeHours', /expected a number, got null/],
    ['parameters as a list', () => ({ ...minimal(), parameters: [] }), 'parameters', /expected an object, got a list/],
    ['output every 0.01 h', () => ({ ...minimal(), output: { everyHours: 0.01 } }), 'output.everyHours', /at least 0.05 \(got 0.01\)/],
    ['output every 721 h', () => ({ ...minimal(), output: { everyHours: 721 } }), 'output.everyHours', /at most 720 \(got 721\)/],
    ['gnrhPulses that is not a boolean', () => ({ ...minimal(), options: { gnrhPulses: 'yes' } }), 'options.gnrhPulses', /expected true or false/],
    ['ghPulses that is not a boolean', () => ({ ...minimal(), options: { ghPulses: 1 } }), 'options.ghPulses', /expected true or false/],
  ];

  it.each(cases)('rejects %s', (_label, make, path, message) => {
    const errors = errorsFor(make());
    const issue = errors.find((e) => e.path === path);
    expect(issue, `no issue at '${path}' in ${JSON.stringify(errors)}`).toBeDefined();
    expect(issue?.message).toMatch(message);
    // The one-line form starts with the path (or "(root)").
    expect(formatIssue(issue!)).toMatch(new RegExp(`^${(path || '(root)').replace(/[.[\]()]/g, '\\$&')}: `));
  });

  it('reports every problem in one pass, not just the first', () => {
    const errors = errorsFor({ ...minimal(), days: -1, name: '', regimens: [{ agent: 'hcg', dose: 0, everyDays: 7 }] });
    expect(errors.map((e) => e.path)).toEqual(['name', 'days', 'regimens[0].dose']);
  });
});

describe('scenario schema: defaults', () => {
  it('fills in subject, regimens, parameters and output, and leaves options out', () => {
    const result = parseScenario(minimal(), fakeCatalogue);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.scenario).toEqual({
      format: 'gonadostat-scenario/1',
      name: 'Baseline',
      model: 'male-hpg',
      days: 30,
      subject: { conditions: [] },
      regimens: [],
      parameters: {},
      output: { everyHours: 6 },
    });
    expect(result.scenario.options).toBeUndefined();
    expect(result.warnings).toEqual([]);
  });

  it('fills in a regimen mode of bolus, fromDay 0 and a condition onset of day 0', () => {
    const file = { ...minimal(), subject: { conditions: [{ id: 'aging' }] }, regimens: [{ agent: 'hcg', dose: 1, everyDays: 3.5 }], output: {} };
    const result = parseScenario(file, fakeCatalogue);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.scenario.regimens[0]).toEqual({ agent: 'hcg', dose: 1, mode: 'bolus', everyDays: 3.5, fromDay: 0 });
    expect(result.scenario.regimens[0]?.untilDay).toBeUndefined();
    expect(result.scenario.subject.conditions).toEqual([{ id: 'aging', fromDay: 0 }]);
    expect(result.scenario.output).toEqual({ everyHours: 6 });
  });

  it('does not share default objects between scenarios', () => {
    const a = parseScenario(minimal(), fakeCatalogue);
    const b = parseScenario(minimal(), fakeCatalogue);
    if (!a.ok || !b.ok) throw new Error('expected both to be valid');
    expect(a.scenario.parameters).not.toBe(b.scenario.parameters);
    expect(a.scenario.subject).not.toBe(b.scenario.subject);
  });
});
