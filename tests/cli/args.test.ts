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
