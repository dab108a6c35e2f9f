/**
 * The header's classroom buttons: play/pause of the time cursor, presentation
 * mode, the shortcuts dialog; in embed mode only a link that opens the same
 * scenario in a full Gonadostat tab. Container.
 */
import { useAppStore, useAppStoreApi } from '../../state/use-app-store';
import { fullAppHref } from './classroom-url';
import './classroom.css';

export function ClassroomControls() {
  const store = useAppStoreApi();
  const playing = useAppStore((s) => s.playing);
  const presentation = useAppStore((s) => s.presentation);
  const embed = useAppStore((s) => s.embed);
  if (embed) {
    return (
      <a className="open-full" href={fullAppHref(window.location.href)} target="_blank" rel="noopener">
        Open in Gonadostat<span className="visually-hidden"> (opens a new tab)</span>
      </a>
    );
  }
  return (
    <div className="classroom-controls">
      <button type="button" className="header-button" aria-pressed={playing} onClick={() => store.getState().setPlaying(!playing)}>
        {playing ? 'Pause cursor' : 'Play cursor'}
      </button>
      <button type="button" className="header-button" aria-pressed={presentation} onClick={() => store.getState().setPresentation(!presentation)}>
        Presentation
      </button>
      <button type="button" className="header-button" aria-haspopup="dialog" onClick={() => store.getState().setShortcutsOpen(true)}>
        Shortcuts <kbd aria-hidden="true">?</kbd>
      </button>
    </div>
  );
}
