/**
 * The follicles of `female-hpg`: five classes of antral follicles, each
 * represented by the diameter Fₖ (mm) of its leading follicle. This replaces
 * GynCycle's antral stages and growth factor (Röblitz 2013): those lump the
 * cohort into one compartment, so an anovulatory subject either flushes every
 * follicle through or holds all of them, and no single follicle can be
 * selected out of an arrested pool (docs/model.md, "Follicles").
 *
 * Each class has its own FSH threshold θₖ = θ·exp(σ·zₖ), zₖ the quintile
 * midpoints of a standard normal, so follicles differ in FSH sensitivity as
 * measured (van der Meer et al. 1994; Brown 1978: the FSH threshold):
 *
 *   stimulus    Sₖ = FSH·(1 + w·Rₖ·LH/(LH + K))          Rₖ = H(Fₖ; F_LH, 10): LH
 *               support once granulosa cells carry LH receptors (Sullivan 1999)
 *   support     sₖ = H(Sₖ; θₖ, n)
 *   dominance   dₖ = min(1, Σⱼ≠ₖ H(Fⱼ; F_dom, 8)·σ((Fⱼ − Fₖ)/1 mm)): a follicle past
 *               selection size stops smaller ones growing (Baerwald et al. 2003);
 *               two of a size slow each other by half and may both ovulate
 *   luteal      B  = 1/(1 + (Xp/P_B)⁴ + ((Sc1 + Sc2 + Lut1)/C_B)⁴): progesterone
 *               and the forming corpus luteum halt growth (GynCycle clears its
 *               growth factor with progesterone)
 *   effective   eₖ = sₖ·(1 − dₖ)·B
 *   dFₖ/dt = A·v·eₖ·(Fₖ − F₀)/(Fₖ − F₀ + h)·(1 − Fₖ/F_max)      growth
 *          − a·(1 − eₖ)·(Fₖ − F_rest)                          atresia without support
 *          − a_post·H(Fₖ; F_post, 12)·(Fₖ − F_rest)            a follicle that does not ovulate
 *          − r·U·H(Fₖ; F_ov, 20)·Fₖ                            rupture at the LH surge
 *
 * with A = fOvary·H(fReserve; R₅₀, 6) (fewer follicles able to grow as the
 * reserve runs down, none without ovaries), F₀ = F_rest − 0.5 mm, and
 * U = H((LH_R/U₀)⁶; 1, 8) the surge gate on the bound follicular LH receptor
 * (GynCycle's ovulation signal (LH_R/SF)⁶ through a Hill of 8). The ruptured
 * diameter feeds GynCycle's ovulatory follicle, scar and corpus luteum.
 *
 * Secretion (the small-follicle pool's share is in ./equations.ts):
 *   estradiol   A·E_max·LH_R/(LH_R + L½)·Σ (Fₖ/20 mm)^p     granulosa aromatase grows
 *               steeply with size; theca substrate follows LH
 *   inhibin B   reserve·k_B·Σ (Fₖ − F_rest)₊                 granulosa mass
 *   inhibin A   k_A·Σ H(Fₖ; F_A, 4)·(Fₖ/20 mm)²              the dominant follicle
 *
 * Each class is one follicle at a time: once it ruptures or regresses it starts
 * again from rest (the next follicle of the class), so no state is ever
 * recycled by an event.
 */
import type { Expression, Formula, StateSource } from '../../model-source';

/** Quintile midpoints of a standard normal: the classes' positions in the spread of FSH thresholds. */
export const FOLLICLE_CLASS_Z = [-1.2816, -0.5244, 0, 0.5244, 1.2816] as const;

const K = FOLLICLE_CLASS_Z.map((_, i) => i + 1);
const F = (k: number): string => `pos(F${k})`;
const sum = (term: (k: number) => string): string => K.map(term).join(' + ');
const hill = (x: string, thetaN: string, n: string): string => `${x}^${n}/(${x}^${n} + ${thetaN})`;

/** The classes' states, most FSH-sensitive first; they start at rest. */
export const FOLLICLE_STATES: Readonly<Record<string, StateSource>> = Object.fromEntries(
  K.map((k) => [`F${k}`, { label: k === 1 ? 'Leading follicle, most FSH-sensitive class' : k === K.length ? 'Leading follicle, least FSH-sensitive class' : `Leading follicle, class ${k}`, unit: 'mm', baseline: '4' }]),
);

/** The classes' thresholds (constants), from the median threshold and its log-spread. */
export const FOLLICLE_CONSTANTS: Readonly<Record<string, Expression>> = Object.fromEntries(
  K.map((k) => [`folThetaN${k}`, `(follicleFshThreshold*exp(follicleThresholdSpread*(${FOLLICLE_CLASS_Z[k - 1]})))^follicleThresholdHill`]),
);

