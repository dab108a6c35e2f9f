/**
 * Parameters of ovarian hormone output in `female-hpg`: estradiol,
 * progesterone and the inhibins from GynCycle (Röblitz 2013), testosterone
 * (not in GynCycle) and the lagged receptor signals through which steroids,
 * and later agents, act on hypothalamus and pituitary.
 */
import type { ParameterDefinition } from '../../parameter';
import { gyn } from './gyncycle-source';
import { AXIS_PARAMETERS as MALE_AXIS_PARAMETERS } from '../../male-hpg/parameters';

type P = ParameterDefinition;
const st = 'steroids and inhibins' as const;
const sig = 'receptor signals' as const;

/** Estradiol, progesterone, inhibin A and B. */
export const STEROID_PARAMETERS: readonly P[] = [
  gyn(st, 'e2Basal', 51.55808, 'pg/mL/d', 'Estradiol made outside the follicles (read here as peripheral aromatization of adrenal androgens; scaled by aromatase activity).', ['b_E2', 'p158']),
  gyn(st, 'e2FromLuteal1', 1713.71, 'pg/mL/(model unit·d)', 'Estradiol secretion by corpus luteum stage 1.', ['k_Lut1_E2', 'p164']),
  gyn(st, 'e2FromLuteal4', 8675.139, 'pg/mL/(model unit·d)', 'Estradiol secretion by corpus luteum stage 4.', ['k_Lut4_E2', 'p165']),
  { id: 'poolEstradiol', value: 10.0, unit: 'pg/mL/d', min: 2, max: 100, group: st, meaning: 'Estradiol secreted by the pool of small antral follicles (scaled by ovarian reserve; ×pcosFolliclePool in the pcos-like subject).', source: 'calibrated (docs/calibration.md, female model): with the follicles at rest it gives the early-follicular estradiol floor' },
  { id: 'follicleEstradiolMax', value: 267000.0, unit: 'pg/mL/d', min: 50000, max: 1000000, group: st, meaning: 'Estradiol secretion of a 20-mm follicle at saturating LH-receptor binding (×(size/20 mm)^exponent, ×LH_R/(LH_R + half)).', source: 'calibrated (docs/calibration.md, female model): GynCycle’s preovulatory estradiol peak and the measured preovulatory follicle size' },
  { id: 'follicleEstradiolLhHalf', value: 200.0, unit: 'model units (LH_R)', min: 50, max: 800, group: st, meaning: 'Bound follicular LH receptor at which follicular estradiol is half of its LH-saturated value (theca androgen substrate).', source: 'calibrated: far above the surge’s binding (~2.1), so follicular estradiol follows LH_R nearly in proportion, as GynCycle’s follows LH' },
  { id: 'follicleEstradiolExponent', value: 2.0, unit: 'dimensionless', min: 1, max: 6, group: st, meaning: 'How steeply a follicle’s estradiol rises with its size.', source: 'calibrated: estradiol stays low until the dominant follicle is selected, then rises to the preovulatory peak' },
  gyn(st, 'e2ClearanceRate', 5.23501, '1/d', 'Clearance of serum estradiol.', ['k_cl_E2', 'p154']),
  gyn(st, 'p4Basal', 0.9426347, 'ng/mL/d', 'Progesterone made outside the corpus luteum (adrenal; kept after oophorectomy).', ['b_P4', 'p166']),
  gyn(st, 'p4FromLuteal4', 761.6431, 'ng/mL/(model unit·d)', 'Progesterone secretion by corpus luteum stage 4.', ['k_Lut4_P4', 'p167']),
  gyn(st, 'p4ClearanceRate', 5.129587, '1/d', 'Clearance of serum progesterone.', ['k_cl_P4', 'p155']),
  gyn(st, 'inhibinABasal', 1.44523, 'IU/mL/d', 'Inhibin A secretion not tied to a follicle or corpus luteum stage (ovarian).', ['b_IhA', 'p168']),
  gyn(st, 'inhibinAFromScar1', 60, 'IU/mL/(model unit·d)', 'Inhibin A from the ovulatory scar.', ['k_Sc1_IhA', 'p177']),
  gyn(st, 'inhibinAFromLuteal1', 180, 'IU/mL/(model unit·d)', 'Inhibin A from corpus luteum stage 1.', ['k_Lut1_IhA', 'p178']),
  gyn(st, 'inhibinAFromLuteal2', 28.21103, 'IU/mL/(model unit·d)', 'Inhibin A from corpus luteum stage 2.', ['k_Lut2_IhA', 'p170']),
  gyn(st, 'inhibinAFromLuteal3', 216.85, 'IU/mL/(model unit·d)', 'Inhibin A from corpus luteum stage 3.', ['k_Lut3_IhA', 'p171']),
  gyn(st, 'inhibinAFromLuteal4', 114.2474, 'IU/mL/(model unit·d)', 'Inhibin A from corpus luteum stage 4.', ['k_Lut4_IhA', 'p172']),
  gyn(st, 'inhibinATransferRate', 4.287185, '1/d', 'Clearance of serum inhibin A into its delayed (pituitary) compartment.', ['k_IhA', 'p156']),
  gyn(st, 'inhibinADelayedClearance', 0.1989, '1/d', 'Clearance of delayed inhibin A.', ['k_cl_IhAe', 'p30']),
  gyn(st, 'inhibinBBasal', 89.49347, 'pg/mL/d', 'Inhibin B secretion not tied to a follicle stage (ovarian).', ['b_IhB', 'p173']),
  gyn(st, 'inhibinBFromScar2', 134240.2, 'pg/mL/(model unit·d)', 'Inhibin B from ovulatory scar stage 2 (the brief post-ovulatory peak).', ['k_Sc2_IhB', 'p175']),
  { id: 'poolInhibinB', value: 2919.0, unit: 'pg/mL/d', min: 1000, max: 10000, group: st, meaning: 'Inhibin B secreted by the pool of small antral follicles (scaled by ovarian reserve; ×pcosFolliclePool in the pcos-like subject).', source: 'calibrated (docs/calibration.md, female model): the luteal inhibin B floor of GynCycle’s cycle' },
  { id: 'follicleInhibinB', value: 941.8, unit: 'pg/mL/d per mm', min: 200, max: 3000, group: st, meaning: 'Inhibin B secreted per mm of follicle growth above rest (granulosa mass of the growing cohort).', source: 'calibrated (docs/calibration.md, female model): the follicular rise of inhibin B' },
  { id: 'follicleInhibinA', value: 3.764, unit: 'IU/mL/d', min: 0.5, max: 20, group: st, meaning: 'Inhibin A secreted by a 20-mm follicle (×(size/20 mm)², from ~12 mm): the dominant follicle’s share of inhibin A.', source: 'calibrated (docs/calibration.md, female model); inhibin A rises with the dominant follicle (Groome et al. 1996, JCEM 81:1401)' },
  gyn(st, 'inhibinBClearance', 172.4539, '1/d', 'Clearance of serum inhibin B (fast: it follows its secretion within minutes).', ['k_cl_IhB', 'p157']),
  { id: 'testosteroneAdrenal', value: 0.15, unit: 'ng/mL', min: 0.05, max: 0.4, group: st, meaning: 'Serum testosterone of adrenal origin (direct and via peripheral conversion of androstenedione); kept after oophorectomy.', source: 'Jakiel & Baran 2005 (Endokrynol Pol 56:6): in reproductive age testosterone production is divided about equally between ovaries and adrenals (directly and via peripheral precursors); total ~0.3 ng/mL assumed' },
  { id: 'testosteroneOvarianMax', value: 0.7, unit: 'ng/mL', min: 0.2, max: 2, group: st, meaning: 'Serum testosterone of ovarian (theca) origin at saturating LH-receptor binding.', source: 'calibrated: ovarian ≈ adrenal (~0.15 ng/mL) in the follicular phase (Jakiel & Baran 2005, Endokrynol Pol 56:6)' },
  { id: 'thecaLhHalfSaturation', value: 1, unit: 'model units', min: 0.1, max: 5, group: st, meaning: 'Bound follicular LH receptor at which theca androgen output is half-maximal.', source: 'assumed: a modest mid-cycle testosterone rise' },
];

