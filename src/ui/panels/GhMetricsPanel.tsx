/**
 * The somatotropic axis' metrics of the current run (GH brief §8): IGF-1 and
 * GH against the healthy young man and the subject's own pre-treatment level,
 * ghrelin-receptor responsiveness, GH pulses (with explicit pulses on), and the
 * days until IGF-1 is back within 10% of pre-treatment after the last dose. Props in.
 */
import type { GhMetrics } from '../../core/analysis/gh-metrics';
import { formatRelative } from '../labels';
import { GlossaryTerms } from '../glossary/GlossaryLink';

export function GhMetricsPanel({ name, metrics }: { readonly name: string; readonly metrics: GhMetrics }) {
  const rows: readonly [string, GhMetrics['igf1']][] = [
    ['IGF-1 at the end', metrics.igf1],
    ['GH, 24-h mean (last day)', metrics.gh24hMean],
    ['GH, lowest (last day)', metrics.ghTrough],
  ];
  const recovery = metrics.lastDoseDay === null
    ? 'No agent is given in this run.'
    : metrics.igf1RecoveryDays === null
      ? `IGF-1 is not back within 10% of its pre-treatment level by the end of the run (last dose on day ${Math.round(metrics.lastDoseDay)}).`
      : `IGF-1 is back within 10% of its pre-treatment level ${Math.round(metrics.igf1RecoveryDays)} days after the last dose (day ${Math.round(metrics.lastDoseDay)}).`;
  return (
    <section className="metrics-panel" aria-labelledby="gh-metrics-heading">
      <h2 id="gh-metrics-heading">GH-axis metrics</h2>
      <div className="table-scroll metrics-scroll" tabIndex={0} role="region" aria-label="GH-axis metrics table">
        <table className="metrics-table">
          <caption>This run: {name}</caption>
          <thead>
            <tr>
              <th scope="col">Measure</th>
              <th scope="col" className="num">× healthy young man</th>
              <th scope="col" className="num">× before treatment</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([label, level]) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                <td className="num">{formatRelative(level.healthy)}</td>
                <td className="num">{formatRelative(level.preTreatment)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul className="metric-sentences">
        <li>Ghrelin receptors responsive at the end: {Math.round(metrics.ghsr * 100)}% of a healthy man’s (below 100%: desensitized).</li>
        {metrics.pulses.kind === 'counted' && (
          <li>
            GH pulses from the pituitary in the last 24 hours: {metrics.pulses.perDay}
            {metrics.pulses.perDay > 0 && `, peaking on average at ${formatRelative(metrics.pulses.meanPeak)} the healthy 24-h mean (${formatRelative(metrics.pulses.meanAmplitude)} above the trough before each)`}.
          </li>
        )}
        <li>{recovery}</li>
      </ul>
      <GlossaryTerms ids={['igf-1', 'desensitization', 'baseline']} />
    </section>
  );
}
