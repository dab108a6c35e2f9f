/**
 * Where the app reports what happened (saved, loaded, a link or file that
 * could not be opened, a solver failure): a polite live region for news, and
 * an alert for errors. Container.
 */
import { useAppStore } from '../state/use-app-store';

export function StatusRegion() {
  const status = useAppStore((s) => s.status);
  const runError = useAppStore((s) => s.runError);
  const hasResult = useAppStore((s) => s.result !== null);
  const isError = status?.kind === 'error';
  return (
    <div className="status-area">
      <div role="status" aria-live="polite" className={status !== null && !isError ? `status status-${status.kind}` : 'status is-empty'}>
        {status !== null && !isError ? <span key={status.seq}>{status.text}</span> : null}
      </div>
      <div role="alert" className={isError || runError !== null ? 'status status-error' : 'status is-empty'}>
        {isError ? <p key={status.seq}>{status.text}</p> : null}
        {runError !== null ? (
          <p>
            The simulation failed: {runError}.{' '}
            {hasResult ? 'The charts still show the last run that succeeded; change the scenario to try again.' : 'Change the scenario to try again.'}
          </p>
        ) : null}
      </div>
    </div>
  );
}
