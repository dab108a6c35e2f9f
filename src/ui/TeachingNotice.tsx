/** The plain statement that Gonadostat is a teaching model, not a dosing tool. */
export function TeachingNotice() {
  return (
    <p className="notice" role="note">
      <strong>A teaching model, not a dosing tool.</strong> Hormone levels are shown relative to a healthy
      baseline (1 = baseline) and doses as multiples of a reference regimen. Nothing here is medical advice.
    </p>
  );
}
