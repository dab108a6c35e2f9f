/**
 * Saves that could not be read (no name, no save time, a scenario that no
 * longer validates, not a save at all): listed with the reason, kept in the
 * browser untouched, and each can be exported as the JSON stored, so nothing
 * the user saved disappears without their say. Container.
 */
import { useAppStore, useAppStoreApi } from '../../state/use-app-store';
import { downloadBlob, fileStem } from './download';

export function UnreadableSaves() {
  const unreadable = useAppStore((s) => s.saves.unreadable);
  const store = useAppStoreApi();
  if (unreadable.length === 0) return null;
  return (
    <div className="unreadable-saves" data-testid="unreadable-saves">
      <h4>Could not be read</h4>
      <p className="hint">
        Kept in this browser as they are. Export one to keep a copy of what was stored (a scenario inside can be fixed and opened with “Open scenario
        file…”), or delete it.
      </p>
      <ul className="save-list" aria-label="Saves that could not be read">
        {unreadable.map((save, index) => (
          // Two identical broken entries have the same id, so the place in the list is part of the key.
          <li key={`${index}:${save.label}`} className="is-unreadable">
            <span className="save-name">{save.label}</span> <span className="field-error">could not be read: {save.problem}</span>
            <span className="save-actions">
              <button
                type="button"
                aria-label={`Export unreadable save ${save.label}`}
                onClick={() => {
                  downloadBlob(new Blob([JSON.stringify(save.raw, null, 2)], { type: 'application/json' }), `${fileStem(save.label)}-unreadable-save.json`);
                  store.getState().notify('success', `Downloaded what was stored for “${save.label}”.`);
                }}
              >
                Export
              </button>
              <button type="button" aria-label={`Delete unreadable save ${save.label}`} onClick={() => store.getState().deleteUnreadableSave(save.id)}>
                Delete
              </button>
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
