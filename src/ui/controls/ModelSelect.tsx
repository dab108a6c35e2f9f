/** The model choice: a labelled select over every registered model, editing the scenario's model. Container. */
import { useId } from 'react';
import { MODEL_IDS, type ModelId } from '../../core/model/ids';
import { getModel } from '../../core/model/registry';
import { useAppStore, useAppStoreApi } from '../../state/use-app-store';

export function ModelSelect({ label, className }: { readonly label: string; readonly className?: string }) {
  const model = useAppStore((s) => s.scenario.model);
  const store = useAppStoreApi();
  const id = useId();
  return (
    <div className={className === undefined ? 'field' : `field ${className}`}>
      <label htmlFor={id}>{label}</label>
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
