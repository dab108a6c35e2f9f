/**
 * Colour-blind-safe series styles: the Okabe–Ito palette, each colour paired
 * with a distinct dash pattern so series stay apart in greyscale too.
 */
export interface SeriesStyle {
  readonly color: string;
  /** SVG stroke-dasharray ('' = solid). */
  readonly dash: string;
}

export const SERIES_STYLES: readonly SeriesStyle[] = [
  { color: '#0072B2', dash: '' },
  { color: '#D55E00', dash: '8 4' },
  { color: '#009E73', dash: '2 3' },
  { color: '#CC79A7', dash: '10 3 2 3' },
  { color: '#E69F00', dash: '4 4' },
  { color: '#56B4E9', dash: '12 4' },
  { color: '#000000', dash: '1 3' },
  { color: '#F0E442', dash: '6 2 2 2' },
  { color: '#7F7F7F', dash: '3 6' },
];
