/**
 * State vector of the male HPG model: the axis states first (fixed indices),
 * then, with explicit GnRH pulses only, the three pulse-resolved hormones
 * (portal GnRH, serum LH, serum testosterone), then one block per agent
 * present in the scenario (offsets assigned when the problem is built). All
 * axis states are relative to the healthy baseline except the receptor
 * fractions (Dz, Ld), which are fractions of receptors.
 *
 * Two time resolutions. By default the model is pulse-averaged: it describes
 * hormone levels averaged over a pulse interval (~1.5–2 h). Hormones whose
 * half-lives are at or below that window — GnRH (minutes), LH (1.3–2.3 h),
 * testosterone (apparent 0.5–8 h, 2 h here) and estradiol (0.5–2 h) — are then
 * represented by their window averages, which follow their production
 * quasi-statically (see equations.ts). With explicit pulses, GnRH, LH and
 * testosterone are resolved in time as true states with their half-lives.
 */
import type { StateDefinition } from '../model-definition';

/** Axis state indices. */
export const S = {
  /** Pituitary GnRH receptors in the desensitized state, fraction. */
  Dz: 0,
  /** Slow pituitary responsiveness (receptor number), relative. */
  Rn: 1,
  /** LH stored in the pituitary pool. */
  P: 2,
  /** Serum FSH. */
  F: 3,
  /** Intratesticular testosterone. */
  I: 4,
  /** Leydig-cell steroidogenic capacity (LH-trophic, slow). */
  C: 5,
  /** Leydig-cell LH receptors available (desensitized by repeated strong stimulation), fraction. */
  Ld: 6,
  /** Serum inhibin B. */
  B: 7,
  /** Spermatogenic activity in the tubules (germ-cell development). */
  W: 8,
  /** Sperm output index (what an ejaculate shows, after transit). */
  Z: 9,
  /** Gonadotrope synthesis capacity for LH and FSH (GnRH-driven gene expression, slow). */
  Y: 10,
  /** Androgen-receptor feedback signal in the hypothalamus (follows serum testosterone over hours). */
  Xa: 11,
  /** Estrogen-receptor feedback signal in hypothalamus and pituitary (follows ER activation over hours). */
  Xe: 12,
} as const;

/** Number of axis states. */
export const AXIS_DIMENSION = 13;

/** Pulse-resolved states (explicit pulses only), right after the axis states. */
export const PULSED = { G: AXIS_DIMENSION, L: AXIS_DIMENSION + 1, T: AXIS_DIMENSION + 2 } as const;

/** Definitions of the pulse-resolved states. */
export const PULSED_STATES: readonly StateDefinition[] = [
  { id: 'portalGnRH', label: 'Portal GnRH', unit: 'relative to the pulse-averaged baseline' },
  { id: 'L', label: 'Serum LH', unit: 'relative to baseline' },
  { id: 'T', label: 'Serum testosterone', unit: 'relative to baseline' },
];

/** Definitions of the axis states, in index order. */
export const AXIS_STATES: readonly StateDefinition[] = [
  { id: 'Dz', label: 'GnRH receptors, desensitized', unit: 'fraction of receptors' },
  { id: 'Rn', label: 'Pituitary responsiveness (receptor number)', unit: 'relative to baseline' },
  { id: 'P', label: 'LH pituitary pool', unit: 'relative to baseline' },
  { id: 'F', label: 'Serum FSH', unit: 'relative to baseline' },
  { id: 'I', label: 'Intratesticular testosterone', unit: 'relative to baseline' },
  { id: 'C', label: 'Leydig-cell capacity', unit: 'relative to baseline' },
  { id: 'Ld', label: 'Leydig LH receptors available', unit: 'fraction' },
  { id: 'B', label: 'Inhibin B', unit: 'relative to baseline' },
  { id: 'W', label: 'Spermatogenic activity', unit: 'relative to baseline' },
  { id: 'Z', label: 'Sperm output index', unit: 'relative to baseline' },
  { id: 'Y', label: 'Gonadotrope synthesis capacity', unit: 'relative to baseline' },
  { id: 'Xa', label: 'Androgen-receptor feedback signal', unit: 'relative to baseline' },
  { id: 'Xe', label: 'Estrogen-receptor feedback signal', unit: 'relative to baseline' },
];
