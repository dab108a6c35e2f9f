/**
 * The held steady state as two tables: every output relative to baseline, and
 * the Jacobian's eigenvalues as time constants, periods and growth, with the
 * verdict and a plain sentence on how to read them. Props in.
 */
import type { HeldSteadyState } from '../../core/analysis/held-steady-state';
import type { OutputDefinition } from '../../core/model/model-definition';
import { formatHours } from '../../core/analysis/time-constants';
import { formatNumber } from '../../core/output/format-number';
import { distinctModes, eigenvalueText, modeBehaviour, verdictText } from './steady-state-text';

export interface SteadyStateViewProps {
  readonly result: HeldSteadyState;
  readonly outputs: readonly OutputDefinition[];
}

export function SteadyStateView({ result, outputs }: SteadyStateViewProps) {
  if (!result.ok) return <p className="field-error">No steady state: {result.message}</p>;
  const { eigen } = result;
  const verdict = verdictText(eigen);
  return (
    <div className="steady-state">
      <p className={`verdict ${eigen.ok && eigen.verdict === 'stable' ? 'is-stable' : 'is-unstable'}`} data-testid="steady-verdict">
        Verdict: <strong>{verdict}</strong>
        {!result.convergence.converged && ' (the search did not fully converge; read with care)'}
      </p>
      <div className="steady-tables">
        <table className="steady-outputs">
          <caption>Outputs at the steady state (relative to baseline)</caption>
          <tbody>
            {outputs.map((o) => (
              <tr key={o.id}>
                <th scope="row">{o.label}</th>
                <td className="num">{formatNumber(result.outputs[o.id] ?? NaN, 3)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {eigen.ok && (
          <div className="table-scroll" role="region" aria-label="Eigenvalues" tabIndex={0}>
            <table className="eigen-table">
              <caption>Eigenvalues of the Jacobian, slowest first</caption>
              <thead>
                <tr>
                  <th scope="col">λ (1/h)</th>
                  <th scope="col">Time constant</th>
                  <th scope="col">Period</th>
                  <th scope="col">A small disturbance</th>
                </tr>
              </thead>
              <tbody>
                {distinctModes(eigen.modes).map((m, k) => (
                  <tr key={k} className={m.growing ? 'is-growing' : undefined}>
                    <td className="num">{eigenvalueText(m)}</td>
                    <td className="num">{formatHours(m.timeConstantHours)}</td>
                    <td className="num">{m.periodHours === null ? '—' : formatHours(m.periodHours)}</td>
                    <td>{modeBehaviour(m)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </div>
      <p className="hint">
        Each row is one way the axis can be nudged off this set point: the time constant is how long the nudge takes to shrink (or grow)
        about threefold, a period means it overshoots and rings, and the set point is stable only if every nudge dies out.
      </p>
    </div>
  );
}
