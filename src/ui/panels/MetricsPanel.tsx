/**
 * Recovery metrics of the current run (lowest level, its day, days below half
 * of baseline, days back to 90%), each output with a plain sentence. With a
 * pinned run, one table compares them: this run, the pinned run and the
 * difference. On the GH axis, that axis' own metrics (./GhMetricsPanel.tsx). Container.
 */
import type { RecoveryMetrics } from '../../core/analysis/recovery-metrics';
import { metricLabel } from '../../core/analysis/metrics-table';
import { cycleMetricsOf, ghMetricsOf, metricsOf } from '../../state/selectors';
import { GhMetricsPanel } from './GhMetricsPanel';
import { CycleMetricsPanel } from './CycleMetricsPanel';
import { useAppStore } from '../../state/use-app-store';
import { GlossaryTerms } from '../glossary/GlossaryLink';
import { METRIC_MEASURES, metricSentence, metricsAnchor } from './metric-words';

function SingleTable({ name, metrics, days }: { name: string; metrics: RecoveryMetrics; days: number }) {
  // One column per output and one row per measure, so the table stays narrow beside the charts.
  return (
    <table className="metrics-table">
      <caption>
        This run: {name} <span className="hint">{metricsAnchor(metrics, days)}</span>
      </caption>
      <thead>
        <tr>
          <th scope="col">Measure</th>
          {metrics.metrics.map((m) => <th scope="col" key={m.output} className="num">{metricLabel(m.output)}</th>)}
        </tr>
      </thead>
      <tbody>
        {METRIC_MEASURES.map((measure) => (
          <tr key={measure.id}>
            <th scope="row">{measure.label}</th>
            {metrics.metrics.map((m) => <td key={m.output} className="num">{measure.text(m, days)}</td>)}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function CompareTable({ name, metrics, days, pinnedName, pinned }: { name: string; metrics: RecoveryMetrics; days: number; pinnedName: string; pinned: RecoveryMetrics }) {
  return (
    <table className="metrics-table is-compare">
      <caption>
        This run (“{name}”) against the pinned run (“{pinnedName}”).{' '}
        <span className="hint">This run: {metricsAnchor(metrics, days)} Pinned: {metricsAnchor(pinned, days)}</span>
      </caption>
      <thead>
        <tr>
          <th scope="col">Output and measure</th>
          <th scope="col" className="num">This run</th>
          <th scope="col" className="num">Pinned</th>
          <th scope="col" className="num">Difference</th>
        </tr>
      </thead>
      {metrics.metrics.map((m) => {
        const p = pinned.metrics.find((x) => x.output === m.output);
        return (
          <tbody key={m.output}>
            {METRIC_MEASURES.map((measure, k) => {
              const a = measure.value(m);
              const b = p === undefined ? null : measure.value(p);
              return (
                <tr key={measure.id} className={k === 0 ? 'metric-group-start' : undefined}>
                  <th scope="row">{metricLabel(m.output)}: {measure.label.toLowerCase()}</th>
                  <td className="num">{measure.text(m, days)}</td>
                  <td className="num">{p === undefined ? '—' : measure.text(p, days)}</td>
                  <td className="num metric-difference">{a === null || b === null ? '—' : measure.difference(a, b, days)}</td>
                </tr>
              );
            })}
          </tbody>
        );
      })}
    </table>
  );
}

export function MetricsPanel() {
  const result = useAppStore((s) => s.result);
  const pinned = useAppStore((s) => s.pinned);
  if (result === null) return null;
  // The GH axis has no withdrawal to recover from: its own metrics instead.
  const gh = ghMetricsOf(result);
  if (gh !== null) return <GhMetricsPanel name={result.scenario.name} metrics={gh} />;
  // A cycling model: ovulations and cycle lengths instead of recovery from suppression.
  const cycle = cycleMetricsOf(result);
  if (cycle !== null) {
    const pinnedCycle = pinned === null ? null : cycleMetricsOf(pinned.result);
    return (
      <CycleMetricsPanel
        scenario={result.scenario}
        metrics={cycle}
        pinned={pinned === null || pinnedCycle === null ? undefined : { label: pinned.label, scenario: pinned.result.scenario, metrics: pinnedCycle }}
      />
    );
  }
  const metrics = metricsOf(result);
  const days = result.scenario.days;
  return (
    <section className="metrics-panel" aria-labelledby="metrics-heading">
      <h2 id="metrics-heading">Recovery metrics</h2>
      <div className="table-scroll metrics-scroll" tabIndex={0} role="region" aria-label="Recovery metrics table">
        {pinned === null ? (
          <SingleTable name={result.scenario.name} metrics={metrics} days={days} />
        ) : (
          <CompareTable name={result.scenario.name} metrics={metrics} days={days} pinnedName={pinned.label} pinned={metricsOf(pinned.result)} />
        )}
      </div>
      <ul className="metric-sentences">
        {metrics.metrics.map((m) => (
          <li key={m.output}>{metricSentence(m, metrics, days)}</li>
        ))}
      </ul>
      <GlossaryTerms ids={['nadir', 'withdrawal-trough', 'baseline']} />
    </section>
  );
}
