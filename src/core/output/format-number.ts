/** Formats a number for CSV/JSON export: at most `digits` significant digits, no trailing zeros, no exponent for ordinary magnitudes. */
export function formatNumber(value: number, digits = 6): string {
  if (!Number.isFinite(value)) throw new RangeError(`cannot export a non-finite value (${value})`);
  if (value === 0) return '0';
  return String(Number(value.toPrecision(digits)));
}
