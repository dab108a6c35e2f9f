import { describe, expect, it } from 'vitest';
import { cycleSentences } from '../../../src/ui/panels/CycleMetricsPanel';
import type { CycleMetrics, Ovulation } from '../../../src/core/analysis/cycle-metrics';
import type { Scenario } from '../../../src/core/scenario/types';

const ovulation = (lhPeakDay: number, lutealDays: number | null): Ovulation => ({
  lhPeakDay, lhPeak: 60, e2Peak: 250, e2PeakDay: lhPeakDay - 1, p4Peak: 12, p4PeakDay: lhPeakDay + 7,
  lutealEndDay: lutealDays === null ? null : lhPeakDay + lutealDays, lutealDays,
});
const scenario = (regimens: Scenario['regimens'] = []): Scenario =>
  ({ format: 'gonadostat-scenario/1', name: 's', model: 'female-hpg', days: 120, subject: { conditions: [] }, regimens, parameters: {}, output: { everyHours: 2 } }) as Scenario;

describe('cycle metric sentences', () => {
  it('count ovulations, give their days and the range of cycle lengths', () => {
    const m: CycleMetrics = { ovulations: [ovulation(16, 13.3), ovulation(45.4, 13.2), ovulation(74.8, null)], anovulatorySurgeDays: [], cycleLengthsDays: [29.4, 29.4] };
    expect(cycleSentences(scenario(), m)).toEqual(['3 ovulations in 120 days (LH peaks on days 16, 45, 75).', 'Cycle length 29.4 d, ovulation to ovulation.']);
  });

  it('say when none came, and how long after the last dose the first one did', () => {
    const none: CycleMetrics = { ovulations: [], anovulatorySurgeDays: [40], cycleLengthsDays: [] };
    const pill = scenario([{ agent: 'combined-oral-contraceptive', dose: 1, mode: 'bolus', everyDays: 1, fromDay: 0, untilDay: 21 }] as Scenario['regimens']);
    expect(cycleSentences(pill, none)).toEqual([
      'No ovulation in 120 days.',
      'LH surges without a luteal phase after them on day 40.',
      'No ovulation in the 100 days after the last dose (day 20).',
    ]);
    const after: CycleMetrics = { ovulations: [ovulation(38, 13)], anovulatorySurgeDays: [], cycleLengthsDays: [] };
    expect(cycleSentences(pill, after).at(-1)).toBe('The first ovulation after the last dose (day 20) came 18 days later.');
  });
});
