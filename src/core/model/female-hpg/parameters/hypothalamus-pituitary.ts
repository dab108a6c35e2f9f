/**
 * Parameters of the hypothalamus (pulse-averaged GnRH), the pituitary GnRH
 * receptor and the LH and FSH pools of `female-hpg`. Values from GynCycle
 * (Röblitz 2013) unless the source says otherwise; rates per day.
 */
import { parametersById, type ParameterDefinition } from '../../parameter';
import { AXIS_PARAMETERS } from '../../male-hpg/parameters';
import { gyn, gynHill } from './gyncycle-source';

/** male-hpg's LH-synthesis parameters, reused for the same gonadotrope (their values follow the male record). */
const [MALE_LH_BASAL, MALE_LH_EXPONENT] = parametersById(AXIS_PARAMETERS, 'lhBasalFraction', 'lhSynthesisExponent') as [ParameterDefinition, ParameterDefinition];

type P = ParameterDefinition;
const hyp = 'hypothalamus' as const;
const pit = 'pituitary' as const;

/** GnRH frequency and mass, and GnRH clearance. */
export const HYPOTHALAMUS_PARAMETERS: readonly P[] = [
  gyn(hyp, 'gnrhFrequencyMax', 16, 'pulses/d', 'GnRH pulse frequency without progesterone, before estradiol doubles it.', ['f_0', 'p202'], [8, 24]),
  gyn(hyp, 'p4FrequencyThreshold', 1.2, 'ng/mL', 'Progesterone (PR signal) at which GnRH pulse frequency is halved.', ['T_P4_freq', 'p203']),
  gynHill(hyp, 'p4FrequencyHill', 2, 'Steepness of progesterone slowing of GnRH pulses.', ['n_P4_freq', 'p204']),
  gyn(hyp, 'e2FrequencyThreshold', 220, 'pg/mL', 'Estradiol (ER signal) at which it half-raises GnRH pulse frequency (positive feedback).', ['T_E2_freq', 'p205']),
  gynHill(hyp, 'e2FrequencyHill', 10, 'Steepness of the estradiol switch of GnRH frequency.', ['n_E2_freq', 'p206']),
  gyn(hyp, 'gnrhMassScale', 0.005593, 'model units', 'GnRH released per pulse, scale of the two estradiol terms.', ['a_0', 'p301']),
  gyn(hyp, 'e2MassThresholdHigh', 220, 'pg/mL', 'Estradiol at which the rising (positive-feedback) term of GnRH pulse mass is half-maximal.', ['T_E2_mass_1', 'p208']),
  gynHill(hyp, 'e2MassHillHigh', 2, 'Steepness of the rising term of GnRH pulse mass.', ['n_E2_mass_1', 'p209']),
  gyn(hyp, 'e2MassThresholdLow', 9.6, 'pg/mL', 'Estradiol at which the falling (negative-feedback) term of GnRH pulse mass is halved.', ['T_E2_mass_2', 'p210']),
  gynHill(hyp, 'e2MassHillLow', 1, 'Steepness of the falling term of GnRH pulse mass.', ['n_E2_mass_2', 'p211']),
  gyn(hyp, 'gnrhDegradationRate', 0.4474673, '1/d', 'Degradation of pulse-averaged GnRH (its receptor binding removes more).', ['k_degr_G', 'p300']),
];

