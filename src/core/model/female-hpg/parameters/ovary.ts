/**
 * Parameters of the ovary in `female-hpg`: the follicle classes (../definition/follicles.ts,
 * not in GynCycle), and ovulation, scar and corpus luteum from GynCycle (Röblitz 2013);
 * rates per day. Luteal stages are in the paper's model units; LH_R is the bound
 * follicular LH receptor. Values marked "calibrated" come from `npm run
 * calibration:optimize -- --model female-hpg` against the anchors in
 * scripts/calibration/female-anchors.ts (docs/calibration.md, female model).
 */
import type { ParameterDefinition } from '../../parameter';
import { gyn, gynHill } from './gyncycle-source';

const ov = 'ovary' as const;
const CAL = 'calibrated (docs/calibration.md, female model)';

/** The follicle classes: FSH thresholds, growth, selection, atresia and rupture. */
export const FOLLICLE_PARAMETERS: readonly ParameterDefinition[] = [
  { id: 'follicleFshThreshold', value: 3.686, unit: 'IU/L', min: 1.5, max: 8, group: ov, meaning: 'Median FSH threshold of the five follicle classes: serum FSH (with LH support, the FSH-equivalent stimulus) at which a class gets half its growth support.', source: `${CAL}; the FSH threshold concept: Brown 1978 (Aust N Z J Obstet Gynaecol 18:47), Zeleznik 2004 (Reprod Biol Endocrinol 2:31). Below the 5.7–12 IU/L measured under exogenous FSH in PCOS (van der Meer et al. 1994, Hum Reprod 9:1612) because this model's FSH in an anovulatory steady state is lower than women's (docs/model.md)` },
  { id: 'follicleThresholdSpread', value: 0.2, unit: 'dimensionless (log-SD)', min: 0.05, max: 0.5, group: ov, meaning: 'Spread of the classes’ FSH thresholds around the median (standard deviation of their logarithm); the classes sit at its quintile midpoints.', source: 'van der Meer et al. 1994 (Hum Reprod 9:1612): individual thresholds between 5.7 and 12 IU/L, found in steps of ~1 IU/L (a log-SD of ~0.2)' },
  { id: 'follicleThresholdHill', value: 6, unit: 'dimensionless', min: 2, max: 12, group: ov, meaning: 'Steepness of a class’s FSH threshold.', source: 'assumed: a threshold, crossed by a 10–30% rise of FSH (Brown 1978)' },
  { id: 'follicleSupplyHalfReserve', value: 0.4, unit: 'fraction of a young woman’s reserve', min: 0.1, max: 0.9, group: ov, meaning: 'Ovarian reserve at which half as many follicles can still grow to selection (Hill 6): few below it, nearly all above.', source: 'assumed: the late menopausal transition, when cycles become anovulatory as the follicle supply runs out (SWAN: Randolph et al. 2011, JCEM); at a reserve of 0.3 (the late transition) the follicles’ estradiol is ~15% of a young woman’s and no surge comes' },
  { id: 'follicleGrowthRate', value: 2.594, unit: 'mm/d', min: 1.5, max: 5, group: ov, meaning: 'Largest growth rate of a supported follicle (reached only when it is large; a selected follicle grows ~2 mm/d).', source: `${CAL}; dominant follicles grow 1.5–2 mm/d (Baerwald et al. 2003, Biol Reprod 69:1023)` },
  { id: 'follicleGrowthHalfSize', value: 0.7798, unit: 'mm', min: 0.3, max: 3, group: ov, meaning: 'Size above the growth origin (rest − 0.5 mm) at which a follicle grows at half its largest rate: small follicles start slowly.', source: CAL },
  { id: 'follicleMaxSize', value: 40, unit: 'mm', min: 25, max: 60, group: ov, meaning: 'Size at which growth would stop (logistic cap; a follicle that does not ovulate regresses before, from postmatureSize).', source: 'assumed: above the largest preovulatory follicles (~30 mm)' },
  { id: 'follicleRestSize', value: 2, unit: 'mm', min: 1, max: 4, group: ov, meaning: 'Size of a class’s follicle at rest (a small antral follicle), to which it returns when it regresses or ruptures.', source: 'the smallest antral follicles counted by ultrasound (2–9 mm: Rotterdam consensus 2004, Hum Reprod 19:41)' },
  { id: 'follicleAtresiaRate', value: 2.099, unit: '1/d', min: 0.1, max: 5, group: ov, meaning: 'Rate at which a follicle without FSH support regresses towards rest.', source: `${CAL}; subordinate follicles regress within days of selection (Baerwald et al. 2003)` },
  { id: 'follicleLhWeight', value: 1, unit: 'dimensionless', min: 0, max: 5, group: ov, meaning: 'How much LH can add to the FSH stimulus of a follicle with LH receptors (×(1 + w) at high LH).', source: 'assumed: LH can stand in for FSH in a follicle ≥ 14 mm for two days (Sullivan et al. 1999, JCEM 84:228)' },
  { id: 'follicleLhHalfEffect', value: 5, unit: 'IU/L', min: 0.5, max: 50, group: ov, meaning: 'Serum LH at which it gives half its support.', source: 'assumed: the late-follicular LH level' },
  { id: 'follicleLhResponsiveSize', value: 11, unit: 'mm', min: 6, max: 16, group: ov, meaning: 'Follicle size at which half of its granulosa LH receptors are expressed (LH support switches on).', source: 'assumed: granulosa cells acquire LH responsiveness as the selected follicle grows past ~10 mm (Zeleznik 2004, Reprod Biol Endocrinol 2:31; Sullivan et al. 1999, JCEM 84:228)' },
  { id: 'dominanceSize', value: 11.0, unit: 'mm', min: 8, max: 14, group: ov, meaning: 'Size at which a follicle stops the others growing (selection of the dominant follicle).', source: 'the largest follicle deviates from the rest at ~10 mm (Baerwald et al. 2003, Biol Reprod 69:1023)' },
  { id: 'follicleProgesteroneBlock', value: 2, unit: 'ng/mL', min: 0.5, max: 10, group: ov, meaning: 'Progesterone (PR signal) that halves follicle growth (Hill 4).', source: 'assumed: follicles do not grow on to selection in the luteal phase; GynCycle clears its follicular growth factor with progesterone (Röblitz 2013, T_P4_s 1.23 ng/mL)' },
  { id: 'follicleCorpusLuteumBlock', value: 0.05, unit: 'model units', min: 0.005, max: 1, group: ov, meaning: 'Forming corpus luteum (scar stages and luteal stage 1) that halves follicle growth, before its progesterone rises.', source: 'assumed: keeps the ruptured follicle’s class from growing again in the two days before progesterone rises' },
  { id: 'postmatureSize', value: 24, unit: 'mm', min: 18, max: 35, group: ov, meaning: 'Size from which a follicle that has not ovulated regresses (Hill 12).', source: 'assumed: preovulatory diameters 16–29 mm (Baerwald et al. 2003); keeps a follicle from growing on without a surge' },
  { id: 'postmatureAtresiaRate', value: 1, unit: '1/d', min: 0.1, max: 5, group: ov, meaning: 'Rate of that regression.', source: 'assumed' },
  { id: 'ruptureRate', value: 24, unit: '1/d', min: 1, max: 100, group: ov, meaning: 'Rate at which a follicle of ovulatory size ruptures during the LH surge.', source: 'assumed: ovulation within hours of the surge’s peak' },
  { id: 'ruptureSurgeBinding', value: 2.17, unit: 'model units (LH_R)', min: 1.5, max: 3, group: ov, meaning: 'Bound follicular LH receptor at which rupture is half-enabled: reached only near the surge’s peak. The gate is GynCycle’s ovulation signal, (LH_R/this)^6 (n_OvF, Röblitz 2013), through a Hill of 8: a Hill of 48 in LH_R; gates of Hill 16 let follicles short of ovulatory size rupture in part at each surge, and the cycles became irregular.', source: `${CAL}; about LH 60 IU/L here, above the tonic LH of an anovulatory subject` },
  { id: 'ovulatorySize', value: 18.16, unit: 'mm', min: 14, max: 26, group: ov, meaning: 'Follicle size at which half of the rupture is enabled (Hill 10).', source: `${CAL}; preovulatory diameter 19.3 ± 2.1 mm in natural cycles (Cortínez et al. 2005, Fertil Steril, PMID 15652895)` },
  { id: 'ovulationYield', value: 2.035, unit: 'model units per mm', min: 0.01, max: 5, group: ov, meaning: 'Ovulatory-follicle signal (GynCycle’s OvF) made per mm of follicle ruptured; its excess over 0.02 forms the scar and corpus luteum.', source: `${CAL}: a full luteal phase after one ruptured follicle` },
];

