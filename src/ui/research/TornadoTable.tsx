/** The tornado chart's numbers: every parameter, its low and high values and the metric at each, largest swing first. Props in. */
import type { SensitivityReport } from '../../core/analysis/sensitivity';
import { sensitivityNotes } from '../../core/output/sweep-report';
import { formatNumber } from '../../core/output/format-number';

const n = (x: number | null): string => (x === null || !Number.isFinite(x) ? '—' : formatNumber(x, 3));

export function TornadoTable({ report }: { readonly report: SensitivityReport }) {
  return (
    <details className="data-table">
      <summary>Sensitivity table ({report.rows.length} parameters)</summary>
      <div className="table-scroll" role="region" aria-label="Sensitivity table" tabIndex={0}>
        <table>
          <caption className="visually-hidden">Metric at each parameter's low and high value, largest swing first</caption>
          <thead>
            <tr>
              <th scope="col">Parameter</th>
              <th scope="col">Low</th>
              <th scope="col">High</th>
              <th scope="col">Metric at low</th>
              <th scope="col">Metric at high</th>
              <th scope="col">Swing</th>
              <th scope="col">Notes</th>
            </tr>
          </thead>
          <tbody>
            {report.rows.map((r) => (
              <tr key={r.parameter}>
                <th scope="row">{r.parameter}</th>
                <td>{n(r.low)}</td>
                <td>{n(r.high)}</td>
                <td>{n(r.metricLow)}</td>
                <td>{n(r.metricHigh)}</td>
                <td>{n(r.swing)}</td>
                <td className="notes">{sensitivityNotes(r)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
