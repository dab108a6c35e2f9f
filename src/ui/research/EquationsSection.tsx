/**
 * The model's equations, as its definition states them (generated at build
 * time, never parsed here), and an SBML download of the current scenario for
 * COPASI, Tellurium or libRoadRunner. The exporter is loaded on first use.
 * Container.
 */
import { useState } from 'react';
import { EQUATION_VIEWS } from '../../core/model/equation-views';
import { PULSE_HORMONE } from '../../core/model/ids';
import { getModel } from '../../core/model/registry';
import { useAppStore } from '../../state/use-app-store';
import { downloadBlob, fileStem } from '../share/download';

export function EquationsSection() {
  const scenario = useAppStore((s) => s.scenario);
  const [status, setStatus] = useState('');
  const views = EQUATION_VIEWS[scenario.model];
  const pulseOption = getModel(scenario.model).pulseMode?.option;
  const pulsed = pulseOption !== undefined && scenario.options?.[pulseOption] === true && views.pulsed !== null;
  const sections = pulsed ? views.pulsed! : views.averaged;
  const exportSbml = (): void => {
    setStatus('Writing SBML…');
    void import('../../core/export/sbml')
      .then(({ scenarioToSbml }) => {
        downloadBlob(new Blob([scenarioToSbml(scenario)], { type: 'application/sbml+xml' }), `${fileStem(scenario.name)}.sbml.xml`);
        setStatus('SBML written.');
      })
      .catch((error: unknown) => setStatus(`The SBML could not be written: ${error instanceof Error ? error.message : String(error)}`));
  };
  return (
    <section className="research-block" aria-labelledby="equations-heading">
      <h3 id="equations-heading">Equations and SBML</h3>
      <p className="hint">
        The model as its definition writes it ({pulsed ? `explicit ${PULSE_HORMONE[pulseOption]} pulses` : 'pulse-averaged'}); the code, the Jacobian, the docs and
        the SBML file are all generated from it. Time in hours; symbols are listed in docs/model.md.
      </p>
      <button type="button" onClick={exportSbml}>Download SBML (Level 3) of this scenario</button>
      <p role="status" className="hint">{status}</p>
      <details className="equations-view">
        <summary>Show the equations</summary>
        {sections.map((section) => (
          <div key={section.title}>
            <h4>{section.title}</h4>
            <dl className="equations-list">
              {section.lines.map((line) => (
                <div key={line.lhs + line.rhs}>
                  <dt><code>{line.lhs}</code></dt>
                  <dd><code>{line.rhs}</code>{line.meaning === '' ? null : <span className="hint"> — {line.meaning}</span>}</dd>
                </div>
              ))}
            </dl>
          </div>
        ))}
      </details>
    </section>
  );
}
