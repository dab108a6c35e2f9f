/** Named saves in this browser: save, open, delete, with every problem reported. Container. */
import { useId, useState, type FormEvent } from 'react';
import { useAppStore, useAppStoreApi } from '../../state/use-app-store';
import { MAX_SAVE_NAME } from '../../state/saved-scenarios';
import { UnreadableSaves } from './UnreadableSaves';

function when(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString();
}

export function SavesPanel() {
  const saves = useAppStore((s) => s.saves);
  const scenarioName = useAppStore((s) => s.scenario.name);
  const store = useAppStoreApi();
  const id = useId();
  const [name, setName] = useState<string | null>(null);
  const shown = name ?? scenarioName;
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (store.getState().saveAs(shown)) setName(null);
  };
  return (
    <div className="saves">
      <h3>Saved in this browser</h3>
      <form className="save-form" onSubmit={submit}>
        <label htmlFor={`${id}-name`}>Save name</label>
        <div className="field-inputs">
          <input id={`${id}-name`} type="text" maxLength={MAX_SAVE_NAME} value={shown} onChange={(e) => setName(e.currentTarget.value)} />
          <button type="submit">Save</button>
        </div>
      </form>
      {saves.problem !== null && <p className="field-error">Saved scenarios: {saves.problem}.</p>}
      {saves.saves.length === 0 && saves.unreadable.length === 0 && saves.problem === null && <p className="hint">No saves yet.</p>}
      <ul className="save-list" aria-label="Saved scenarios">
        {saves.saves.map((s) => (
          <li key={s.name}>
            <span className="save-name">{s.name}</span> <span className="hint">{when(s.savedAt)}</span>
            <span className="save-actions">
              <button type="button" onClick={() => store.getState().loadSave(s.name)} aria-label={`Open save ${s.name}`}>
                Open
              </button>
              <button type="button" onClick={() => store.getState().deleteSave(s.name)} aria-label={`Delete save ${s.name}`}>
                Delete
              </button>
            </span>
          </li>
        ))}
      </ul>
      <UnreadableSaves />
    </div>
  );
}
