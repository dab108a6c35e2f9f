/**
 * One style per hormone, the same in every chart, model and view: a colour
 * dark enough to read on white (contrast ≥ 4.5:1), told apart by colour-blind
 * readers through its dash pattern too. Serum testosterone and the testes' own
 * production share a colour (they are the same hormone) and differ in dash.
 * Pinned runs are all drawn in one grey, under the current lines.
 */
export interface SeriesStyle {
  readonly color: string;
  /** SVG stroke-dasharray ('' = solid). */
  readonly dash: string;
  /** Stroke width, px (before presentation mode thickens it). */
  readonly width: number;
}

/** Style of each output id, across models. */
export const OUTPUT_STYLES: Readonly<Record<string, SeriesStyle>> = {
  gnrh: { color: '#6A3D9A', dash: '1.5 3.5', width: 3 },
  lh: { color: '#0072B2', dash: '', width: 3 },
  fsh: { color: '#00795A', dash: '10 4', width: 3 },
  testosterone: { color: '#B52A72', dash: '', width: 3.5 },
  ownTestosterone: { color: '#B52A72', dash: '5 3', width: 3 },
  estradiol: { color: '#C24E00', dash: '10 3 2 3', width: 3 },
  inhibinB: { color: '#8A6A00', dash: '7 3 2 3 2 3', width: 3 },
  itt: { color: '#7B2D26', dash: '', width: 3 },
  leydig: { color: '#0B6E6E', dash: '10 4', width: 3 },
  sperm: { color: '#3B4CC0', dash: '2 3', width: 3.5 },
  // The somatotropic axis (gh-igf1): its own chart, so colours may repeat those of the HPG axis.
  gh: { color: '#0072B2', dash: '', width: 3.5 },
  ownGh: { color: '#0072B2', dash: '5 3', width: 3 },
  igf1: { color: '#B52A72', dash: '10 4', width: 3.5 },
  ghrh: { color: '#6A3D9A', dash: '1.5 3.5', width: 3 },
  somatostatin: { color: '#C24E00', dash: '10 3 2 3', width: 3 },
  ghStore: { color: '#0B6E6E', dash: '10 4', width: 3 },
  ghsr: { color: '#8A6A00', dash: '7 3 2 3 2 3', width: 3 },
  gnrhFrequency: { color: '#6A3D9A', dash: '8 2 2 2', width: 2.5 },
  progesterone: { color: '#2E6B1F', dash: '4 2', width: 3.5 },
  inhibinA: { color: '#8A6A00', dash: '2 2', width: 3 },
  follicles: { color: '#0B6E6E', dash: '', width: 3 },
  corpusLuteum: { color: '#7B2D26', dash: '6 3', width: 3 },
};

/** Styles for outputs a future model adds without naming a style here. */
const FALLBACK_STYLES: readonly SeriesStyle[] = [
  { color: '#1A1A1A', dash: '', width: 3 },
  { color: '#5C3A00', dash: '8 4', width: 3 },
  { color: '#00577A', dash: '2 3', width: 3 },
];

/** The style of an output, by id (the same wherever it is drawn). */
export function styleFor(id: string): SeriesStyle {
  const own = OUTPUT_STYLES[id];
  if (own !== undefined) return own;
  let hash = 0;
  for (const c of id) hash = (hash * 31 + c.charCodeAt(0)) >>> 0;
  return FALLBACK_STYLES[hash % FALLBACK_STYLES.length]!;
}

/** The one colour of every pinned line; each keeps its hormone's dash. */
export const PINNED_COLOR = '#6B6B6B';

/** A pinned line's style: grey, thinner, the hormone's own dash. */
export function pinnedStyleFor(id: string): SeriesStyle {
  return { color: PINNED_COLOR, dash: styleFor(id).dash, width: 2 };
}

/** The colour of the time cursor (charts, timeline, sliders). */
export const CURSOR_COLOR = '#D10000';

/** Colours of the agents' bars on the timeline, by position in the agent list (dark enough for their labels). */
export const AGENT_COLORS: readonly string[] = ['#B52A72', '#6A3D9A', '#0072B2', '#00795A', '#C24E00', '#8A6A00', '#0B6E6E', '#3B4CC0', '#7B2D26', '#5C3A00', '#00577A'];
