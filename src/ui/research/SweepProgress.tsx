/** Progress of a sweep: a labelled <progress>, Cancel while it runs, and the outcome in words. Props in. */
import { useId } from 'react';
import type { SweepStatus } from '../../state/research-types';

export interface SweepProgressProps {
  readonly status: SweepStatus;
  readonly onCancel: () => void;
}

export function SweepProgress({ status, onCancel }: SweepProgressProps) {
  const id = useId();
  const running = status.phase === 'running';
  const total = Math.max(status.total, 1);
  return (
    <div className={`sweep-progress is-${status.phase}`} data-phase={status.phase} data-done={status.done} data-total={status.total} data-elapsed-ms={status.elapsedMs ?? ''} data-workers={status.workers}>
      <div className="sweep-progress-row">
        <label htmlFor={id}>Progress</label>
        <progress id={id} max={total} value={status.done} aria-valuetext={`${status.done} of ${status.total} simulations`} />
        <span className="num">
          {status.done} / {status.total}
        </span>
        <button type="button" onClick={onCancel} disabled={!running}>
          Cancel
        </button>
      </div>
      <p role="status" className="sweep-message">
        {status.message}
      </p>
    </div>
  );
}