/** The GnRH receptor: GynCycle's binding constants (made quasi-steady) and the male model's slow states. */
export const GNRH_RECEPTOR_PARAMETERS: readonly P[] = [
  gyn(pit, 'gnrhBindingRate', 322.1765, '1/(model unit·d)', 'GnRH binding to free active receptors.', ['k_on_G', 'p302']),
  gyn(pit, 'gnrhUnbindingRate', 644.353, '1/d', 'Dissociation of the active GnRH–receptor complex.', ['k_off_G', 'p303']),
  gyn(pit, 'complexInactivationRate', 32.21765, '1/d', 'Inactivation of the GnRH–receptor complex.', ['k_inact_GR', 'p309']),
  gyn(pit, 'complexReactivationRate', 3.222, '1/d', 'Reactivation of the inactive complex.', ['k_act_GR', 'p310']),
  gyn(pit, 'inactiveComplexDissociationRate', 32.21765, '1/d', 'Dissociation of the inactive complex (its GnRH is internalized).', ['k_diss_GRi', 'p305']),
  gyn(pit, 'inactiveComplexDegradationRate', 0.008949347, '1/d', 'Degradation of the inactive complex.', ['k_degr_GRi', 'p304']),
  gyn(pit, 'receptorInternalizationRate', 3.221765, '1/d', 'Inactivation of free receptors.', ['k_inter_RG', 'p306']),
  gyn(pit, 'receptorRecyclingRate', 32.21765, '1/d', 'Recycling of inactive free receptors to the active state.', ['k_recy_RG', 'p307']),
  gyn(pit, 'inactiveReceptorDegradationRate', 0.08949347, '1/d', 'Degradation of inactive free receptors.', ['k_degr_RG', 'p308']),
  {
    id: 'gnrhReceptorTotal', value: 0.0102095, unit: 'model units', min: 0.005, max: 0.02, group: pit,
    meaning: 'Total GnRH receptor (free and bound, active and inactive) in the healthy cycle.',
    source: 'calibrated: cycle mean of the total receptor (0.01017–0.01024) in the reference integration of Röblitz 2013 (tests/fixtures/gyncycle-reference.json)',
  },
  { id: 'receptorDesensitizationRate', value: 0.01, unit: '1/h', min: 0.002, max: 1, group: pit, meaning: 'Rate at which occupied GnRH receptors desensitize (per unit occupancy); slow, unlike GynCycle’s fast inactivation, which is folded into the active share.', source: 'as male-hpg (Li & Goldbeter 1989 form; calibrated there to the agonist flare lasting days, Tornøe 2007)' },
  { id: 'receptorRecoveryRate', value: 0.3, unit: '1/h', min: 0.05, max: 5, group: pit, meaning: 'Rate at which desensitized receptors recover while free of ligand.', source: 'as male-hpg (Li & Goldbeter 1989; Belchetz 1978)' },
  { id: 'responsivenessRecoveryDays', value: 28, unit: 'd', min: 1, max: 90, group: pit, meaning: 'Half-time of recovery of receptor number after down-regulation.', source: 'as male-hpg (calibrated: agonist suppression reverses within weeks, Tornøe 2007)' },
  { id: 'downregulationRatio', value: 40, unit: 'dimensionless', min: 1, max: 200, group: pit, meaning: 'Down-regulation rate relative to recovery under fully sustained desensitization.', source: 'as male-hpg (calibrated: castrate-level testosterone under agonist depot)' },
  { id: 'downregulationThreshold', value: 0.08, unit: 'fraction', min: 0.02, max: 0.9, group: pit, meaning: 'Desensitized fraction at which down-regulation is half-maximal.', source: 'as male-hpg (Belchetz 1978: pulsed GnRH sustains, continuous suppresses)' },
];

