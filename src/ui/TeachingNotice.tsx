/**
 * The plain statement that Gonadostat is a teaching model, not a dosing tool:
 * a dismissible banner on first load, and always in the footer. Props in.
 */

const TEXT = (
  <>
    <strong>A teaching model, not a dosing tool.</strong> Hormone levels are shown relative to a healthy baseline (1 = baseline)
    and doses as multiples of a reference regimen. Nothing here is medical advice.
  </>
);

/** The banner; `onDismiss` hides it for this visit. */
export function TeachingBanner({ onDismiss }: { onDismiss: () => void }) {
  return (
    <div className="notice notice-banner" role="note" aria-label="Teaching-model notice">
      <p>{TEXT}</p>
      <button type="button" onClick={onDismiss}>
        Got it
      </button>
    </div>
  );
}

/** The footer line. */
export function TeachingNotice() {
  return <p className="notice notice-footer">{TEXT}</p>;
}
