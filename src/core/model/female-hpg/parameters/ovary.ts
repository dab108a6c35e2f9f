/**
 * Parameters of the ovary in `female-hpg`: the follicular growth factor,
 * follicle stages, ovulation, scar and corpus luteum, all from GynCycle
 * (Röblitz 2013); rates per day. Follicle and luteal stages are in the
 * paper's model units; LH_R and FSH_R are the bound follicular receptors.
 */
import type { ParameterDefinition } from '../../parameter';
import { gyn, gynHill } from './gyncycle-source';

const ov = 'ovary' as const;

/** Growth factor, follicles, ovulation and corpus luteum. */
export const OVARY_PARAMETERS: readonly ParameterDefinition[] = [
  gyn(ov, 'growthFactorSynthesis', 0.2186057, '1/d', 'Production of the follicular growth factor s at high FSH.', ['k_s', 'p94']),
  gyn(ov, 'fshGrowthFactorThreshold', 3, 'IU/L', 'Serum FSH at which growth-factor production is half-maximal.', ['T_FSH_s', 'p90']),
  gynHill(ov, 'fshGrowthFactorHill', 5, 'Steepness of FSH induction of the growth factor.', ['n_FSH_s', 'p91']),
  gyn(ov, 'growthFactorClearance', 1.34267, '1/d', 'Clearance of the growth factor at high progesterone.', ['k_cl_s', 'p95']),
  gyn(ov, 'p4GrowthFactorThreshold', 1.2348, 'ng/mL', 'Progesterone at which growth-factor clearance is half-maximal.', ['T_P4_s', 'p92']),
  gynHill(ov, 'p4GrowthFactorHill', 5, 'Steepness of progesterone clearance of the growth factor.', ['n_P4_s', 'p93']),
  gyn(ov, 'recruitmentRate', 3.661804, 'model units/d', 'Recruitment into antral stage 1 at full FSH-receptor binding (× ovarian reserve).', ['k_AF1', 'p49']),
  gyn(ov, 'fshRecruitmentThreshold', 0.608121, 'model units', 'Bound FSH receptor at which recruitment is half-maximal.', ['T_FSHR_AF1', 'p48']),
  gynHill(ov, 'fshRecruitmentHill', 3, 'Steepness of FSH-dependent recruitment.', ['n_FSHR_AF1', 'p47']),
  gyn(ov, 'af1ToAf2Rate', 1.220601, '1/(model unit·d)', 'FSH-driven transition from antral stage 1 to 2.', ['k_AF1_AF2', 'p50']),
  gyn(ov, 'af2ToAf3Rate', 4.882316, '1/(model unit·d)', 'LH-driven transition from antral stage 2 to 3.', ['k_AF2_AF3', 'p51']),
  gyn(ov, 'lhReceptorScale', 2.7262, 'model units', 'Scale of bound LH receptor in the LH-driven follicle transitions.', ['SF_LHR', 'p52']),
  gyn(ov, 'af2ToAf3Hill', 3.68896, 'dimensionless', 'Power of LH-receptor binding in the stage 2 → 3 transition.', ['n_AF2_AF3', 'p46'], [1, 12]),
  gyn(ov, 'af3ToAf4Rate', 122.0601, '1/(model unit·d)', 'LH-driven transition from antral stage 3 to 4.', ['k_AF3_AF4', 'p32']),
  gynHill(ov, 'af3ToAf4Hill', 5, 'Power of LH-receptor binding in the stage 3 → 4 transition.', ['n_AF3_AF4', 'p43']),
  gyn(ov, 'af3SelfRenewal', 0.1220601, '1/(model unit·d)', 'FSH-driven growth within antral stage 3 (logistic).', ['k_AF3_AF3', 'p31']),
  gyn(ov, 'follicleCapacity', 10, 'model units', 'Capacity of the logistic growth of stage 3 (stage 4 is quasi-steady and its logistic factor is dropped).', ['SeF_max', 'p55']),
  gyn(ov, 'af4SelfRenewal', 12.20601, '1/d', 'LH-driven self-renewal of antral stage 4 (lowers its net exit rate).', ['k_A42_AF4', 'p33']),
  gynHill(ov, 'af4SelfRenewalHill', 2, 'Power of LH-receptor binding in stage 4 growth.', ['n_AF4', 'p44']),
  gyn(ov, 'af4ToPreovulatoryRate', 332.7546, '1/(model unit·d)', 'LH-driven transition from antral stage 4 to the preovulatory follicle.', ['k_AF4_PrF', 'p34']),
  gyn(ov, 'preovulatoryClearance', 122.0601, '1/(model unit·d)', 'LH-driven loss of the preovulatory follicle (it ruptures).', ['k_cl_PrF', 'p35']),
  gynHill(ov, 'ovulationLhHill', 6, 'Power of LH-receptor binding in rupture and the ovulation signal.', ['n_OvF', 'p45']),
  gyn(ov, 'ovulationRate', 7.984339, '1/d', 'Production of the ovulatory follicle at high LH-receptor binding.', ['k_OvF', 'p27']),
  gyn(ov, 'preovulatoryOvulationThreshold', 3, 'model units', 'Preovulatory follicle size at which ovulation is half-enabled.', ['T_PrF_OvF', 'p53']),
  gynHill(ov, 'preovulatoryOvulationHill', 10, 'Steepness of the size requirement for ovulation.', ['n_PrF_OvF', 'p54']),
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
  { id: 'ovarianInhibitorShift', value: 3, unit: 'dimensionless', min: 1, max: 100, group: ov, meaning: 'How many times more aromatase inhibitor the follicles need than peripheral tissue for the same block: letrozole and anastrozole are competitive inhibitors, and in the follicles they compete with far more androgen substrate, which builds up further while aromatase is blocked.', source: 'calibrated: letrozole 5 mg on cycle days 3–7 leaves estradiol on day 7 at 0.61× the same women’s untreated cycle, with androgens raised (Cortínez et al. 2005, Fertil Steril, PMID 15652895; model 0.61×, and 0.28× with no shift); competitive inhibition: Femara (letrozole) label. Prediction it was not fitted to: with it, one ovulation follows 2.5 mg on cycle day 18.2 (untreated 17.1; ~30 with no shift), as in the clinic (Bedaiwy et al. 2011, Reprod Biol Endocrinol 9:83: minor changes from natural cycles)' },
  // Not in GynCycle: atresia when FSH support is withdrawn (see ../definition/equations.ts).
  { id: 'atresiaRate', value: 0.5, unit: '1/d', min: 0, max: 2, group: ov, meaning: 'Largest rate at which antral follicles (stages 2 and 3) become atretic when FSH falls below their threshold.', source: 'assumed: FSH-dependent antral follicles deprived of FSH become atretic within days (Zeleznik 2004, Reprod Biol Endocrinol 2:31); with 0.5 /d a year of the pill keeps the cohort at its size in the first packs (~4× the cycle mean), while the estradiol and LH peaks still drift up (+36% and +57% from pack 4 to 13)' },
  { id: 'atresiaFshThreshold', value: 1.2, unit: 'IU/L', min: 0.5, max: 3, group: ov, meaning: 'Serum FSH at which half of the antral follicles’ FSH support is gone (the FSH threshold of follicle selection).', source: 'assumed: below the healthy cycle’s lowest FSH (2.4 IU/L, late luteal), so the natural cycle barely notices (period 29.36 d either way); the pill holds FSH near 2.2 IU/L in its active weeks, above it too, where the rate is ~0.01 /d, so the cohort stays larger than in a cycle; the threshold concept: Zeleznik 2004 (Reprod Biol Endocrinol 2:31)' },
  { id: 'atresiaFshHill', value: 6, unit: 'dimensionless', min: 1, max: 10, group: ov, meaning: 'Steepness of the FSH threshold of antral follicles.', source: 'assumed: a threshold, silent above 2 IU/L' },
];
