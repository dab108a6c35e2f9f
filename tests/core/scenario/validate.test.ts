/**
 * Validation beyond the schema (src/core/scenario/validate.ts and
 * cross-checks.ts): checks against the model catalogue, against the simulated
 * window, the run budgets, warnings, reading file text, and the throwing form.
 */
import { describe, expect, it } from 'vitest';
import { assertValidScenario, parseScenario, parseScenarioText } from '../../../src/core/scenario/validate';
import { ScenarioValidationError, type ScenarioIssue } from '../../../src/core/scenario/issue';
import { fakeCatalogue, fullScenarioFile } from './fake-catalogue';

type File = Record<string, unknown>;

function errorsFor(input: unknown): readonly ScenarioIssue[] {
  const result = parseScenario(input, fakeCatalogue);
  if (result.ok) throw new Error('expected the scenario to be rejected');
  return result.errors;
}

const minimal = (extra: File = {}): File => ({ format: 'gonadostat-scenario/1', name: 'Test', model: 'male-hpg', days: 30, ...extra });

describe('cross-field checks: each is rejected with a message naming the JSON path', () => {
  const cases: [string, File, string, RegExp][] = [
    [
      'an agent the model does not support (names the model)',
      minimal({ model: 'smith-1980', regimens: [{ agent: 'hcg', dose: 1, everyDays: 3 }] }),
      'regimens[0].agent',
      /model 'smith-1980' does not support agent 'hcg' \(it supports: testosterone-cypionate\)/,
    ],
    [
      'a bare condition the model does not support',
      minimal({ model: 'smith-1980', subject: { conditions: ['obesity'] } }),
      'subject.conditions[0]',
      /model 'smith-1980' does not support condition 'obesity'/,
    ],
    [
      'a condition object the model does not support',
      minimal({ model: 'smith-1980', subject: { conditions: ['orchiectomy', { id: 'aging', fromDay: 2 }] } }),
      'subject.conditions[1].id',
      /does not support condition 'aging'/,
    ],
    [
      'an unknown parameter id, with the closest known id',
      minimal({ parameters: { lhHalfLifeHour: 1 } }),
      'parameters.lhHalfLifeHour',
      /unknown parameter 'lhHalfLifeHour' for model 'male-hpg' \(did you mean 'lhHalfLifeHours'\?\)/,
    ],
    ['a parameter below its range (with unit)', minimal({ parameters: { lhHalfLifeHours: 0.1 } }), 'parameters.lhHalfLifeHours', /must be between 0.2 and 2 h \(got 0.1 h\)/],
    ['a parameter above its range', minimal({ parameters: { fshHalfLifeHours: 9 } }), 'parameters.fshHalfLifeHours', /must be between 1 and 8 h \(got 9 h\)/],
    ['a dimensionless parameter out of range', minimal({ parameters: { aromataseGain: 6 } }), 'parameters.aromataseGain', /must be between 0.1 and 5 \(got 6\)$/],
    [
      'a regimen starting after the simulation',
      minimal({ regimens: [{ agent: 'hcg', dose: 1, everyDays: 3, fromDay: 31 }] }),
      'regimens[0].fromDay',
      /must be at most days \(30\).*\(got 31\)/,
    ],
    [
      'a condition starting after the simulation',
      minimal({ subject: { conditions: [{ id: 'orchiectomy', fromDay: 40 }] } }),
      'subject.conditions[0].fromDay',
      /must be at most days \(30\).*\(got 40\)/,
    ],
    [
      'GnRH pulses on a model without them',
      minimal({ model: 'smith-1980', options: { gnrhPulses: true } }),
      'options.gnrhPulses',
      /model 'smith-1980' has no explicit GnRH pulse mode/,
    ],
    ['GnRH pulses over too long a window', minimal({ days: 60, options: { gnrhPulses: true } }), 'options.gnrhPulses', /limited to 31 days \(this scenario runs 60\)/],
    ['GH pulses on a model without them', minimal({ options: { ghPulses: true } }), 'options.ghPulses', /model 'male-hpg' has no explicit GH pulse mode; remove this option/],
    ['GnRH pulses on the GH axis', minimal({ model: 'gh-igf1', days: 3, options: { gnrhPulses: true } }), 'options.gnrhPulses', /model 'gh-igf1' has no explicit GnRH pulse mode/],
    [
      'GH pulses over too long a window',
      minimal({ model: 'gh-igf1', days: 15, options: { ghPulses: true } }),
      'options.ghPulses',
      /explicit GH pulses are limited to 14 days \(this scenario runs 15\); reduce days or turn the option off/,
    ],
    [
      'too many output rows',
      minimal({ days: 3650, output: { everyHours: 0.5 } }),
      'output.everyHours',
      /would give 175201 output rows \(limit 100000\); reduce days or increase everyHours/,
    ],
    [
      'too many bolus events across regimens',
      minimal({
        days: 600,
        regimens: [
          { agent: 'gonadorelin', dose: 1, everyHours: 0.25, untilDay: 300 },
          { agent: 'hcg', dose: 1, everyHours: 0.25, fromDay: 300 },
        ],
      }),
      'regimens',
      /give 57600 boluses in all \(limit 50000\)/,
    ],
  ];

  it.each(cases)('rejects %s', (_label, file, path, message) => {
    const errors = errorsFor(file);
    const issue = errors.find((e) => e.path === path);
    expect(issue, `no issue at '${path}' in ${JSON.stringify(errors)}`).toBeDefined();
    expect(issue?.message).toMatch(message);
  });

  it('counts boluses only within the simulated window', () => {
    // 4 per hour for 20 days = 1920 boluses per regimen; untilDay 1000 is clipped to days.
    const file = minimal({ days: 20, regimens: [{ agent: 'gonadorelin', dose: 1, everyHours: 0.25, untilDay: 1000 }] });
    expect(parseScenario(file, fakeCatalogue).ok).toBe(true);
  });

  it('accepts each model’s own pulses within its window, and either option false on any model', () => {
    expect(parseScenario(minimal({ days: 31, options: { gnrhPulses: true } }), fakeCatalogue).ok).toBe(true);
    expect(parseScenario(minimal({ model: 'gh-igf1', days: 14, options: { ghPulses: true } }), fakeCatalogue).ok).toBe(true);
    expect(parseScenario(minimal({ model: 'smith-1980', options: { gnrhPulses: false, ghPulses: false } }), fakeCatalogue).ok).toBe(true);
  });

  it('accepts parameters at the ends of their ranges and output rows at the limit', () => {
    expect(parseScenario(minimal({ parameters: { lhHalfLifeHours: 0.2, fshHalfLifeHours: 8 } }), fakeCatalogue).ok).toBe(true);
    // 30 days every 0.05 h is 14401 rows; 208 days every 0.05 h would be 99841.
    expect(parseScenario(minimal({ days: 208, output: { everyHours: 0.05 } }), fakeCatalogue).ok).toBe(true);
  });
});

