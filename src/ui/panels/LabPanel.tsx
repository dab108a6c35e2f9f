/**
 * The lab panel: every output on the cursor day, like a blood test, with its
 * position against a band around the healthy baseline (and, in a column of
 * its own, the pinned run's when one is pinned). Container.
 */
import { outputsOf, valueAt } from '../../state/selectors';
import { useAppStore } from '../../state/use-app-store';
import { BASELINE_BAND, CHART_GROUPS, formatDay, formatRelative } from '../labels';

/** Right end of the gauge (relative to baseline); higher values sit at the end with an arrow. */
const GAUGE_MAX = 2.5;

/** Outputs in the charts' order (blood, then testes), so the lab panel reads like the legends. */
const ORDER = CHART_GROUPS.flatMap((g) => g.outputs);

function flag(value: number): string {
  if (value < BASELINE_BAND.low) return 'low';
  if (value > BASELINE_BAND.high) return 'high';
  return 'in band';
}

function Gauge({ value }: { value: number }) {
  const pct = (x: number): string => `${(Math.min(x, GAUGE_MAX) / GAUGE_MAX) * 100}%`;
  return (
    <span className="gauge" aria-hidden="true">
      <span className="gauge-band" style={{ left: pct(BASELINE_BAND.low), width: `calc(${pct(BASELINE_BAND.high)} - ${pct(BASELINE_BAND.low)})` }} />
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
  return (
    <section className="lab-panel" aria-labelledby="lab-heading">
      <h2 id="lab-heading">Lab panel: day {formatDay(cursorDay, result.scenario.days)}</h2>
      <p className="hint">
        Times the healthy baseline; in band: {BASELINE_BAND.low}× to {BASELINE_BAND.high}×.
      </p>
      <table className="lab-table">
        <thead>
          <tr>
            <th scope="col">Output</th>
            <th scope="col" className="num">Value</th>
            {pinned !== null && <th scope="col" className="num">Pinned</th>}
            <th scope="col">Flag</th>
            {pinned === null && (
              <th scope="col" className="gauge-col">
                <span className="visually-hidden">Against the baseline band</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {outputs.map((o) => {
            const v = valueAt(result, o.id, cursorDay);
            const f = flag(v);
            return (
              <tr key={o.id} data-output={o.id}>
                <th scope="row" title={o.description}>{o.label}</th>
                <td className="num">{formatRelative(v)}</td>
                {pinned !== null && <td className="num pinned-value">{formatRelative(valueAt(pinned.result, o.id, cursorDay))}</td>}
                <td className={`flag flag-${f.replace(' ', '-')}`}>{f}</td>
                {pinned === null && (
                  <td className="gauge-col">
                    <Gauge value={v} />
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
