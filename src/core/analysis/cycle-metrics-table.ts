/** Plain-text table of cycle metrics (CLI `cycle --metrics`; the app's panel later). */
import type { AfterLastDose, CycleMetrics } from './cycle-metrics';

/**
 * Fixed-width table, one row per ovulation, after a summary of the ovulations and cycle lengths, the
 * anovulatory surges and, for a run with doses, how long after the last one the first ovulation came.
 */
export function cycleMetricsTable(metrics: CycleMetrics, afterLastDose: AfterLastDose | null = null): string {
  const header = ['ovulation', 'LH peak day', 'LH peak IU/L', 'E2 peak pg/mL', 'P4 peak ng/mL', 'luteal days', 'cycle days'];
  const rows = metrics.ovulations.map((o, i) => [
    String(i + 1),
    o.lhPeakDay.toFixed(1),
    o.lhPeak.toFixed(1),
    o.e2Peak.toFixed(0),
    o.p4Peak.toFixed(1),
    o.lutealDays === null ? 'not within window' : o.lutealDays.toFixed(1),
    i === 0 ? '' : metrics.cycleLengthsDays[i - 1]!.toFixed(2),
  ]);
  const widths = header.map((h, j) => Math.max(h.length, ...rows.map((r) => r[j]!.length)));
  const line = (cells: string[]): string => cells.map((c, j) => c.padEnd(widths[j]!)).join('  ').trimEnd();
  const lengths = metrics.cycleLengthsDays;
  const summary =
    metrics.ovulations.length === 0
      ? 'No ovulation within the simulated window.'
      : `${metrics.ovulations.length} ovulation${metrics.ovulations.length === 1 ? '' : 's'}` +
        (lengths.length > 0 ? `; cycle length ${(lengths.reduce((a, b) => a + b, 0) / lengths.length).toFixed(2)} days on average.` : '.');
  const anovulatory = metrics.anovulatorySurgeDays.length === 0 ? [] : [`LH surges without luteal progesterone on days ${metrics.anovulatorySurgeDays.map((d) => d.toFixed(1)).join(', ')}.`];
  const afterDose =
    afterLastDose === null
      ? []
      : [afterLastDose.daysToFirstOvulation === null
          ? `No ovulation after the last dose (day ${afterLastDose.lastDoseDay.toFixed(1)}) within the simulated window.`
          : `First ovulation after the last dose (day ${afterLastDose.lastDoseDay.toFixed(1)}): ${afterLastDose.daysToFirstOvulation.toFixed(1)} days later.`];
  return [summary, ...anovulatory, ...afterDose, ...(rows.length > 0 ? [line(header), ...rows.map(line)] : [])].join('\n') + '\n';
}