/** Lagged receptor signals and the androgen action on progesterone feedback. */
export const SIGNAL_PARAMETERS: readonly P[] = [
  { id: 'erSignalHalfLifeHours', value: 1.5, unit: 'h', min: 0.25, max: 24, group: sig, meaning: 'Half-time with which the estrogen-receptor signal follows estradiol (and estrogenic agents).', source: 'assumed: about one GnRH pulse interval, so estradiol feedback keeps close to GynCycle’s timing (with GynCycle’s antral stages and the 12-h PR lag the period was 28.83 d at 0.25 h, 29.36 d at 1.5 h and 29.83 d at 3 h; GynCycle’s is 28.17 d, this model’s 28.33 d)' },
  { id: 'prSignalHalfLifeHours', value: 12, unit: 'h', min: 1, max: 48, group: sig, meaning: 'Half-time with which the progesterone-receptor signal follows progesterone (and progestins) at hypothalamus and pituitary.', source: 'Kim 2018 (Physiol Rep 6:e13680): progesterone does not slow LH pulses within 10 h' },
  { id: 'arSignalHalfLifeHours', value: 12, unit: 'h', min: 1, max: 48, group: sig, meaning: 'Half-time with which the androgen-receptor signal follows testosterone.', source: 'as male-hpg (feedbackSignalHalfLifeHours; Tornøe 2007)' },
  { id: 'androgenP4ResistanceWeight', value: 2, unit: 'dimensionless', min: 0, max: 10, group: sig, meaning: 'How many-fold the androgen-receptor signal can raise the progesterone level needed to slow GnRH pulses (androgens given; the pcos-like subject’s own resistance is pcosProgesteroneResistance).', source: 'Eagleson 2000 (JCEM 85:4047): flutamide restores progesterone sensitivity of the GnRH pulse generator in PCOS; size assumed: low-dose testosterone cream (T 0.7–0.85 ng/mL here) leaves the cycle as it was (Goldstat et al. 2003), so the resistance of PCOS cannot come from serum testosterone alone' },
  { id: 'androgenP4ResistanceHalfEffect', value: 0.8, unit: 'ng/mL', min: 0.3, max: 3, group: sig, meaning: 'Androgen-receptor signal (testosterone-equivalent) at which progesterone resistance is half-maximal.', source: 'assumed: above the normal female range (~0.3 ng/mL), reached in hyperandrogenism' },
  // The male model's androgen-receptor feedback, its values and sources, read at a man's testosterone.
  ...MALE_AXIS_PARAMETERS.filter((p) => ['androgenFeedbackWeight', 'androgenFeedbackHill', 'fshAndrogenWeight', 'fshAndrogenHill'].includes(p.id))
    .map((p) => ({ ...p, group: sig, meaning: `${p.meaning} Shared with male-hpg; in this model “baseline” is a man’s testosterone (maleReferenceTestosterone).` })),
  { id: 'maleReferenceTestosterone', value: 5.5, unit: 'ng/mL', min: 3, max: 9, group: sig, meaning: 'A healthy young man’s serum testosterone: the level at which the androgen-receptor feedback shared with male-hpg has its male-baseline strength.', source: 'Travison et al. 2017 (JCEM 102:1161): harmonized range 264–916 ng/dL in healthy non-obese men aged 19–39; assumed near its middle' },
  { id: 'estradiolPerGivenTestosterone', value: 3.6, unit: '(pg/mL)/(ng/mL)', min: 0, max: 10, group: sig, meaning: 'Estradiol added by peripheral aromatization per ng/mL of testosterone given (the woman’s own share is in the basal estradiol).', source: 'as in men: about 80% of a man’s ~25 pg/mL estradiol comes from aromatizing his ~5.5 ng/mL testosterone (de Ronde & de Jong 2011, Reprod Biol Endocrinol 9:93), 0.8·25/5.5 ≈ 3.6' },
  { id: 'androgenP4ResistanceHill', value: 6, unit: 'dimensionless', min: 1, max: 10, group: sig, meaning: 'Steepness of androgen-induced progesterone resistance (negligible at normal female testosterone).', source: 'assumed' },
];
