import { describe, expect, it } from 'vitest';
import { ArgumentError } from '../../src/cli/args';
import { parseCycleArgs } from '../../src/cli/cycle-args';

describe('parseCycleArgs', () => {
  it('has defaults: 90 days, every 6 h, healthy, own baseline, absolute csv', () => {
    expect(parseCycleArgs([])).toEqual({
      days: 90, everyHours: 6, conditions: [], parameters: {}, start: 'subject-baseline', relative: 'absolute', format: 'csv', metrics: false, stability: false,
    });
  });
  it('reads conditions, parameter overrides and modes', () => {
    expect(parseCycleArgs(['--days', '400', '--condition', 'menopause', '--condition', 'obesity', '--set', 'perimenopauseReserve=0.5',
      '--start', 'healthy-cycle-day-1', '--relative', 'same-cycle-day', '--format', 'json', '--metrics', '--stability'])).toEqual({
      days: 400, everyHours: 6, conditions: ['menopause', 'obesity'], parameters: { perimenopauseReserve: 0.5 }, start: 'healthy-cycle-day-1',
      relative: 'same-cycle-day', format: 'json', metrics: true, stability: true,
    });
  });
  it('returns help for --help', () => {
    expect(parseCycleArgs(['--help'])).toBe('help');
  });
  it.each([
    [['--condition', 'orchiectomy'], /unknown condition "orchiectomy"/],
    [['--set', 'noSuchParameter=1'], /unknown parameter "noSuchParameter"/],
    [['--set', 'perimenopauseReserve=5'], /between 0.05 and 0.9/],
    [['--days', '0'], /--days must be between 1 and 3650/],
    [['--relative', 'baseline'], /--relative must be/],
    [['--format', 'xml'], /--format must be csv or json/],
    [['--days'], /--days needs a value/],
    [['--bogus'], /unknown argument "--bogus"/],
  ])('rejects %j naming the flag', (argv, message) => {
    expect(() => parseCycleArgs(argv)).toThrow(ArgumentError);
    expect(() => parseCycleArgs(argv)).toThrow(message);
  });
});
