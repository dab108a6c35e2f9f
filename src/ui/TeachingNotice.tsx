/**
 * The plain statement that Gonadostat is a teaching model, not a dosing tool:
 * one line in the page header (in every mode, embeds included; narrow frames
 * keep its first and last parts) and the full sentence in the footer. Props in.
 */

/** The header line. */
export function TeachingNoticeLine() {
  return (
    <p className="notice-line" data-testid="notice-line">
      <strong>A teaching model, not a dosing tool.</strong> <span className="notice-more">Levels are relative to a healthy baseline (1×), doses
      multiples of a reference regimen. </span>
      <span className="notice-short">Nothing here is medical advice.</span>
    </p>
  );
}

/** The footer sentence. */
export function TeachingNotice() {
  return (
    <p className="notice notice-footer">
      <strong>A teaching model, not a dosing tool.</strong> Hormone levels are shown relative to a healthy baseline (1 = baseline) and
      doses as multiples of a reference regimen. Nothing here is medical advice.
    </p>
  );
}
