import { describe, expect, it } from 'vitest';
import { runCycle } from '../../src/cli/run-cycle';
import { parseCycleArgs, type CycleArgs } from '../../src/cli/cycle-args';

const args = (argv: string[]): CycleArgs => parseCycleArgs(argv) as CycleArgs;

describe('runCycle', () => {
  it('prints CSV in clinical units, one row per output time, and the metrics table', () => {
    const { text, report } = runCycle(args(['--days', '60', '--every-hours', '24', '--metrics']));
    const lines = text.trim().split('\n');
    expect(lines[0]).toBe('day,lh,fsh,estradiol,progesterone,inhibinA,inhibinB,testosterone,gnrh,gnrhFrequency,follicles,corpusLuteum');
    expect(lines).toHaveLength(62);
    expect(report).toMatch(/^2 ovulations; cycle length 28\.\d\d days on average\./);
  });

  it('divides by the healthy cycle mean when asked, so a healthy run averages about 1 over whole cycles', () => {
    const { text } = runCycle(args(['--days', '58.7', '--every-hours', '2', '--relative', 'cycle-mean', '--format', 'json']));
    const json = JSON.parse(text) as { series: Record<string, number[]>; reference: { periodDays: number } };
    const lh = json.series.lh!;
    const mean = lh.slice(0, -1).reduce((a, b) => a + b, 0) / (lh.length - 1);
    expect(mean).toBeCloseTo(1, 1);
    expect(json.reference.periodDays).toBeGreaterThan(26);
  });

  it('reports a steady subject baseline and no ovulation in menopause, with the stability of the healthy cycle', () => {
    const { text, report } = runCycle(args(['--days', '30', '--condition', 'menopause', '--format', 'json', '--stability']));
    const json = JSON.parse(text) as { subjectBaseline: string; metrics: { ovulations: unknown[] } };
    expect(json.subjectBaseline).toBe('steady');
    expect(json.metrics.ovulations).toHaveLength(0);
    expect(report).toMatch(/Verdict: stable/);
  }, 20_000);
});
