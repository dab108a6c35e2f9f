/** A short sample of a line's colour and dash, for legends. */
import type { SeriesStyle } from '../palette';

export function LineSample({ style, faint = false }: { style: SeriesStyle; faint?: boolean }) {
  return (
    <svg className="line-sample" width="36" height="12" viewBox="0 0 36 12" aria-hidden="true" focusable="false">
      <line x1="1" y1="6" x2="35" y2="6" stroke={style.color} strokeWidth={faint ? 5 : 3} strokeOpacity={faint ? 0.35 : 1} strokeDasharray={style.dash} />
    </svg>
  );
}
