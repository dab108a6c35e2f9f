/** The model choice, mirrored from the Subject panel (both edit the same scenario). Container. */
import { useId } from 'react';
import { MODEL_IDS, type ModelId } from '../../core/model/ids';
import { getModel } from '../../core/model/registry';
import { useAppStore, useAppStoreApi } from '../../state/use-app-store';

export function ModelMirror() {
  const model = useAppStore((s) => s.scenario.model);
  const store = useAppStoreApi();
  const id = useId();
  return (
    <div className="field model-mirror">
      <label htmlFor={id}>Model (the same choice as in the Subject panel)</label>
      <select id={id} value={model} onChange={(e) => store.getState().setModel(e.currentTarget.value as ModelId)}>
        {MODEL_IDS.map((m) => (
          <option key={m} value={m}>
            {getModel(m).name}
          </option>
        ))}
      </select>
    </div>
  );
}
