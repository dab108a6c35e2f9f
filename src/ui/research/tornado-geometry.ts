/** Where the bars of a tornado chart go: one shared horizontal scale over the base value and every row's two sides. */
import type { SensitivityRow } from '../../core/analysis/sensitivity';

/** A linear scale from metric values to x pixels. */
export interface TornadoScale {
  readonly lo: number;
  readonly hi: number;
  readonly x: (value: number) => number;
}

/** The scale covering `base` and every finite side of `rows`, padded 5%, mapped onto [left, right] px. */
export function tornadoScale(rows: readonly SensitivityRow[], base: number, left: number, right: number): TornadoScale {
  let lo = base;
  let hi = base;
  for (const r of rows) for (const v of [r.metricLow, r.metricHigh]) {
    if (v !== null && Number.isFinite(v)) {
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
  }
  if (hi - lo < 1e-12) {
    lo -= 1;
    hi += 1;
  }
  const pad = (hi - lo) * 0.05;
  lo -= pad;
  hi += pad;
  return { lo, hi, x: (v) => left + ((v - lo) / (hi - lo)) * (right - left) };
}

/** The bar from the base value to `value`: x and width in px (width 0 for a missing side). */
export function barSpan(scale: TornadoScale, base: number, value: number | null): { x: number; width: number } {
  if (value === null || !Number.isFinite(value)) return { x: scale.x(base), width: 0 };
  const a = scale.x(base);
  const b = scale.x(value);
  return { x: Math.min(a, b), width: Math.abs(b - a) };
}
