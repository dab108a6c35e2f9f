/**
 * The scenario picker of presentation mode (where the control area is
 * hidden): the preset list with Previous and Next, so a class can step
 * through the presets without leaving the mode. Container.
 */
import { useId } from 'react';
import { PRESETS } from '../core/scenario/presets';
import { useAppStore, useAppStoreApi } from '../state/use-app-store';

export function PresetSwitcher() {
  const presetId = useAppStore((s) => s.presetId);
  const edited = useAppStore((s) => s.presetEdited);
  const store = useAppStoreApi();
  const id = useId();
  const index = PRESETS.findIndex((p) => p.id === presetId);
  const current = index >= 0 && !edited ? PRESETS[index]!.id : '';
  const load = (k: number): void => void store.getState().loadPreset(PRESETS[(k + PRESETS.length) % PRESETS.length]!.id);
  return (
    <div className="preset-switcher" role="group" aria-label="Switch scenario">
      <button type="button" onClick={() => load(index < 0 ? PRESETS.length - 1 : index - 1)} aria-label="Previous preset">
        <span aria-hidden="true">◀</span> Previous
      </button>
      <label htmlFor={id} className="visually-hidden">Preset scenario</label>
      <select id={id} value={current} onChange={(e) => e.currentTarget.value !== '' && store.getState().loadPreset(e.currentTarget.value)}>
        {current === '' && <option value="">{edited && index >= 0 ? `Edited from: ${PRESETS[index]!.title}` : 'Your own scenario'}</option>}
        {PRESETS.map((p) => (
          <option key={p.id} value={p.id}>{p.title}</option>
        ))}
      </select>
      <button type="button" onClick={() => load(index + 1)} aria-label="Next preset">
        Next <span aria-hidden="true">▶</span>
      </button>
    </div>
  );
}
