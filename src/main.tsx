/** Entry point: one store (simulating in a web worker), synced with the URL, rendered by React. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createAppStore } from './state/store';
import { createInlineSimulator, createWorkerSimulator, loadSimulate } from './state/simulator';
import { createFastPathSimulator } from './state/fast-path-simulator';
import { connectUrlSync } from './state/url-sync';
import { StoreProvider } from './state/use-app-store';
import { App } from './ui/App';
import { classroomParams } from './ui/classroom/classroom-url';
import { registerServiceWorker } from './sw/register-service-worker';
import { ViewBoundary } from './ui/ViewBoundary';
import './ui/styles.css';

function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** Simulations in a web worker, quick ones on the main thread (fast-path-simulator.ts); inline where there are no workers. */
function createSimulator() {
  if (typeof Worker === 'undefined') return createInlineSimulator();
  const worker = createWorkerSimulator(
    () => new Worker(new URL('./worker/simulation.worker.ts', import.meta.url), { type: 'module', name: 'gonadostat-simulation' }),
  );
  return createFastPathSimulator(worker, { load: loadSimulate });
}

const store = createAppStore({ simulator: createSimulator(), storage: browserStorage() });
connectUrlSync(store, window);
// Classroom modes from the address: ?present=1 (presentation), ?embed=1 (LMS iframe).
const modes = classroomParams(window.location.search);
// An embed shows no saves (nor lessons), so it reports no storage problem either.
if (store.getState().saves.problem !== null && !modes.embed) store.getState().refreshSaves();
store.getState().setEmbed(modes.embed);
store.getState().setPresentation(modes.present && !modes.embed);
registerServiceWorker();

const root = document.getElementById('root');
if (!root) throw new Error('missing #root element');
// Which build this page runs (VITE_BUILD_ID at build time), for deployers and the redeploy test.
document.documentElement.dataset.build = import.meta.env.VITE_BUILD_ID ?? 'unlabelled';
createRoot(root).render(
  <StrictMode>
    <StoreProvider store={store}>
      <ViewBoundary view="page">
        <App />
      </ViewBoundary>
    </StoreProvider>
  </StrictMode>,
);