/** Ovulation, scar and corpus luteum (GynCycle). */
export const OVARY_PARAMETERS: readonly ParameterDefinition[] = [
  gyn(ov, 'ovulatoryClearance', 12.20601, '1/d', 'Clearance of the ovulatory follicle.', ['k_cl_OvF', 'p36']),
  gyn(ov, 'scarFormationRate', 1.208341, 'model units/d', 'Formation of the ovulatory scar once the ovulatory follicle exceeds its threshold.', ['k_Sc1', 'p26']),
  gyn(ov, 'ovulatoryScarThreshold', 0.02, 'model units', 'Ovulatory follicle at which scar formation is half-maximal.', ['T_OvF_Sc1', 'p56']),
  gynHill(ov, 'ovulatoryScarHill', 10, 'Steepness of scar formation.', ['n_OvF_Sc1', 'p57']),
  gyn(ov, 'scar1To2Rate', 1.220601, '1/d', 'Scar stage 1 → 2.', ['k_Sc1_Sc2', 'p37']),
  gyn(ov, 'scar2ToLuteal1Rate', 0.9581171, '1/d', 'Scar stage 2 → corpus luteum stage 1.', ['k_Sc2_Lut1', 'p38']),
  gyn(ov, 'luteal1To2Rate', 0.924736, '1/d', 'Corpus luteum stage 1 → 2.', ['k_Lut1_Lut2', 'p39']),
  gyn(ov, 'luteal2To3Rate', 0.7567657, '1/d', 'Corpus luteum stage 2 → 3.', ['k_Lut2_Lut3', 'p40']),
  gyn(ov, 'luteal3To4Rate', 0.6102917, '1/d', 'Corpus luteum stage 3 → 4.', ['k_Lut3_Lut4', 'p41']),
  gyn(ov, 'luteal4Clearance', 0.5428405, '1/d', 'Regression of corpus luteum stage 4 (luteolysis).', ['k_cl_Lut4', 'p42']),
  gyn(ov, 'lutealGnrhAcceleration', 20, 'dimensionless', 'How much a strong GnRH–receptor signal speeds the luteal stages (agonist-induced luteolysis).', ['m_GR_Lut', 'p80']),
  gyn(ov, 'lutealComplexThreshold', 0.0008, 'model units', 'Active GnRH–receptor complex at which the luteal speed-up is half-maximal.', ['T_GR_Lut', 'p83']),
  gynHill(ov, 'lutealComplexHill', 5, 'Steepness of the luteal speed-up.', ['n_GR_Lut', 'p84']),
  // Not in GynCycle: aromatase inhibitors act on the follicles through ../definition/equations.ts (ovarianAromatase).
  { id: 'ovarianInhibitorShift', value: 10.0, unit: 'dimensionless', min: 1, max: 100, group: ov, meaning: 'How many times more aromatase inhibitor the follicles need than peripheral tissue for the same block: letrozole and anastrozole are competitive inhibitors, and in the follicles they compete with far more androgen substrate, which builds up further while aromatase is blocked.', source: 'calibrated against letrozole 5 mg on cycle days 3–7, which left estradiol on day 7 at 0.61× the same women’s untreated cycle, with androgens raised (Cortínez et al. 2005, Fertil Steril, PMID 15652895; model 0.56×, and LH 2.5× where theirs was 1.7×); the fit gave 21, which left estradiol on days 5–8 of 2.5 mg at 0.68× (row F11: ≤ 0.6), so 10 was taken, trading the LH anchor (docs/calibration.md); competitive inhibition: Femara (letrozole) label. With it one ovulation follows 2.5 mg about eleven days after the last tablet, as in the clinic (Bedaiwy et al. 2011, Reprod Biol Endocrinol 9:83)' },
];
