/**
 * Recovery metrics (nadir, days below 50%, days to 90%) of the current run and,
 * side by side, of the pinned run, each with a plain sentence. Container.
 */
import { metricLabel, metricSentence } from '../../core/analysis/metrics-table';
import type { RecoveryMetrics } from '../../core/analysis/recovery-metrics';
import { metricsOf } from '../../state/selectors';
import { useAppStore } from '../../state/use-app-store';
import { formatDay } from '../labels';

function percent(x: number): string {
  return `${(x * 100).toFixed(x < 0.1 ? 1 : 0)}%`;
}

function anchor(m: RecoveryMetrics): string {
  return m.afterAndrogen
    ? `After the last exogenous testosterone dose (day ${formatDay(Number(m.fromDay.toFixed(1)))}).`
    : 'No exogenous testosterone in this run: measured over the whole run.';
}

function MetricsTable({ title, metrics }: { title: string; metrics: RecoveryMetrics }) {
  return (
    <div className="metrics-run">
      <table className="metrics-table">
        <caption>
          {title} <span className="hint">{anchor(metrics)}</span>
        </caption>
        <thead>
          <tr>
            <th scope="col">Output</th>
            <th scope="col">Nadir (day)</th>
            <th scope="col">Days below 50%</th>
            <th scope="col">Days to 90%</th>
          </tr>
        </thead>
        <tbody>
          {metrics.metrics.map((m) => (
            <tr key={m.output}>
              <th scope="row">{metricLabel(m.output)}</th>
              <td className="num">
                {percent(m.nadir)} <span className="muted">(day {Math.round(m.nadirDay)})</span>
              </td>
              <td className="num">{Math.round(m.below50Days)}</td>
              <td className="num">{m.to90Days === null ? 'not within the window' : Math.round(m.to90Days)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ul className="metric-sentences">
        {metrics.metrics.map((m) => (
          <li key={m.output}>{metricSentence(m, metrics.fromDay)}</li>
        ))}
      </ul>
    </div>
  );
}

export function MetricsPanel() {
  const result = useAppStore((s) => s.result);
  const pinned = useAppStore((s) => s.pinned);
  if (result === null) return null;
  return (
    <section className="panel metrics-panel" aria-labelledby="metrics-heading">
      <h2 id="metrics-heading">Recovery metrics</h2>
      <div className={pinned === null ? 'metrics-grid' : 'metrics-grid is-compare'}>
        <MetricsTable title={`This run: ${result.scenario.name}`} metrics={metricsOf(result)} />
        {pinned !== null && <MetricsTable title={`Pinned: ${pinned.label}`} metrics={metricsOf(pinned.result)} />}
      </div>
    </section>
  );
}
