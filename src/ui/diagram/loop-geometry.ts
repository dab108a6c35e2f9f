/**
 * Geometry and words of the loop diagram: the organs as boxes, the signals as
 * paths between them (stimulating or inhibiting), and where each agent is
 * drawn. The SVG's user units; the diagram scales to its container.
 */
import type { AgentSite } from '../../core/agents/agent-info';

/** The diagram's width and its least height (user units); it grows to fit stacked agent badges. */
export const VIEW = { width: 600, minHeight: 362 } as const;

export interface OrganBox {
  readonly id: 'hypothalamus' | 'pituitary' | 'testes' | 'ovaries' | 'liver' | 'blood';
  readonly label: string;
  readonly sub?: string;
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

const ORGANS: readonly OrganBox[] = [
  { id: 'hypothalamus', label: 'Hypothalamus', x: 200, y: 14, w: 190, h: 52 },
  { id: 'pituitary', label: 'Pituitary', x: 200, y: 142, w: 190, h: 52 },
  { id: 'testes', label: 'Testes', sub: 'Leydig · Sertoli', x: 180, y: 290, w: 230, h: 60 },
  { id: 'blood', label: 'Blood', sub: 'aromatase: T → E2', x: 12, y: 200, w: 150, h: 56 },
];

/** A signal drawn as an arrow whose width follows the output's level on the cursor day. */
export interface SignalPath {
  readonly id: string;
  /** Output whose level sets the width. */
  readonly output: string;
  /** Label; '\n' breaks it into lines. */
  readonly label: string;
  readonly effect: 'stimulates' | 'inhibits';
  /** For feedback arrows: the site restrained (drawn only when the model declares output@site). */
  readonly site?: 'hypothalamus' | 'pituitary';
  readonly d: string;
  readonly labelAt: { readonly x: number; readonly y: number; readonly anchor: 'start' | 'middle' | 'end' };
  /** Show the output's level under the label (false where another arrow of the same output shows it). */
  readonly showValue?: boolean;
  /** What the arrow is, for its tooltip and the diagram's key. */
  readonly title: string;
}

const SIGNALS: readonly SignalPath[] = [
  { id: 'gnrh', output: 'gnrh', label: 'GnRH', effect: 'stimulates', d: 'M295 66 V136', labelAt: { x: 303, y: 100, anchor: 'start' }, title: 'GnRH drives the pituitary' },
  { id: 'lh', output: 'lh', label: 'LH', effect: 'stimulates', d: 'M255 194 L238 284', labelAt: { x: 238, y: 242, anchor: 'end' }, title: 'LH drives the Leydig cells to make testosterone' },
  { id: 'fsh', output: 'fsh', label: 'FSH', effect: 'stimulates', d: 'M335 194 L352 284', labelAt: { x: 352, y: 242, anchor: 'start' }, title: 'FSH drives the Sertoli cells and sperm production' },
  { id: 't-out', output: 'testosterone', label: 'T', effect: 'stimulates', d: 'M180 318 C125 318 100 300 98 262', labelAt: { x: 150, y: 328, anchor: 'end' }, title: 'The testes release testosterone (T) into the blood' },
  {
    id: 't-ar', output: 'testosterone', label: 'T', effect: 'inhibits', site: 'hypothalamus', showValue: false,
    d: 'M40 198 C40 120 40 40 194 40', labelAt: { x: 48, y: 112, anchor: 'start' }, title: 'Testosterone slows GnRH through the androgen receptor',
  },
  { id: 'e2-hyp', output: 'estradiol', label: 'E2', effect: 'inhibits', site: 'hypothalamus', d: 'M120 198 C140 120 160 62 194 56', labelAt: { x: 142, y: 124, anchor: 'start' }, title: 'Estradiol (E2) slows GnRH through the estrogen receptor' },
  { id: 'e2-pit', output: 'estradiol', label: '', effect: 'inhibits', site: 'pituitary', d: 'M162 222 C180 210 184 185 194 178', labelAt: { x: 0, y: 0, anchor: 'start' }, title: 'Estradiol (E2) damps LH release at the pituitary' },
  {
    id: 't-pit', output: 'testosterone', label: '', effect: 'inhibits', site: 'pituitary', showValue: false,
    d: 'M40 150 C100 150 150 160 194 160', labelAt: { x: 0, y: 0, anchor: 'start' }, title: 'Testosterone (T) slows FSH at the pituitary through the androgen receptor',
  },
  {
    id: 'inhibin', output: 'inhibinB', label: 'Inhibin B', effect: 'inhibits', site: 'pituitary',
    d: 'M410 320 C520 320 520 168 396 168', labelAt: { x: 596, y: 236, anchor: 'end' }, title: 'Inhibin B slows FSH at the pituitary',
  },
];

/** The diagram's key, in words: what the arrows mean. */
const DIAGRAM_KEY =
  'Solid black arrows drive their target; red dashed arrows ending in a bar slow it: testosterone (T) through the androgen receptor at the ' +
  'hypothalamus and on FSH at the pituitary, estradiol (E2) through the estrogen receptor at both, inhibin B at the pituitary. Each arrow is as thick as ' +
  'its signal on the cursor day.';

/** Where an agent's badges start, by site, and which stack they share (badges stack downward). */
export type SiteAnchors = Readonly<Record<AgentSite, { readonly x: number; readonly y: number; readonly stack: string }>>;

const SITE_ANCHORS: SiteAnchors = {
  hypothalamus: { x: 402, y: 18, stack: 'hypothalamus' },
  pituitary: { x: 402, y: 96, stack: 'pituitary' },
  testes: { x: 250, y: 364, stack: 'testes' },
  // Agents acting in the blood (exogenous T) and on aromatase share one stack under the blood box.
  aromatase: { x: 12, y: 364, stack: 'blood' },
  circulation: { x: 12, y: 364, stack: 'blood' },
};

/** One axis' diagram: its boxes, arrows, agent anchors, and its words (key, structure, levels named, terms). */
export interface DiagramGeometry {
  readonly organs: readonly OrganBox[];
  readonly signals: readonly SignalPath[];
  readonly anchors: SiteAnchors;
  readonly key: string;
  /** The loop in one paragraph, for the text description. */
  readonly structure: string;
  /** Outputs named in the text description, in loop order, with their words. */
  readonly chain: readonly (readonly [string, string])[];
  /** Glossary terms under the diagram in words. */
  readonly terms: readonly string[];
}

/** The HPG axis (male-hpg and the classic Smith loop). */
export const HPG_DIAGRAM: DiagramGeometry = {
  organs: ORGANS,
  signals: SIGNALS,
  anchors: SITE_ANCHORS,
  key: DIAGRAM_KEY,
  structure:
    'The hypothalamus releases GnRH, which drives LH and FSH from the pituitary; LH drives testosterone from the Leydig cells and FSH drives ' +
    'inhibin B from the Sertoli cells. Testosterone slows the hypothalamus through the androgen receptor; estradiol, made from testosterone by ' +
    'aromatase, slows hypothalamus and pituitary through the estrogen receptor; inhibin B slows FSH.',
  chain: [['gnrh', 'GnRH'], ['lh', 'LH'], ['fsh', 'FSH'], ['testosterone', 'testosterone'], ['estradiol', 'estradiol'], ['inhibinB', 'inhibin B']],
  terms: ['hypothalamus', 'pituitary', 'gnrh', 'lh', 'fsh', 'leydig-cells', 'sertoli-cells', 'aromatase', 'inhibin-b', 'negative-feedback'],
};

/** Arrow width for a level relative to baseline: 4 at baseline, thinner when low, at most 12. */
export function signalWidth(level: number): number {
  if (!Number.isFinite(level)) return 1;
  return Math.min(12, 1 + 3 * Math.sqrt(Math.max(0, level)));
}
