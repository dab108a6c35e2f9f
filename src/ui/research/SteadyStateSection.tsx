/**
 * The steady state of the current scenario with the subject and agents held
 * constant, recomputed in a worker whenever the scenario changes. Container.
 */
import { useEffect } from 'react';
import { getModel } from '../../core/model/registry';
import { useAppStore, useAppStoreApi } from '../../state/use-app-store';
import { SteadyStateView } from './SteadyStateView';
import { CycleStabilityView } from './CycleStabilityView';

export function SteadyStateSection() {
  const scenario = useAppStore((s) => s.scenario);
  const steady = useAppStore((s) => s.steady);
  const store = useAppStoreApi();
  useEffect(() => store.getState().computeSteadyState(), [scenario, store]);
  const outputs = getModel(steady.scenario?.model ?? scenario.model).outputs;
  return (
    <section className="research-block" aria-labelledby="steady-heading" aria-busy={steady.phase === 'running'}>
      <h3 id="steady-heading">Steady state and stability</h3>
      <p className="hint">Where the axis settles if this subject and every agent in the scenario were held constant for ever (doses as their average infusion).</p>
      <p role="status" className="steady-status">
        {steady.phase === 'running' ? (getModel(scenario.model).baseline === 'cycle-mean' ? 'Computing the cycle, its stability and the steady state…' : 'Computing the steady state…') : steady.phase === 'failed' ? `The steady state could not be computed: ${steady.message}` : ''}
      </p>
      {steady.cycle !== null && <CycleStabilityView cycle={steady.cycle} />}
      {steady.result !== null && <SteadyStateView result={steady.result} outputs={outputs} />}
    </section>
  );
}
