/** The model choice, mirrored from the Subject panel (both edit the same scenario). */
import { ModelSelect } from '../controls/ModelSelect';

export function ModelMirror() {
  return <ModelSelect label="Model (the same choice as in the Subject panel)" className="model-mirror" />;
}
