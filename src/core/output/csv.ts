/**
 * CSV of a simulation: a header `day,<output ids…>`, one row per output time,
 * values relative to the healthy baseline. Shared by the CLI and the app's export.
 */
import type { SimulationResult } from '../simulate';
import { formatNumber } from './format-number';

/** The whole result as CSV text (LF line ends, trailing newline). */
export function resultToCsv(result: SimulationResult, digits = 6): string {
  const columns = result.outputIds.map((id) => result.series[id]!);
  const lines: string[] = [['day', ...result.outputIds].join(',')];
  for (let k = 0; k < result.days.length; k++) {
    const row = [formatNumber(result.days[k]!, 8)];
    for (const column of columns) row.push(formatNumber(column[k]!, digits));
    lines.push(row.join(','));
  }
  return lines.join('\n') + '\n';
}