/** LH and FSH: synthesis into pituitary pools, GnRH-driven release, clearance and follicular binding. */
export const GONADOTROPIN_PARAMETERS: readonly P[] = [
  gyn(pit, 'lhSynthesisBasal', 7309.916, 'IU/d', 'Basal LH synthesis into the pituitary pool.', ['b_syn_LH', 'p1']),
  gyn(pit, 'lhSynthesisEstradiol', 7309.916, 'IU/d', 'Extra LH synthesis at high estradiol (positive feedback).', ['k_E2_LH', 'p2']),
  gyn(pit, 'e2LhSynthesisThreshold', 192.2041, 'pg/mL', 'Estradiol (ER signal) at which LH synthesis is half-raised.', ['T_E2_LH', 'p3']),
  gynHill(pit, 'e2LhSynthesisHill', 10, 'Steepness of estradiol’s switch of LH synthesis.', ['n_E2_LH', 'p6']),
  gyn(pit, 'p4LhSynthesisThreshold', 2.3708, 'ng/mL', 'Progesterone (PR signal) that halves LH synthesis.', ['T_P4_LH', 'p4']),
  gyn(pit, 'lhReleaseBasal', 0.004760247, '1/d', 'Fraction of the LH pool released per day without GnRH stimulation.', ['b_rel_LH', 'p16']),
  gyn(pit, 'lhReleaseGnrh', 0.1904152, '1/d', 'Extra release per day at full stimulation by the active GnRH–receptor complex.', ['k_GR_LH', 'p5']),
  gyn(pit, 'lhReleaseComplexThreshold', 0.0003, 'model units', 'Active GnRH–receptor complex at which LH release is half-stimulated.', ['T_GR_LH', 'p8']),
  gynHill(pit, 'lhReleaseHill', 5, 'Steepness of GnRH-stimulated LH release.', ['n_GR_LH', 'p9']),
  gyn(pit, 'bloodVolume', 5, 'L', 'Distribution volume of LH and FSH.', ['V_blood', 'p12'], [3, 7]),
  gyn(pit, 'lhClearanceRate', 74.85055, '1/d', 'Clearance of serum LH (fitted; a 13-min half-life, shorter than the 1–2 h measured).', ['k_cl_LH', 'p231']),
  gyn(pit, 'lhReceptorBindingRate', 2.143011, 'L/(IU·d)', 'Binding of LH to follicular LH receptors.', ['k_on_LH', 'p230']),
  gyn(pit, 'lhReceptorDesensitizationRate', 183.3632, '1/d', 'Desensitization of bound follicular LH receptors.', ['k_des_LH', 'p234']),
  gyn(pit, 'lhReceptorRecyclingRate', 68.94935, '1/d', 'Recycling of desensitized follicular LH receptors.', ['k_recy_LH', 'p232']),
  gyn(pit, 'lhReceptorTotal', 9.372, 'model units', 'Follicular LH receptors, free + bound + desensitized (conserved in GynCycle).', ['initial R_LH + LH_R + R_LH_des', 'species']),
  gyn(pit, 'fshSynthesisMax', 12580.0, 'IU/d', 'FSH synthesis without inhibin and at slow GnRH frequency.', ['k_Ih_FSH', 'p21']),
  gyn(pit, 'inhibinAFshThreshold', 95.81, 'IU/mL', 'Delayed inhibin A at which it alone halves FSH synthesis.', ['T_IhA', 'p22']),
  gynHill(pit, 'inhibinAFshHill', 5, 'Steepness of inhibin A feedback on FSH synthesis.', ['n_IhA', 'p24']),
  gyn(pit, 'inhibinBFshThreshold', 70, 'pg/mL', 'Inhibin B at which it alone halves FSH synthesis.', ['T_IhB', 'p23']),
  gynHill(pit, 'inhibinBFshHill', 2, 'Steepness of inhibin B feedback on FSH synthesis.', ['n_IhB', 'p25']),
  gyn(pit, 'frequencyFshThreshold', 13.83, 'pulses/d', 'GnRH frequency above which FSH synthesis falls (slow pulses favour FSH).', ['T_freq_FSH', 'p11'], [5, 40]),
  gynHill(pit, 'frequencyFshHill', 3, 'Steepness of frequency decoding of FSH synthesis.', ['n_freq_FSH', 'p13']),
  { id: 'fshEstradiolWeight', value: 20, unit: 'dimensionless', min: 0, max: 40, group: pit, meaning: 'How much more FSH is made when estradiol (ER signal) is far below its half-effect (not in GynCycle; saturated throughout a normal cycle).', source: 'calibrated: postmenopausal FSH ≥ 7× early-follicular (brief F7: postmenopausal median FSH 126 IU/L, cohort PMC9175594; model 141 IU/L); saturation after Selby & Peacock 1986 (BMJ 293:1337: little further FSH fall above 41 pg/mL)' },
  { id: 'fshEstradiolHalfEffect', value: 15, unit: 'pg/mL', min: 5, max: 40, group: pit, meaning: 'Estradiol (ER signal) at which its suppression of FSH synthesis is half-maximal.', source: 'Selby & Peacock 1986 (BMJ 293:1337): FSH falls with transdermal estradiol up to ~41 pg/mL, then little further' },
  {
    id: 'lhSynthesisBasalShare', value: MALE_LH_BASAL.value, unit: 'fraction', min: 0, max: 1, group: pit,
    meaning: 'Share of LH synthesis that goes on with the GnRH receptors desensitized or down-regulated (under an agonist depot).',
    source: `male-hpg’s lhBasalFraction, the same gonadotrope (its source: ${MALE_LH_BASAL.source}); in this model it keeps LH near 2 IU/L under monthly agonist depots, where without it LH crept back to 9 IU/L by six months`,
  },
  {
    id: 'lhSynthesisReceptorExponent', value: MALE_LH_EXPONENT.value, unit: 'dimensionless', min: 0.2, max: 2, group: pit,
    meaning: 'How strongly LH synthesis follows the share of responsive GnRH receptors (power).',
    source: `male-hpg’s lhSynthesisExponent (its source: ${MALE_LH_EXPONENT.source})`,
  },
  { id: 'fshSynthesisBasalShare', value: 0.05, unit: 'fraction', min: 0, max: 1, group: pit, meaning: 'Share of FSH synthesis that goes on with (almost) no GnRH reaching its receptors.', source: 'assumed: FSH-β transcription needs GnRH pulses (slow ones favour it, none stop it: Haisenleder et al. 1991, Endocrinology 128:509), and without GnRH FSH is a fraction of normal, as in male-hpg’s synthesis drive' },
  { id: 'fshSynthesisComplexThreshold', value: 3e-6, unit: 'model units', min: 3e-7, max: 3e-5, group: pit, meaning: 'Active GnRH–receptor complex (GnRH and agonist) at which the GnRH-driven share of FSH synthesis is half-maximal.', source: 'assumed: below the complex of the whole reference cycle (its luteal minimum is ~4.6e-6), so GynCycle’s FSH synthesis holds through a cycle and falls only when GnRH is nearly silent or its receptors are blocked or desensitized' },
  { id: 'fshSynthesisComplexHill', value: 4.0, unit: 'dimensionless', min: 1, max: 6, group: pit, meaning: 'Steepness of that GnRH drive of FSH synthesis.', source: 'assumed' },
  { id: 'fshSynthesisEstradiolWeight', value: 2.34, unit: 'dimensionless', min: 0, max: 10, group: pit, meaning: 'How much more FSH is made when the estrogen-receptor signal falls well below its half-effect (GynCycle’s synthesis at high estradiol); not held by inhibin B, so estrogen-receptor blockers raise FSH with follicles present.', source: 'calibrated (docs/calibration.md, female model): FSH rises ~1.3–1.5-fold on clomiphene or letrozole in anovulatory women' },
  { id: 'fshSynthesisEstradiolHalfEffect', value: 14.95, unit: 'pg/mL', min: 2, max: 100, group: pit, meaning: 'Estrogen-receptor signal at which that brake is half-maximal (Hill 2).', source: 'calibrated (docs/calibration.md, female model)' },
  { id: 'inhibinBCastrateThreshold', value: 10, unit: 'pg/mL', min: 1, max: 50, group: pit, meaning: 'Inhibin B above which growing follicles keep the pituitary from the castrate rise of FSH synthesis that low estradiol otherwise allows (half of that hold at this level).', source: 'assumed: between postmenopausal inhibin B (< 2 pg/mL, Groome et al. 1994, Clin Endocrinol 40:717) and the lowest of a cycle (~25 pg/mL here, luteal); with follicles present, lowering estradiol raises FSH only modestly (letrozole 2.5–5 mg for a week: LH and FSH not significantly changed in normal-weight women, Jones et al. 2020, Reprod Sci 27:1018), while after menopause estradiol alone moves FSH several-fold (Selby & Peacock 1986). Any value from 5 to 20 gives the same validation rows within 3% and the same agent responses within 1%' },
  { id: 'inhibinBCastrateHill', value: 3, unit: 'dimensionless', min: 1, max: 10, group: pit, meaning: 'Steepness of that hold in inhibin B.', source: 'assumed: a switch between the postmenopausal and the cycling range' },
  { id: 'fshEstradiolHill', value: 6, unit: 'dimensionless', min: 1, max: 10, group: pit, meaning: 'Steepness of estradiol suppression of FSH synthesis.', source: 'assumed: saturated at the lowest estradiol of a normal cycle (~28 pg/mL), so the cycle keeps GynCycle’s FSH' },
  gyn(pit, 'fshReleaseBasal', 0.05698944, '1/d', 'Fraction of the FSH pool released per day without GnRH stimulation.', ['b_rel_FSH', 'p17']),
  gyn(pit, 'fshReleaseGnrh', 0.2720154, '1/d', 'Extra FSH release at full stimulation by the active GnRH–receptor complex.', ['k_GR_FSH', 'p28']),
  gyn(pit, 'fshReleaseComplexThreshold', 0.0003, 'model units', 'Active GnRH–receptor complex at which FSH release is half-stimulated.', ['T_GR_FSH', 'p18']),
  gynHill(pit, 'fshReleaseHill', 2, 'Steepness of GnRH-stimulated FSH release.', ['n_GR_FSH', 'p20']),
  gyn(pit, 'fshClearanceRate', 114.2474, '1/d', 'Clearance of serum FSH (fitted).', ['k_cl_FSH', 'p241']),
  gyn(pit, 'fshReceptorBindingRate', 3.528906, 'L/(IU·d)', 'Binding of FSH to follicular FSH receptors.', ['k_on_FSH', 'p240']),
  gyn(pit, 'fshReceptorDesensitizationRate', 138.3032, '1/d', 'Desensitization of bound follicular FSH receptors.', ['k_des_FSH', 'p244']),
  gyn(pit, 'fshReceptorRecyclingRate', 61.02917, '1/d', 'Recycling of desensitized follicular FSH receptors.', ['k_recy_FSH', 'p242']),
  gyn(pit, 'fshReceptorTotal', 8.5, 'model units', 'Follicular FSH receptors, free + bound + desensitized (conserved in GynCycle).', ['initial R_FSH + FSH_R + R_FSH_des', 'species']),
];
