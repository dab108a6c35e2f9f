import { describe, expect, it } from 'vitest';
import { ArgumentError, parseSimArgs } from '../../src/cli/args';

describe('parseSimArgs', () => {
  it('reads the scenario path and defaults to csv on stdout', () => {
    expect(parseSimArgs(['s.json'])).toEqual({ scenarioPath: 's.json', format: 'csv', outPath: undefined, metrics: false });
  });
  it('reads --format, --out and --metrics in either spelling', () => {
    expect(parseSimArgs(['--format', 'json', 's.json', '--out=o.json', '--metrics'])).toEqual({ scenarioPath: 's.json', format: 'json', outPath: 'o.json', metrics: true });
    expect(parseSimArgs(['s.json', '--format=csv', '--out', 'o.csv'])).toMatchObject({ format: 'csv', outPath: 'o.csv' });
  });
  it('returns help for --help', () => {
    expect(parseSimArgs(['--help'])).toBe('help');
  });
  it.each([
    [[], /missing the scenario file/],
    [['s.json', '--format', 'xml'], /--format must be csv or json/],
    [['s.json', '--out'], /--out needs a value/],
    [['s.json', '--bogus'], /unknown option --bogus/],
    [['a.json', 'b.json'], /only one scenario file/],
  ])('rejects %j', (argv, message) => {
    expect(() => parseSimArgs(argv)).toThrow(ArgumentError);
    expect(() => parseSimArgs(argv)).toThrow(message);
  });
});

describe('parseSimArgs: sweeps', () => {
  it('reads a sensitivity sweep with its metric, fraction and parameters', () => {
    expect(parseSimArgs(['s.json', '--sweep', 'sensitivity', '--metric', 'testosterone.to90Days', '--fraction=0.1', '--parameters', 'a, b,c'])).toMatchObject({
      sweep: { kind: 'sensitivity', metric: 'testosterone.to90Days', fraction: 0.1, parameters: ['a', 'b', 'c'] },
    });
  });
  it('reads an uncertainty sweep, with samples 100 and seed 1 by default', () => {
    expect(parseSimArgs(['s.json', '--sweep=uncertainty', '--format', 'json'])).toMatchObject({ format: 'json', sweep: { kind: 'uncertainty', samples: 100, seed: 1 } });
    expect(parseSimArgs(['s.json', '--sweep', 'uncertainty', '--samples', '20', '--seed', '-7'])).toMatchObject({ sweep: { samples: 20, seed: -7 } });
  });
  it('has no sweep without --sweep', () => {
    expect(parseSimArgs(['s.json'])).not.toHaveProperty('sweep');
  });
  it.each([
    [['s.json', '--sweep', 'tornado'], /^--sweep must be sensitivity or uncertainty/],
    [['s.json', '--sweep', 'sensitivity'], /^--sweep sensitivity needs --metric/],
    [['s.json', '--sweep', 'sensitivity', '--metric', 'lh.mean', '--fraction', '0'], /^--fraction must be a number above 0/],
    [['s.json', '--sweep', 'sensitivity', '--metric', 'lh.mean', '--fraction', 'lots'], /^--fraction must be/],
    [['s.json', '--sweep', 'sensitivity', '--metric', 'lh.mean', '--samples', '5'], /^--samples needs --sweep uncertainty/],
    [['s.json', '--sweep', 'uncertainty', '--metric', 'lh.mean'], /^--metric needs --sweep sensitivity/],
    [['s.json', '--sweep', 'uncertainty', '--samples', '2.5'], /^--samples must be a whole number/],
    [['s.json', '--sweep', 'uncertainty', '--seed', '1e400'], /^--seed must be a whole number/],
    [['s.json', '--sweep', 'uncertainty', '--parameters', 'a,,b'], /^--parameters must be a comma-separated list/],
    [['s.json', '--metric', 'lh.mean'], /^--metric needs --sweep/],
    [['s.json', '--sweep', 'uncertainty', '--metrics'], /^--metrics cannot be combined with --sweep/],
    [['s.json', '--sweep'], /^--sweep needs a value/],
  ])('rejects %j with a one-line message naming the option', (argv, message) => {
    expect(() => parseSimArgs(argv)).toThrow(ArgumentError);
    expect(() => parseSimArgs(argv)).toThrow(message);
  });
});

describe('--export sbml', () => {
  it('is parsed, and refuses other formats and combinations', () => {
    expect(parseSimArgs(['s.json', '--export', 'sbml', '--out', 'm.xml'])).toMatchObject({ exportAs: 'sbml', outPath: 'm.xml' });
    expect(() => parseSimArgs(['s.json', '--export', 'cellml'])).toThrow(/--export must be sbml/);
    expect(() => parseSimArgs(['s.json', '--export', 'sbml', '--metrics'])).toThrow(/cannot be combined/);
  });
});
