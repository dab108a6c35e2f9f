/**
 * The rhythm of a cycling model's subject in the researcher panel: period and
 * phases of her own cycle, and its Floquet multipliers with a verdict (what a
 * held steady state is for the other models). Props in.
 */
import type { HeldCycle } from '../../core/analysis/held-cycle';

const VERDICT: Readonly<Record<'stable' | 'marginal' | 'unstable', string>> = {
  stable: 'stable: a disturbance shrinks from one cycle to the next, and the cycle comes back',
  marginal: 'marginal: a disturbance neither clearly grows nor shrinks from one cycle to the next',
  unstable: 'unstable: a disturbance grows from one cycle to the next',
};

/** Multipliers listed (the rest are smaller still). */
const SHOWN = 6;

const num = (x: number): string => (x === 0 ? '0' : Math.abs(x) < 1e-4 ? x.toExponential(1) : x.toFixed(3));

export function CycleStabilityView({ cycle }: { readonly cycle: HeldCycle }) {
  const who = cycle.conditions.length === 0 ? 'A healthy woman' : `This subject (${cycle.conditions.join(', ')})`;
  if (!cycle.ok) {
    return (
      <div className="cycle-stability">
        <h4>The cycle</h4>
        <p>{who} has no cycle in this model: {cycle.reason}. The axis settles to the steady state below.</p>
      </div>
    );
  }
  const s = cycle.stability;
  return (
    <div className="cycle-stability">
      <h4>The cycle and its stability</h4>
      <p>
        {who}, without agents: a cycle of {cycle.periodDays.toFixed(1)} days (follicular phase {cycle.follicularDays.toFixed(1)}, luteal phase{' '}
        {cycle.lutealDays.toFixed(1)}).
      </p>
      {s.ok ? (
        <>
          <p>
            Floquet multipliers (how much a small disturbance is multiplied over one cycle): the largest besides the trivial one is{' '}
            {s.multipliers[0]!.abs.toFixed(2)}, so the cycle is {VERDICT[s.verdict]}; the slowest disturbance fades by a factor e in{' '}
            {(s.slowestReturnHours / 24).toFixed(0)} days. The trivial multiplier, a shift along the cycle, is {s.trivial.abs.toFixed(4)} (1 exactly
            in theory: its distance from 1 measures the computation’s error).
          </p>
          <div className="table-scroll" tabIndex={0} role="region" aria-label="Floquet multipliers">
            <table className="eigen-table">
              <caption>Largest {Math.min(SHOWN, s.multipliers.length)} of {s.multipliers.length} non-trivial multipliers</caption>
              <thead>
                <tr>
                  <th scope="col" className="num">Real part</th>
                  <th scope="col" className="num">Imaginary part</th>
                  <th scope="col" className="num">|μ|</th>
                </tr>
              </thead>
              <tbody>
                {s.multipliers.slice(0, SHOWN).map((m, k) => (
                  <tr key={k}>
                    <td className="num">{num(m.re)}</td>
                    <td className="num">{num(m.im)}</td>
                    <td className="num">{num(m.abs)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : (
        <p>Its stability could not be computed: {s.reason}.</p>
      )}
      <p className="hint">For a cycling subject the steady state below is the unstable centre the cycle turns around, not where she settles.</p>
    </div>
  );
}
