/**
 * State vector of the male HPG model: the axis states first (fixed indices),
 * then one block per agent present in the scenario (offsets assigned when the
 * problem is built). All axis states are relative to the healthy baseline
 * except the receptor fractions (Dz, Ld), which are fractions of receptors.
 */
import type { StateDefinition } from '../model-definition';

/** Axis state indices. */
export const S = {
  /** Pulse-averaged hypothalamic GnRH output (explicit pulses: portal GnRH). */
  G: 0,
  /** Pituitary GnRH receptors in the desensitized state, fraction. */
  Dz: 1,
  /** Slow pituitary responsiveness (receptor number), relative. */
  Rn: 2,
  /** LH stored in the pituitary pool. */
  P: 3,
  /** Serum LH. */
  L: 4,
  /** Serum FSH. */
  F: 5,
  /** Serum testosterone, endogenous + exogenous. */
  T: 6,
  /** Serum estradiol. */
  E: 7,
  /** Intratesticular testosterone. */
  I: 8,
  /** Leydig-cell steroidogenic capacity (LH-trophic, slow). */
  C: 9,
  /** Leydig-cell LH receptors available (desensitized by repeated strong stimulation), fraction. */
  Ld: 10,
  /** Serum inhibin B. */
  B: 11,
  /** Spermatogenic activity in the tubules (germ-cell development). */
  W: 12,
  /** Sperm output index (what an ejaculate shows, after transit). */
  Z: 13,
  /** Gonadotrope synthesis capacity for LH and FSH (GnRH-driven gene expression, slow). */
  Y: 14,
} as const;

/** Number of axis states. */
export const AXIS_DIMENSION = 15;

/** Definitions of the axis states, in index order. */
export const AXIS_STATES: readonly StateDefinition[] = [
  { id: 'G', label: 'GnRH (pulse-averaged)', unit: 'relative to baseline' },
  { id: 'Dz', label: 'GnRH receptors, desensitized', unit: 'fraction of receptors' },
  { id: 'Rn', label: 'Pituitary responsiveness (receptor number)', unit: 'relative to baseline' },
  { id: 'P', label: 'LH pituitary pool', unit: 'relative to baseline' },
  { id: 'L', label: 'Serum LH', unit: 'relative to baseline' },
  { id: 'F', label: 'Serum FSH', unit: 'relative to baseline' },
  { id: 'T', label: 'Serum testosterone', unit: 'relative to baseline' },
  { id: 'E', label: 'Serum estradiol', unit: 'relative to baseline' },
  { id: 'I', label: 'Intratesticular testosterone', unit: 'relative to baseline' },
  { id: 'C', label: 'Leydig-cell capacity', unit: 'relative to baseline' },
  { id: 'Ld', label: 'Leydig LH receptors available', unit: 'fraction' },
  { id: 'B', label: 'Inhibin B', unit: 'relative to baseline' },
  { id: 'W', label: 'Spermatogenic activity', unit: 'relative to baseline' },
  { id: 'Z', label: 'Sperm output index', unit: 'relative to baseline' },
  { id: 'Y', label: 'Gonadotrope synthesis capacity', unit: 'relative to baseline' },
];
