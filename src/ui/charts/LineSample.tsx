/** A short sample of a line's colour, dash and width, for legends and readouts. */
import type { SeriesStyle } from '../palette';

export function LineSample({ style }: { readonly style: SeriesStyle }) {
  return (
    <svg className="line-sample" width="34" height="12" viewBox="0 0 34 12" aria-hidden="true" focusable="false">
      <line x1="1" y1="6" x2="33" y2="6" stroke={style.color} strokeWidth={style.width} strokeDasharray={style.dash || undefined} strokeLinecap={style.dash.startsWith('1.5') ? 'round' : 'butt'} />
    </svg>
  );
}
