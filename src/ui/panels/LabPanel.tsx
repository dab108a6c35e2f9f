/**
 * The lab panel: every output on the cursor day, like a blood test, with its
 * position against a band around the healthy baseline (and, in a column of
 * its own, the pinned run's when one is pinned). For a model whose baseline is
 * a rhythm (the menstrual cycle), 1× is the healthy cycle's average, which
 * every hormone swings far above and below within a normal cycle: a band
 * around it would call a healthy woman's values "low" or "high", so the panel
 * shows the values and their gauge without flags. So does a run with explicit
 * pulses (GnRH or GH), whose pulsing hormones swing many-fold within hours.
 * Container.
 */
import { getModel } from '../../core/model/registry';
import { explicitPulses } from '../../core/scenario/explicit-pulses';
import { outputsOf, valueAt } from '../../state/selectors';
import { useAppStore } from '../../state/use-app-store';
import { BASELINE_BAND, CHART_GROUPS, formatDay, formatRelative } from '../labels';

/** Right end of the gauge (relative to baseline); higher values sit at the end as an arrow (explained in the hint). */
const GAUGE_MAX = 2.5;

/** Outputs in the charts' order (blood, then testes), so the lab panel reads like the legends. */
const ORDER = CHART_GROUPS.flatMap((g) => g.outputs);

function flag(value: number): string {
  if (value < BASELINE_BAND.low) return 'low';
  if (value > BASELINE_BAND.high) return 'high';
  return 'in band';
}

function Gauge({ value, band }: { readonly value: number; readonly band: boolean }) {
  const pct = (x: number): string => `${(Math.min(x, GAUGE_MAX) / GAUGE_MAX) * 100}%`;
  return (
    <span className="gauge" aria-hidden="true">
      {band && <span className="gauge-band" style={{ left: pct(BASELINE_BAND.low), width: `calc(${pct(BASELINE_BAND.high)} - ${pct(BASELINE_BAND.low)})` }} />}
      <span className="gauge-baseline" style={{ left: pct(1) }} />
      <span className={`gauge-mark${value > GAUGE_MAX ? ' is-over' : ''}`} style={{ left: pct(value) }} />
    </span>
  );
}

export function LabPanel() {
  const result = useAppStore((s) => s.result);
  const pinned = useAppStore((s) => s.pinned);
  const cursorDay = useAppStore((s) => s.cursorDay);
  if (result === null) return null;
  const rank = (id: string): number => (ORDER.includes(id) ? ORDER.indexOf(id) : ORDER.length);
  const outputs = [...outputsOf(result)].sort((a, b) => rank(a.id) - rank(b.id));
  const pulses = explicitPulses(result.scenario);
  const rhythm = getModel(result.scenario.model).baseline === 'cycle-mean' || pulses;
  const values = outputs.map((o) => valueAt(result, o.id, cursorDay));
  const anyOver = pinned === null && values.some((v) => v > GAUGE_MAX);
  return (
    <section className="lab-panel" aria-labelledby="lab-heading">
      <h2 id="lab-heading">Lab panel: day {formatDay(cursorDay, result.scenario.days)}</h2>
      <p className="hint">
        {pulses
          ? 'Times the healthy baseline. With explicit pulses the pulsing hormones swing far above and below it within hours, so no value is flagged: compare with a pinned run, or read the 24-h means in the metrics.'
          : rhythm
            ? 'Times the healthy cycle’s average. Within a normal cycle every hormone swings far above and below it, so no value is flagged: compare with the same day of an untreated cycle (pin one).'
            : `Times the healthy baseline; in band: ${BASELINE_BAND.low}× to ${BASELINE_BAND.high}×.`}
        {anyOver && ` A gauge ending in an arrow: above ${GAUGE_MAX}×, past its end.`}
      </p>
      <table className="lab-table">
        <thead>
          <tr>
            <th scope="col">Output</th>
            <th scope="col" className="num">Value</th>
            {pinned !== null && <th scope="col" className="num">Pinned</th>}
            {!rhythm && <th scope="col">Flag</th>}
            {pinned === null && (
              <th scope="col" className="gauge-col">
                <span className="visually-hidden">{rhythm ? 'Against the cycle average' : 'Against the baseline band'}</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {outputs.map((o, i) => {
            const v = values[i]!;
            const f = flag(v);
            return (
              <tr key={o.id} data-output={o.id}>
                <th scope="row" title={o.description}>{o.label}</th>
                <td className="num">{formatRelative(v)}</td>
                {pinned !== null && <td className="num pinned-value">{formatRelative(valueAt(pinned.result, o.id, cursorDay))}</td>}
                {!rhythm && <td className={`flag flag-${f.replace(' ', '-')}`}>{f}</td>}
                {pinned === null && (
                  <td className="gauge-col">
                    <Gauge value={v} band={!rhythm} />
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
