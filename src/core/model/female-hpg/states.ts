/**
 * State vector of the female HPG model `female-hpg`: a reduction of GynCycle
 * (Röblitz et al. 2013, J Theor Biol 321:8) to 24 states. Concentrations are
 * in clinical units (no "relative to baseline" inside this model: the healthy
 * baseline is a rhythm, see ./reference-cycle.ts); GynCycle's follicle and
 * corpus-luteum stages and its GnRH keep the paper's model units.
 *
 * What became algebraic (quasi-steady; see equations.ts): serum LH and FSH
 * (cleared in 10–15 min), the follicular LH- and FSH-receptor triplets (each
 * conserves its total and relaxes in minutes), inhibin B (cleared in ~6 min),
 * antral stage 4 (left within minutes to hours once LH rises: the stiffest
 * mode of GynCycle, up to ~22/h)
 * and the five fast species of GynCycle's GnRH-receptor module, which become
 * occupancy plus the desensitized fraction Dz and receptor number Rn in the
 * form of `male-hpg`.
 */
import type { StateDefinition } from '../model-definition';

/** State indices. */
export const F = {
  /** Pulse-averaged GnRH reaching the pituitary (GynCycle model units). */
  G: 0,
  /** GnRH receptors desensitized, fraction. */
  Dz: 1,
  /** GnRH-receptor number relative to the healthy cycle. */
  Rn: 2,
  /** LH stored in the pituitary, IU. */
  LHpit: 3,
  /** FSH stored in the pituitary, IU. */
  FSHpit: 4,
  /** Estrogen-receptor signal at hypothalamus and pituitary, pg/mL estradiol-equivalent. */
  Xe: 5,
  /** Progesterone-receptor signal at the hypothalamus and pituitary, ng/mL progesterone-equivalent. */
  Xp: 6,
  /** Androgen-receptor signal at the hypothalamus, ng/mL testosterone-equivalent. */
  Xa: 7,
  /** Antral follicle stages 1–3 (FSH-, then LH-driven), model units; stage 4 is quasi-steady (equations.ts). */
  AF1: 8,
  AF2: 9,
  AF3: 10,
  /** Preovulatory follicle. */
  PrF: 11,
  /** Ovulatory follicle (the ovulation signal). */
  OvF: 12,
  /** Ovulatory scar, two stages. */
  Sc1: 13,
  Sc2: 14,
  /** Corpus luteum, four stages. */
  Lut1: 15,
  Lut2: 16,
  Lut3: 17,
  Lut4: 18,
  /** Follicular growth factor s (FSH-induced, cleared by progesterone), model units. */
  s: 19,
  /** Serum estradiol, pg/mL. */
  E2: 20,
  /** Serum progesterone, ng/mL. */
  P4: 21,
  /** Serum inhibin A, IU/mL. */
  InhA: 22,
  /** Inhibin A acting on the pituitary (delayed), IU/mL. */
  InhAd: 23,
} as const;

/** Number of states. */
export const FEMALE_DIMENSION = 24;

/** Definitions of the states, in index order. */
export const FEMALE_STATES: readonly StateDefinition[] = [
  { id: 'G', label: 'GnRH (pulse-averaged)', unit: 'model units (Röblitz 2013)' },
  { id: 'Dz', label: 'GnRH receptors, desensitized', unit: 'fraction of receptors' },
  { id: 'Rn', label: 'GnRH-receptor number', unit: 'relative to the healthy cycle' },
  { id: 'LHpit', label: 'LH pituitary pool', unit: 'IU' },
  { id: 'FSHpit', label: 'FSH pituitary pool', unit: 'IU' },
  { id: 'Xe', label: 'Estrogen-receptor signal', unit: 'pg/mL estradiol-equivalent' },
  { id: 'Xp', label: 'Progesterone-receptor signal', unit: 'ng/mL progesterone-equivalent' },
  { id: 'Xa', label: 'Androgen-receptor signal', unit: 'ng/mL testosterone-equivalent' },
  { id: 'AF1', label: 'Antral follicles, stage 1', unit: 'model units' },
  { id: 'AF2', label: 'Antral follicles, stage 2', unit: 'model units' },
  { id: 'AF3', label: 'Antral follicles, stage 3', unit: 'model units' },
  { id: 'PrF', label: 'Preovulatory follicle', unit: 'model units' },
  { id: 'OvF', label: 'Ovulatory follicle', unit: 'model units' },
  { id: 'Sc1', label: 'Ovulatory scar, stage 1', unit: 'model units' },
  { id: 'Sc2', label: 'Ovulatory scar, stage 2', unit: 'model units' },
  { id: 'Lut1', label: 'Corpus luteum, stage 1', unit: 'model units' },
  { id: 'Lut2', label: 'Corpus luteum, stage 2', unit: 'model units' },
  { id: 'Lut3', label: 'Corpus luteum, stage 3', unit: 'model units' },
  { id: 'Lut4', label: 'Corpus luteum, stage 4', unit: 'model units' },
  { id: 's', label: 'Follicular growth factor', unit: 'model units' },
  { id: 'E2', label: 'Serum estradiol', unit: 'pg/mL' },
  { id: 'P4', label: 'Serum progesterone', unit: 'ng/mL' },
  { id: 'InhA', label: 'Serum inhibin A', unit: 'IU/mL' },
  { id: 'InhAd', label: 'Inhibin A at the pituitary (delayed)', unit: 'IU/mL' },
];
