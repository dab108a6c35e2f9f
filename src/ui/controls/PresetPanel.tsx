/** The presets: the model's ready-made scenarios, each with what to look for. Container. */
import { useId } from 'react';
import { PRESETS } from '../../core/scenario/presets';
import { useAppStore, useAppStoreApi } from '../../state/use-app-store';

/** Value of the preset list when the scenario is not (or no longer) a preset. */
const CUSTOM = '';

export function PresetPanel() {
  const presetId = useAppStore((s) => s.presetId);
  const edited = useAppStore((s) => s.presetEdited);
  const store = useAppStoreApi();
  const id = useId();
  const current = PRESETS.find((p) => p.id === presetId);
  return (
    <section className="panel preset-panel" aria-labelledby="presets-heading">
      <h2 id="presets-heading">Presets</h2>
      <div className="field">
        <label htmlFor={`${id}-preset`}>Preset scenario</label>
        <select
          id={`${id}-preset`}
          value={current === undefined || edited ? CUSTOM : current.id}
          aria-describedby={`${id}-look`}
          onChange={(e) => {
            if (e.currentTarget.value !== CUSTOM) store.getState().loadPreset(e.currentTarget.value);
          }}
        >
          {(current === undefined || edited) && (
            <option value={CUSTOM}>{current === undefined ? 'Your own scenario' : `Edited from: ${current.title}`}</option>
          )}
          {PRESETS.map((p) => (
            <option key={p.id} value={p.id}>
              {p.title}
            </option>
          ))}
        </select>
      </div>
      <p id={`${id}-look`} className="hint">
        Each preset is a ready-made scenario; what to look for appears above the charts.
      </p>
    </section>
  );
}
