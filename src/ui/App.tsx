/** The Gonadostat page: the teaching notice and the default scenario's trajectories. */
import { useAppStore } from '../state/store';
import { getModel } from '../core/model/registry';
import { TeachingNotice } from './TeachingNotice';
import { TrajectoryChart } from './TrajectoryChart';
import { DEFAULT_PRESET } from '../core/scenario/presets';

export function App() {
  const scenario = useAppStore((s) => s.scenario);
  const result = useAppStore((s) => s.result);
  const error = useAppStore((s) => s.error);
  const model = getModel(scenario.model);
  return (
    <>
      <header className="site-header">
        <h1>Gonadostat</h1>
        <p className="tagline">An interactive simulator of the hypothalamic–pituitary–gonadal axis</p>
      </header>
      <main>
        <TeachingNotice />
        <section aria-labelledby="scenario-title">
          <h2 id="scenario-title">{scenario.name}</h2>
          <p>{DEFAULT_PRESET.lookFor}</p>
          {error && <p role="alert" className="error">Simulation failed: {error}</p>}
          {result && <TrajectoryChart result={result} outputs={model.outputs} />}
        </section>
      </main>
      <footer className="site-footer">
        <TeachingNotice />
      </footer>
    </>
  );
}
