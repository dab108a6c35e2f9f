/**
 * The data-table alternative to a chart: values relative to baseline at
 * regular days (at most ~60 rows), inside a disclosure so it costs nothing
 * until opened. Props in.
 */
import { useState } from 'react';
import type { SimulationResult } from '../../core/simulate';
import { valueAt } from '../../state/selectors';
import { formatDay, formatRelative } from '../labels';

export interface DataTableProps {
  readonly caption: string;
  readonly result: SimulationResult;
  readonly ids: readonly string[];
  readonly labels: readonly string[];
}

const MAX_ROWS = 60;

/** Days of the table rows: a round step that gives at most MAX_ROWS rows. */
export function tableDays(days: number): number[] {
  const steps = [0.25, 0.5, 1, 2, 5, 7, 10, 14, 28, 30, 60, 90, 180, 365];
  const step = steps.find((s) => days / s <= MAX_ROWS) ?? Math.ceil(days / MAX_ROWS);
  const out: number[] = [];
  for (let d = 0; d <= days + 1e-9; d += step) out.push(Number(d.toFixed(6)));
  if (out[out.length - 1]! < days) out.push(days);
  return out;
}

export function DataTable({ caption, result, ids, labels }: DataTableProps) {
  const [open, setOpen] = useState(false);
  return (
    <details className="data-table" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Data table</summary>
      {open && (
        <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
          <table>
            <caption>{caption}</caption>
            <thead>
              <tr>
                <th scope="col">Day</th>
                {labels.map((label) => (
                  <th scope="col" key={label}>{label}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {tableDays(result.scenario.days).map((day) => (
                <tr key={day}>
                  <th scope="row">{formatDay(day, result.scenario.days)}</th>
                  {ids.map((id) => (
                    <td key={id}>{formatRelative(valueAt(result, id, day))}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </details>
  );
}
