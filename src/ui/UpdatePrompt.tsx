/**
 * "A new version of Gonadostat is ready — reload": shown when a deploy has
 * arrived while this page was open (src/sw/register-service-worker.ts). The
 * page keeps working on its own version until the user chooses to reload; the
 * scenario is in the address, so it survives the reload. The live region is
 * always present, so the message is announced when it appears. It is a row of
 * the page header (App.tsx), in the flow: the one-screen layout does not
 * scroll, so a floating banner would hide the cursor slider and the timeline
 * for as long as the page stays open.
 */
import { useSyncExternalStore } from 'react';
import { applyUpdate, getUpdateState, subscribeToUpdates, type UpdateState } from '../sw/update-status';
import './update-prompt.css';

const serverState = (): UpdateState => 'none';

export function UpdatePrompt() {
  const state = useSyncExternalStore(subscribeToUpdates, getUpdateState, serverState);
  return (
    <div className={state === 'ready' ? 'update-prompt is-ready' : 'update-prompt'} role="status" aria-live="polite" data-testid="update-prompt">
      {state === 'ready' && (
        <>
          <p>A new version of Gonadostat is ready — reload to use it. Your scenario is kept.</p>
          <button type="button" className="button-primary" onClick={applyUpdate}>
            Reload
          </button>
        </>
      )}
    </div>
  );
}
