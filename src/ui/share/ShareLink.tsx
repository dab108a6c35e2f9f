/** The share link: the page address with the whole scenario in it, and a copy button. Container. */
import { useDeferredValue, useId, useRef } from 'react';
import { encodeScenarioHash } from '../../core/scenario/url-codec';
import { useAppStore, useAppStoreApi } from '../../state/use-app-store';

export function ShareLink() {
  // Deferred: re-encoding the link need not hold up a slider's frame.
  const scenario = useDeferredValue(useAppStore((s) => s.scenario));
  const store = useAppStoreApi();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const url = `${window.location.origin}${window.location.pathname}${encodeScenarioHash(scenario)}`;
  const copy = async (): Promise<void> => {
    try {
      await navigator.clipboard.writeText(url);
      store.getState().notify('success', 'Link copied: it opens this exact scenario.');
    } catch {
      input.current?.select();
      store.getState().notify('info', 'The link is selected: press Ctrl+C (or ⌘C) to copy it.');
    }
  };
  return (
    <div className="share-link">
      <label htmlFor={`${id}-url`}>Share link (opens this exact scenario)</label>
      <div className="field-inputs">
        <input id={`${id}-url`} ref={input} type="text" readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
        <button type="button" onClick={() => void copy()}>
          Copy link
        </button>
      </div>
    </div>
  );
}
