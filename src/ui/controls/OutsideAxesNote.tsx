/**
 * Substances users look for among the agents that act outside every model
 * here (src/core/agents/outside-axes.ts): a closed disclosure under the agent
 * list, each one a short card with no curve and no switch. Presentational.
 */
import { OUTSIDE_AXES } from '../../core/agents/outside-axes';

export function OutsideAxesNote() {
  const names = OUTSIDE_AXES.map((s) => s.name).join(', ');
  return (
    <details className="outside-axes">
      <summary>Not simulated: {names}</summary>
      <p className="hint">These act outside the hormone axes modelled here, so they have no switch and no curve.</p>
      {OUTSIDE_AXES.map((s) => (
        <article key={s.id} className="outside-card" aria-labelledby={`outside-${s.id}`}>
          <h3 id={`outside-${s.id}`}>
            {s.name} <span className="outside-aka">({s.otherNames})</span>
          </h3>
          <p>{s.whatItIs}</p>
          <p>
            <strong>Why there is no curve:</strong> {s.whyNoCurve}
          </p>
          <p>
            <strong>What is known in people:</strong> {s.evidence}
          </p>
          <p className="hint">Sources: {s.sources.join('; ')}.</p>
        </article>
      ))}
    </details>
  );
}
