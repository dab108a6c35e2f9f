/**
 * Cycle metrics of the current run of a cycling model (female-hpg): each
 * ovulation (LH peak, estradiol peak, luteal phase), the cycle lengths, LH
 * surges without a luteal phase, and how long after the last dose the first
 * ovulation came — beside the pinned run's when one is pinned. Days only: the
 * charts already give the levels relative to the healthy cycle. Props in.
 */
import { afterLastDose, type CycleMetrics } from '../../core/analysis/cycle-metrics';
import type { Scenario } from '../../core/scenario/types';
import { GlossaryTerms } from '../glossary/GlossaryLink';

const day = (d: number): string => String(Math.round(d));
const span = (d: number): string => `${d.toFixed(1)} d`;

/** One sentence per fact a student would ask about the run. */
export function cycleSentences(scenario: Scenario, m: CycleMetrics): string[] {
  const n = m.ovulations.length;
  const lines = [n === 0
    ? `No ovulation in ${scenario.days} days.`
    : `${n} ovulation${n === 1 ? '' : 's'} in ${scenario.days} days (LH peaks on day${n === 1 ? '' : 's'} ${m.ovulations.map((o) => day(o.lhPeakDay)).join(', ')}).`];
  if (m.cycleLengthsDays.length > 0) {
    const lo = Math.min(...m.cycleLengthsDays);
    const hi = Math.max(...m.cycleLengthsDays);
    lines.push(lo.toFixed(1) === hi.toFixed(1) ? `Cycle length ${span(lo)}, ovulation to ovulation.` : `Cycle lengths from ${span(lo)} to ${span(hi)}, ovulation to ovulation.`);
  }
  if (m.anovulatorySurgeDays.length > 0) lines.push(`LH surges without a luteal phase after them on day ${m.anovulatorySurgeDays.map(day).join(', ')}.`);
  const after = afterLastDose(scenario, m);
  if (after !== null) {
    const last = after.lastDoseDay;
    lines.push(after.daysToFirstOvulation === null
      ? `No ovulation in the ${Math.round(scenario.days - last)} days after the last dose (day ${day(last)}).`
      : `The first ovulation after the last dose (day ${day(last)}) came ${Math.round(after.daysToFirstOvulation)} days later.`);
  }
  return lines;
}

function Sentences({ scenario, metrics }: { readonly scenario: Scenario; readonly metrics: CycleMetrics }) {
  return (
    <ul className="metric-sentences">
      {cycleSentences(scenario, metrics).map((s) => (
        <li key={s}>{s}</li>
      ))}
    </ul>
  );
}

export function CycleMetricsPanel({ scenario, metrics, pinned }: {
  readonly scenario: Scenario;
  readonly metrics: CycleMetrics;
  readonly pinned?: { readonly label: string; readonly scenario: Scenario; readonly metrics: CycleMetrics } | undefined;
}) {
  return (
    <section className="metrics-panel" aria-labelledby="cycle-metrics-heading">
      <h2 id="cycle-metrics-heading">Cycle metrics</h2>
      <div className="table-scroll metrics-scroll" tabIndex={0} role="region" aria-label="Ovulations table">
        <table className="metrics-table">
          <caption>Ovulations in this run: {scenario.name}</caption>
          <thead>
            <tr>
              <th scope="col">Ovulation</th>
              <th scope="col" className="num">LH peak, day</th>
              <th scope="col" className="num">Estradiol peak, day</th>
              <th scope="col" className="num">Luteal phase</th>
            </tr>
          </thead>
          <tbody>
            {metrics.ovulations.length === 0 ? (
              <tr>
                <th scope="row">none</th>
                <td className="num">—</td>
                <td className="num">—</td>
                <td className="num">—</td>
              </tr>
            ) : (
              metrics.ovulations.map((o, k) => (
                <tr key={o.lhPeakDay}>
                  <th scope="row">{k + 1}</th>
                  <td className="num">{day(o.lhPeakDay)}</td>
                  <td className="num">{day(o.e2PeakDay)}</td>
                  <td className="num">{o.lutealDays === null ? 'past the end' : span(o.lutealDays)}</td>
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
      <Sentences scenario={scenario} metrics={metrics} />
      {pinned !== undefined && (
        <>
          <h3 className="metrics-subheading">Pinned: {pinned.label}</h3>
          <Sentences scenario={pinned.scenario} metrics={pinned.metrics} />
        </>
      )}
      <p className="hint">An ovulation is an LH surge followed by a luteal rise of progesterone; a cycle runs from one LH peak to the next.</p>
      <GlossaryTerms ids={['ovulation', 'lh-surge', 'corpus-luteum', 'menstrual-cycle']} />
    </section>
  );
}
