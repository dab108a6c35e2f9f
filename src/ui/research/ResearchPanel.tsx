/** The researcher panel (a lazy chunk): model choice, parameters, steady state, sensitivity, uncertainty, equations and SBML. Layout only. */
import { ModelMirror } from './ModelMirror';
import { EquationsSection } from './EquationsSection';
import { ParametersSection } from './ParametersSection';
import { SensitivitySection } from './SensitivitySection';
import { SteadyStateSection } from './SteadyStateSection';
import { UncertaintySection } from './UncertaintySection';
import './research.css';

export function ResearchPanel() {
  return (
    <div className="research-panel">
      <ModelMirror />
      <ParametersSection />
      <SteadyStateSection />
      <SensitivitySection />
      <UncertaintySection />
      <EquationsSection />
    </div>
  );
}