describe('warnings', () => {
  it('warns when untilDay is past the end, and when a regimen gives nothing', () => {
    const file = minimal({
      regimens: [
        { agent: 'hcg', dose: 1, everyDays: 3, untilDay: 90 },
        { agent: 'hcg', dose: 1, everyDays: 3, fromDay: 30 },
        { agent: 'clomiphene', dose: 1, mode: 'infusion', fromDay: 5, untilDay: 5 },
      ],
      subject: { conditions: [{ id: 'aging', fromDay: 30 }] },
    });
    const result = parseScenario(file, fakeCatalogue);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.warnings).toEqual([
      'subject.conditions[0].fromDay: the condition starts on the last day, so it has no effect',
      'regimens[0].untilDay: day 90 is after the end of the simulation (day 30); the regimen runs to the end',
      'regimens[1]: gives nothing within the simulated window (from day 30 to day 30)',
      'regimens[2]: gives nothing within the simulated window (from day 5 to day 5)',
    ]);
  });
});

describe('parseScenarioText', () => {
  it('reads a valid file, ignoring a byte-order mark', () => {
    const text = `\uFEFF${JSON.stringify(fullScenarioFile(), null, 2)}`;
    const result = parseScenarioText(text, fakeCatalogue);
    expect(result.ok).toBe(true);
  });

  it.each([
    ['a missing value', '{"name": }', /not valid JSON: expected a value .* at line 1, column 10 \(position 9\)/],
    ['a trailing comma', '{\n  "days": 1,\n}', /trailing comma before '}' at line 3, column 1/],
    ['a missing comma', '{\n  "name": "x"\n  "days": 2\n}', /expected ',' or '}' after a value but found '"' \(missing comma\?\) at line 3, column 3/],
    ['single quotes', "{'name': 'x'}", /expected a field name in double quotes but found ''' at line 1, column 2/],
    ['a truncated file', '{"name": "x"', /expected ',' or '}' after a value but found the end of the text at line 1, column 13/],
  ])('reports a JSON syntax error (%s) with its line and column', (_label, text, message) => {
    const result = parseScenarioText(text, fakeCatalogue);
    if (result.ok) throw new Error('expected a syntax error');
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]?.path).toBe('');
    expect(result.errors[0]?.message).toMatch(message);
  });

  it('rejects an empty file', () => {
    const result = parseScenarioText('  \n', fakeCatalogue);
    expect(result.ok ? [] : result.errors).toEqual([{ path: '', message: 'the file is empty; a scenario file is a JSON object' }]);
  });

  it('rejects a file over 1 MB, counting UTF-8 bytes rather than characters', () => {
    const padded = (padding: string): string => JSON.stringify({ ...fullScenarioFile(), description: padding });
    for (const text of [padded('x'.repeat(1_000_001)), padded('é'.repeat(600_000))]) {
      const result = parseScenarioText(text, fakeCatalogue);
      if (result.ok) throw new Error('expected the file to be rejected');
      expect(result.errors).toEqual([{ path: '', message: 'the file is too large: scenario files are limited to 1 MB' }]);
    }
  });

  it('validates the parsed value after the syntax is fine', () => {
    const result = parseScenarioText('{"format": "gonadostat-scenario/1", "name": "x", "model": "male-hpg", "days": 0}', fakeCatalogue);
    expect(result.ok ? [] : result.errors.map((e) => e.path)).toEqual(['days']);
  });
});

describe('assertValidScenario', () => {
  it('returns the scenario when valid', () => {
    expect(assertValidScenario(minimal(), fakeCatalogue).days).toBe(30);
  });

  it('throws a ScenarioValidationError with every issue and the first in its message', () => {
    let caught: unknown;
    try {
      assertValidScenario(minimal({ days: -1, name: '', foo: 1 }), fakeCatalogue);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ScenarioValidationError);
    const error = caught as ScenarioValidationError;
    expect(error.issues.map((i) => i.path)).toEqual(['name', 'days', 'foo']);
    expect(error.message).toBe('name: must not be empty (and 2 more)');
    expect(error.name).toBe('ScenarioValidationError');
  });

  it('has no "(and N more)" for a single issue', () => {
    expect(() => assertValidScenario(minimal({ days: 0 }), fakeCatalogue)).toThrow(/^days: must be greater than 0 \(got 0\)$/);
  });
});