/** Quantities of the follicle classes (per-class terms are generated, one per class). */
export const FOLLICLE_QUANTITIES: Readonly<Record<string, Expression | Formula>> = {
  follicleSupply: { expr: 'fOvary*fReserve^6/(fReserve^6 + folSupplyN)', meaning: 'follicles available to grow: fewer as the ovarian reserve runs down, none without ovaries' },
  lutealBlock: { expr: '1/(1 + (xp/folP4Block)^4 + ((pos(Sc1) + pos(Sc2) + pos(Lut1))/folCLBlock)^4)', meaning: 'share of follicle growth left by progesterone and the forming corpus luteum' },
  lhSupport: { expr: 'folLhWeight*lh/(lh + folLhHalf)', meaning: 'how much LH adds to the FSH stimulus of a follicle with LH receptors' },
  // GynCycle's ovulation signal (LH_R/SF)⁶ through a Hill of 8: a Hill of 48 in LH_R, written so that it is
  // multiplications (a general power costs several times more per right-hand side).
  surgeSignal: { expr: '(pos(lhBound)/folSurgeBinding)^6', meaning: 'ovulation signal of the bound follicular LH receptor (1 at half rupture)' },
  surge: { expr: 'surgeSignal^8/(surgeSignal^8 + 1)', meaning: 'LH-surge signal at the follicle (ruptures a follicle of ovulatory size)' },
  ...Object.fromEntries(
    K.flatMap((k) => {
      // Suppressed by follicles past selection size that are larger than itself (half by an equal one):
      // σ((Fⱼ − Fₖ)/w) = 1/(1 + e^((Fₖ − Fⱼ)/w)) = eⱼ/(eⱼ + eₖ) with eₖ = e^(Fₖ/w), one exponential per class
      // (≤ e^40 at the logistic cap, far from overflow).
      const others = K.filter((j) => j !== k).map((j) => `big${j}*rank${j}/(rank${j} + rank${k})`).join(' + ');
      // Powers of the diameter as quantities of their own: the generated code shares them (it does not
      // find common subexpressions), which keeps the right-hand side and Jacobian small.
      return [
        [`size${k}`, F(k)],
        [`size4_${k}`, `size${k}^4`],
        [`size8_${k}`, `size4_${k}^2`],
        [`size10_${k}`, `size8_${k}*size${k}^2`],
        [`rank${k}`, `exp(size${k}/folDomWidth)`],
        [`lhResponsive${k}`, `size10_${k}/(size10_${k} + folLhSizeN)`],
        [`stimulus${k}`, `fsh*(1 + lhSupport*lhResponsive${k})`],
        [`support${k}`, hill(`stimulus${k}`, `folThetaN${k}`, 'follicleThresholdHill')],
        [`big${k}`, `size8_${k}/(size8_${k} + folDomSizeN)`],
        [`effective${k}`, `support${k}*(1 - min(1, ${others}))*lutealBlock`],
        [`ovulatorySize${k}`, `size10_${k}^2/(size10_${k}^2 + folOvSizeN)`],
        [`postmature${k}`, `size8_${k}*size4_${k}/(size8_${k}*size4_${k} + folPostSizeN)`],
      ];
    }),
  ),
  rupture: { expr: `folRupture*surge*(${sum((k) => `ovulatorySize${k}*size${k}`)})`, meaning: 'follicle diameter lost to rupture at the surge, summed over the classes', unit: 'mm/h' },
  growingEstradiol: {
    expr: `follicleSupply*folE2Max*lhBound/(lhBound + folE2LhHalf)*(${sum((k) => `(size${k}/20)^folE2Exponent`)})`,
    meaning: 'estradiol secreted by the growing follicles: steeply with size (granulosa aromatase), and with LH (theca androgen substrate)',
    unit: 'pg/mL/h',
  },
  growingInhibinB: { expr: `fReserve*folIhB*(${sum((k) => `pos(F${k} - folRestSize)`)})`, meaning: 'inhibin B of the growing follicles, with their granulosa mass', unit: 'pg/mL/h' },
  dominantInhibinA: { expr: `folIhA*(${sum((k) => `size4_${k}/(size4_${k} + folIhASizeN)*(size${k}/20)^2`)})`, meaning: 'inhibin A of the dominant follicle', unit: 'IU/mL/h' },
  leadingFollicle: { expr: 'max(max(max(size1, size2), max(size3, size4)), size5)', meaning: 'diameter of the largest follicle', unit: 'mm' },
};

/** The classes' derivatives (mm/h). */
export const FOLLICLE_DERIVATIVES: Readonly<Record<string, Expression>> = Object.fromEntries(
  K.map((k) => [
    `F${k}`,
    `follicleSupply*folGrowth*effective${k}*(F${k} - folOrigin)/(F${k} - folOrigin + folGrowthHalf)*(1 - size${k}/folMaxSize)` +
      ` - folAtresia*(1 - effective${k})*(F${k} - folRestSize)` +
      ` - folPostAtresia*postmature${k}*(F${k} - folRestSize)` +
      ` - folRupture*surge*ovulatorySize${k}*F${k}`,
  ]),
);
