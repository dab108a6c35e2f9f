/**
 * Whether the current work is part of drawing the next frame: true from the
 * start of a callback run by `runBeforeFrame` (a requestAnimationFrame
 * callback, and the React render it triggers) until that frame has been
 * painted. The charts use it to leave their "painted" mark after the right
 * paint: work done inside a frame callback is painted by that same frame,
 * while a requestAnimationFrame asked for from inside it would only run a
 * frame later.
 */
let inFrame = false;

/** Runs `task` before the next frame is drawn (right away, in a microtask, where there are no frames). */
export function runBeforeFrame(task: () => void): void {
  const hidden = typeof document !== 'undefined' && document.hidden;
  if (typeof requestAnimationFrame !== 'function' || hidden) {
    queueMicrotask(task);
    return;
  }
  requestAnimationFrame(() => {
    inFrame = true;
    // A task queued now runs after this frame's paint.
    setTimeout(() => {
      inFrame = false;
    }, 0);
    task();
  });
}

/** True while the current work will be painted by the frame being drawn. */
export function isInFrame(): boolean {
  return inFrame;
}
