/**
 * Parameter record of the somatotropic axis (`gh-igf1`), axis part; each
 * agent's parameters live in its file under ./definition/agents/.
 *
 * Units follow Farhy, Bowers & Veldhuis 2007 (AJP Regul 292:R1577; Physiome
 * CellML encoding, male set): time in hours, GHRH and somatostatin (SRIF) in
 * pg/mL, GH in ng/mL (= µg/L), the ghrelin-receptor (GHS) input in the paper's
 * dimensionless units; IGF-1 in µg/L. Every value names its source, or says
 * "Assumed" and why. Outputs are reported relative to the healthy young man's
 * computed steady state, so the absolute levels matter only through the Hill
 * thresholds they are compared with.
 */
import type { ParameterDefinition } from '../parameter';

const FARHY = 'Farhy, Bowers & Veldhuis 2007 (AJP Regul 292:R1577), male parameter set of its CellML encoding';

/** The axis parameters of `gh-igf1`. */
export const GH_AXIS_PARAMETERS: readonly ParameterDefinition[] = [
  // Pituitary GH release (Farhy's GH equation)
  { id: 'ghClearanceRate', value: 3, unit: '1/h', min: 1, max: 6, meaning: 'GH elimination rate constant (half-life 14 min).', source: `${FARHY}: k1; exogenous GH half-life 14–19 min (Holl 1993, JCEM 77:216)`, group: 'pituitary' },
  {
    id: 'ghPulseHalfLifeMinutes', value: 24.5, unit: 'min', min: 14, max: 40, onlyWith: 'ghPulses',
    meaning: 'Apparent half-life of the GH the pituitary secretes, with which serum GH follows its secretion (explicit-pulse mode only).',
    source: 'Holl 1993 (JCEM 77:216): endogenous GH half-life 23–26 min, exogenous 14–19 min (the averaged model’s k1 = 3/h, 14 min, stays the clearance of given GH); 24.5 is the middle', group: 'pituitary',
  },
  { id: 'ghReleaseMax', value: 600, unit: 'ng/mL/h', min: 100, max: 3000, meaning: 'Maximal GH secretion rate of a full somatotroph store.', source: `${FARHY}: kr1`, group: 'pituitary' },
  { id: 'ghrhHalfMax', value: 400, unit: 'pg/mL', min: 100, max: 1600, meaning: 'GHRH-receptor signal at half-maximal GH release.', source: `${FARHY}: t1`, group: 'pituitary' },
  { id: 'ghrhHill', value: 5, unit: 'dimensionless', min: 1, max: 6, meaning: 'Hill exponent of GH release on GHRH.', source: `${FARHY}: n1`, group: 'pituitary' },
  { id: 'srifPituitaryHalf', value: 10, unit: 'pg/mL', min: 2, max: 50, meaning: 'Periventricular somatostatin at which GH release is halved (without GHS).', source: `${FARHY}: t2`, group: 'pituitary' },
  { id: 'srifPituitaryHill', value: 2, unit: 'dimensionless', min: 1, max: 4, meaning: 'Hill exponent of somatostatin inhibition of GH release.', source: `${FARHY}: n2`, group: 'pituitary' },
  // Periventricular somatostatin (driven by GH and IGF-1)
  { id: 'srifPevClearance', value: 25, unit: '1/h', min: 5, max: 60, meaning: 'Periventricular somatostatin clearance rate constant.', source: `${FARHY}: k4`, group: 'hypothalamus' },
  { id: 'srifPevGhRelease', value: 20400, unit: 'pg/mL/h', min: 2000, max: 60000, meaning: 'Maximal GH-driven periventricular somatostatin release.', source: `${FARHY}: kr4`, group: 'hypothalamus' },
  { id: 'ghOnSrifHalf', value: 10, unit: 'ng/mL', min: 2, max: 40, meaning: 'GH level at half-maximal stimulation of periventricular somatostatin.', source: `${FARHY}: t5`, group: 'hypothalamus' },
  { id: 'ghOnSrifHill', value: 2, unit: 'dimensionless', min: 1, max: 4, meaning: 'Hill exponent of GH stimulating somatostatin.', source: `${FARHY}: n5`, group: 'hypothalamus' },
  { id: 'srifPevBasal', value: 900, unit: 'pg/mL/h', min: 100, max: 3000, meaning: 'Basal periventricular somatostatin release at young-adult IGF-1.', source: `${FARHY}: S_basal`, group: 'hypothalamus' },
  // Arcuate somatostatin (driven by GHRH)
  { id: 'srifArcClearance', value: 25, unit: '1/h', min: 5, max: 60, meaning: 'Arcuate somatostatin clearance rate constant.', source: `${FARHY}: k2`, group: 'hypothalamus' },
  { id: 'srifArcRelease', value: 2200, unit: 'pg/mL/h', min: 200, max: 10000, meaning: 'Maximal GHRH-driven arcuate somatostatin release.', source: `${FARHY}: kr2`, group: 'hypothalamus' },
  { id: 'ghrhOnArcHalf', value: 400, unit: 'pg/mL', min: 100, max: 1600, meaning: 'GHRH at half-maximal arcuate somatostatin release.', source: `${FARHY}: t3`, group: 'hypothalamus' },
  { id: 'ghrhOnArcHill', value: 2, unit: 'dimensionless', min: 1, max: 4, meaning: 'Hill exponent of GHRH driving arcuate somatostatin.', source: `${FARHY}: n3`, group: 'hypothalamus' },
  // GHRH neurones
  { id: 'ghrhClearance', value: 40, unit: '1/h', min: 10, max: 100, meaning: 'GHRH clearance rate constant.', source: `${FARHY}: k3`, group: 'hypothalamus' },
  { id: 'ghrhRelease', value: 63000, unit: 'pg/mL/h', min: 10000, max: 200000, meaning: 'Maximal GHRH release without somatostatin.', source: `${FARHY}: kr3`, group: 'hypothalamus' },
  { id: 'srifOnGhrhHalf', value: 28, unit: 'pg/mL', min: 10, max: 80, meaning: 'Total somatostatin at which GHRH release is halved.', source: `${FARHY}: t4`, group: 'hypothalamus' },
  { id: 'srifOnGhrhHill', value: 5, unit: 'dimensionless', min: 1, max: 6, meaning: 'Hill exponent of somatostatin inhibiting GHRH.', source: `${FARHY}: n4`, group: 'hypothalamus' },
  {
    id: 'srifToneMinutes', value: 180, unit: 'min', min: 10, max: 600,
    meaning: 'Time constant with which the pulse-averaged somatostatin tones follow their drive.',
    source: 'Assumed: somatostatin itself clears in minutes (Farhy 2007: k2 = k4 = 25/h), but the pulse-averaged tone averages over a pulse cycle, about 3 h (Bermann 1994: 7.8 GH pulses per 24 h); the lag also breaks the algebraic loops GH → somatostatin → GH and GHRH → somatostatin → GHRH of the delay-free equations. Shorter lags make the model stiff (1 h: ~3× the solver steps of a year) without changing its steady state', group: 'hypothalamus',
  },
  {
    id: 'ghPulseIntervalHours', value: 3, unit: 'h', min: 2, max: 6, onlyWith: 'ghPulses',
    meaning: 'Interval between GHRH bursts, each of which makes a GH pulse (explicit-pulse mode only).',
    source: 'Bermann 1994 (JCI 94:138): 7.8 ± 0.9 GH pulses per 24 h in healthy young men, one every ~3.1 h; 3 h gives 8. The generator is deterministic: the fall to 4.7 pulses per 24 h that Bermann saw with IGF-1 raised is not modelled (the range reaches it: 6 h is 4 per 24 h)', group: 'hypothalamus',
  },
  {
    id: 'ghrhHalfLifeMinutes', value: 6.8, unit: 'min', min: 1, max: 12, onlyWith: 'ghPulses',
    meaning: 'Half-life with which a GHRH burst clears from the pituitary’s blood supply (explicit-pulse mode only).',
    source: 'Frohman 1986 (JCI 78:906): GHRH(1–44) half-life 6.8 min in vivo; Farhy 2007’s k3 = 40/h (~1 min) is the lower end of the range', group: 'hypothalamus',
  },
  // Ghrelin receptor (GHS-R)
  { id: 'ghsEndogenous', value: 20, unit: 'GHS units', min: 0, max: 200, meaning: 'Endogenous ghrelin-receptor input (constant tone; meal-driven swings are not modelled).', source: `${FARHY}: GHS input of the male set`, group: 'ghrelin receptor' },
  {
    id: 'ghsDirect', value: 0.002, unit: 'dimensionless', min: 0, max: 1,
    meaning: 'Direct, GHRH-independent GH release by ghrelin-receptor agonists, relative to full GHRH action.',
    source: 'Calibrated (Farhy 2007 gives g0 = 1 for its pulsatile model): in the pulse-averaged mode GHRH action sits near 0.6% of its maximum instead of near half-maximal during pulses, so the direct term is scaled down by about the same factor. A GHRH antagonist removed 82% of the GHRP-6 response (Pandya 1998, JCEM 83:1186); in the model a GHRH-receptor block removes more, ~98% of a GHS response (row G13: 0.024 of it left), because the direct term is this small', group: 'ghrelin receptor',
  },
  { id: 'ghsDirectHalf', value: 200, unit: 'GHS units', min: 20, max: 2000, meaning: 'GHS input at half-maximal direct GH release.', source: `${FARHY}: tg0`, group: 'ghrelin receptor' },
  { id: 'ghsDirectHill', value: 3, unit: 'dimensionless', min: 1, max: 4, meaning: 'Hill exponent of direct GHS action.', source: `${FARHY}: ng0 = 2.9, rounded to 3 so the right-hand side multiplies instead of calling Math.pow (the direct action is at most g0 = 0.002 of full GHRH action; validation values move in the third digit at most)`, group: 'ghrelin receptor' },
  { id: 'ghsPituitaryGain', value: 45000, unit: 'dimensionless', min: 1000, max: 200000, meaning: 'Maximal opposition of somatostatin at the somatotroph by GHS (F1).', source: `${FARHY}: g1`, group: 'ghrelin receptor' },
  { id: 'ghsPituitaryHalf', value: 390, unit: 'GHS units', min: 50, max: 2000, meaning: 'GHS input at half-maximal pituitary action (also used as the receptor’s half-occupancy load).', source: `${FARHY}: tg1`, group: 'ghrelin receptor' },
  { id: 'ghsPituitaryHill', value: 3, unit: 'dimensionless', min: 1, max: 4, meaning: 'Hill exponent of the pituitary GHS action.', source: `${FARHY}: ng1`, group: 'ghrelin receptor' },
  { id: 'ghsHypothalamicGain', value: 100, unit: 'dimensionless', min: 10, max: 1000, meaning: 'Maximal opposition of somatostatin at GHRH neurones by GHS (F2).', source: `${FARHY}: g2`, group: 'ghrelin receptor' },
  { id: 'ghsHypothalamicHalf', value: 10000, unit: 'GHS units', min: 1000, max: 50000, meaning: 'GHS input at half-maximal hypothalamic action.', source: `${FARHY}: tg2`, group: 'ghrelin receptor' },
  { id: 'ghsHypothalamicHill', value: 2, unit: 'dimensionless', min: 1, max: 4, meaning: 'Hill exponent of the hypothalamic GHS action.', source: `${FARHY}: ng2`, group: 'ghrelin receptor' },
  {
    id: 'ghsrRecoveryHalfLifeDays', value: 4, unit: 'd', min: 1, max: 20,
    meaning: 'Half-life with which desensitized ghrelin receptors recover.',
    source: 'Assumed from Rahim 1998 (JCEM): the GH response to a hexarelin test dose was back to its pre-treatment size 4 weeks after 16 weeks of twice-daily hexarelin; 4 days leaves < 1% of the loss after 4 weeks (row G8)', group: 'ghrelin receptor',
  },
  {
    id: 'ghsrDesensitizationRate', value: 0.03, unit: '1/h', min: 0, max: 1,
    meaning: 'Rate at which occupied ghrelin receptors desensitize.',
    source: 'Calibrated: twice-daily hexarelin 1.5 µg/kg cut the GH response to a test dose by ~30% within a week and ~45% by 16 weeks (Rahim 1998, JCEM; row G8). The model loses 25% in the first week and 27% by week 16: the loss levels off where desensitization and recovery balance', group: 'ghrelin receptor',
  },
  // Releasable GH store (MacGregor & Leng 2005)
  {
    id: 'ghStoreLifetimeHours', value: 48, unit: 'h', min: 6, max: 240,
    meaning: 'Mean time GH spends in the somatotroph store before it is degraded inside the cell, if not released.',
    source: 'Assumed: the store is refilled and turned over within days (MacGregor & Leng 2005, J Neuroendocrinol 17:788, model a pituitary GH store that GHRH releases and that refills between episodes); 2 days lets a strong daily stimulus deplete it over a week (Murphy 1998: MK-677 peak GH 55.9 µg/L on day 1, 22.6 on day 7; row G11)', group: 'pituitary',
  },
  {
    id: 'ghStoreFillHours', value: 12, unit: 'h', min: 1, max: 96,
    meaning: 'Time constant with which GH synthesis refills an empty somatotroph store at the healthy GHRH drive.',
    source: 'Assumed: a store refilled within about a day keeps mean GH nearly proportional to a sustained stimulus up to ~3× and saturating near 10×, the range over which long-acting GHRH raised mean GH (Teichman 2006, JCEM 91:799: 2–10× for ≥ 6 days), while a strong stimulus depletes it for hours (MacGregor & Leng 2005)', group: 'pituitary',
  },
  { id: 'ghStoreReleaseConstant', value: 0.5, unit: '1/h per unit of release drive', min: 0.01, max: 100, meaning: 'Secretion out of the store per unit of the release drive (GHRH, somatostatin, GHS and IGF-1 terms).', source: 'Calibrated: the healthy store secretes ~0.06% of its content per hour, so it holds about ten weeks of secretion (assumed: the human pituitary holds milligrams of GH against a daily secretion of well under a milligram); tests/core/model/gh-igf1.test.ts checks it', group: 'pituitary' },
  { id: 'ghSynthesisBasal', value: 0.1, unit: 'dimensionless', min: 0, max: 1, meaning: 'GH synthesis without GHRH, as a share of its maximum.', source: 'Assumed: GHRH is the main trophic and transcriptional drive of somatotrophs; GH-deficient GHRH-receptor mutants keep a small residual (Maheshwari 2002, AJP Endo)', group: 'pituitary' },
  {
    id: 'trophicHalfLifeDays', value: 7, unit: 'd', min: 1, max: 60,
    meaning: 'Half-life with which somatotroph secretory capacity follows the GHRH signal (trophic action).',
    source: 'Assumed: GHRH is trophic to somatotrophs (GHRH-receptor defects leave a small pituitary; Maheshwari 2002), acting over days to weeks; daily tesamorelin raised IGF-1 over weeks (Falutz 2007)', group: 'pituitary',
  },
  { id: 'ghrhTrophicReference', value: 135, unit: 'pg/mL', min: 50, max: 500, meaning: 'GHRH level at which the trophic signal is 1.', source: 'GHRH at the delay-free equilibrium of Farhy 2007’s male set (135 pg/mL, our SciPy check of its CellML parameters)', group: 'pituitary' },
  {
    id: 'trophicSaturation', value: 30, unit: 'dimensionless', min: 1, max: 100,
    meaning: 'Trophic signal at which secretory capacity is half its maximal rise (capacity at most 1 + this).',
    source: 'Assumed: capacity follows the mean GHRH signal nearly in proportion up to several-fold, so that daily pulses of a GHRH analogue raise basal GH and IGF-1 (tesamorelin +81% IGF-1 at 26 weeks, Falutz 2007; row G7)', group: 'pituitary',
  },
  // IGF-1
  {
    id: 'liverIgfHours', value: 6, unit: 'h', min: 1, max: 24, onlyWith: 'ghPulses',
    meaning: 'Time constant with which hepatic IGF-1 output follows GH, so serum IGF-1 integrates GH pulses over hours (explicit-pulse mode only).',
    source: 'Assumed: GH raises IGF-1 through STAT5b-driven transcription over hours, and serum IGF-1 rose within 24 h of a GH injection (brief); IGF-1 tracks nadir and mean GH rather than pulse mass (Faje & Barkan 2010, JCEM). 6 h, the male model’s pulse-mean time constant, keeps the IGF-1 ripple from 3-hourly pulses under 1%', group: 'liver',
  },
  {
    id: 'igf1HalfLifeHours', value: 15, unit: 'h', min: 4, max: 48,
    meaning: 'Turnover half-life of serum IGF-1 (mostly held in the ternary complex with IGFBP-3 and ALS).',
    source: 'Assumed: the brief cites ~12–15 h for the ternary complex (not verified); IGF-1 rose within 24 h of a GH injection (rhGH pharmacokinetic study, brief [V]); 15 h lets IGF-1 follow GH within 2–3 days', group: 'liver',
  },
  { id: 'igf1Max', value: 940, unit: 'µg/L', min: 200, max: 5000, meaning: 'IGF-1 the liver makes at saturating GH.', source: 'Calibrated: places the healthy young man near 150 µg/L (Bermann 1994: 163; the level is set mostly by the feedback, little by this value) with the half-saturation below', group: 'liver' },
  {
    id: 'ghOnIgf1Half', value: 0.9, unit: 'ng/mL', min: 0.1, max: 20,
    meaning: 'Mean GH at half-maximal hepatic IGF-1 output.',
    source: 'Calibrated: about 6× the healthy mean GH (0.14 ng/mL), so the liver’s output follows GH nearly in proportion up to a few-fold and saturates beyond (at a steady GH level, doubled GH gives ×1.9 and tenfold ×5.5). Anchors: Vance 1989 JCEM 68:22 (continuous GHRH: GH ×2.2 → IGF-1 ×2.1; model GH ×1.77 → IGF-1 ×1.73, row G3); Chapman 1996 JCEM 81:4249 (MK-677: GH ×2.0 → IGF-1 ×1.9; model ×1.77 → ×1.38 in the older man, row G9); Teichman 2006 (mean GH 2–10× → IGF-1 1.5–3×)', group: 'liver',
  },
  { id: 'igf1Reference', value: 163, unit: 'µg/L', min: 50, max: 500, meaning: 'IGF-1 of a healthy young man, at which IGF-1 feedback takes its Farhy baseline (basal somatostatin release = S_basal).', source: 'Bermann 1994 (JCI 94:138): 163 µg/L in healthy young men before rhIGF-I; the model’s own healthy steady state is close to it', group: 'liver' },
  {
    id: 'igf1SrifShare', value: 0.5, unit: 'dimensionless', min: 0, max: 1,
    meaning: 'Share of basal periventricular somatostatin release that IGF-1 drives (it scales with IGF-1 / igf1Reference).',
    source: 'Calibrated with igf1PituitaryHalf: raising IGF-1 163 → 452 µg/L with rhIGF-I suppressed 24-h GH by 85% and the GHRH response by 82% (Bermann 1994, JCI 94:138; row G12)', group: 'liver',
  },
  { id: 'igf1PituitaryHalf', value: 150, unit: 'µg/L', min: 10, max: 2000, meaning: 'IGF-1 at which it halves GH release at the somatotroph (direct feedback).', source: 'Calibrated with igf1SrifShare to Bermann 1994 (row G12)', group: 'liver' },
  // Subject conditions
  { id: 'agingGhrhDrive', value: 0.65, unit: 'fraction', min: 0.2, max: 1, meaning: 'GHRH drive of an older man relative to a young man.', source: 'Calibrated with agingSrifBasal so IGF-1 is ~0.55 of a young man’s (Chapman 1996: elderly 141 µg/L against the young range reached on MK-677, 265; model 0.51); pulsatile GH falls with age (Roelfsema 2016, Neuroendocrinology 103:335)', group: 'subject', onlyWith: 'aging' },
  { id: 'agingSrifBasal', value: 1.3, unit: 'fold', min: 1, max: 3, meaning: 'Basal periventricular somatostatin of an older man relative to a young man.', source: 'Calibrated with agingGhrhDrive (see there)', group: 'subject', onlyWith: 'aging' },
  { id: 'obesityGhClearance', value: 1.4, unit: 'fold', min: 1, max: 2, meaning: 'GH clearance in obesity relative to lean men.', source: 'Langendonk et al. (AJP Endo; year not verified), premenopausal women given a 100 mU rhGH bolus under somatostatin: GH clearance 33% (lower-body) and 51% (upper-body obesity) higher than in lean women, half-life unchanged; 1.4 is the middle, applied to men as an assumption', group: 'subject', onlyWith: 'obesity' },
  { id: 'obesitySrifBasal', value: 1.1, unit: 'fold', min: 1, max: 3, meaning: 'Basal somatostatin tone in obesity relative to lean men.', source: 'Assumed: obesity blunts GH secretion beyond clearance (Rasmussen 1995, JCEM 80:796: 24-h GH reduced); a modest rise in somatostatin tone', group: 'subject', onlyWith: 'obesity' },
  { id: 'obesityLiverSensitivity', value: 1.6, unit: 'fold', min: 1, max: 4, meaning: 'Hepatic IGF-1 output per unit GH in obesity relative to lean men.', source: 'Calibrated: IGF-1 stays normal in obesity although 24-h GH is reduced (Rasmussen 1995); hyperinsulinaemia raises hepatic GH sensitivity', group: 'subject', onlyWith: 'obesity' },
  { id: 'ghDeficiencyPituitary', value: 0.1, unit: 'fraction', min: 0, max: 1, meaning: 'Somatotroph capacity left in pituitary GH deficiency.', source: 'Assumed (brief): a capacity of ~0.1; secretagogues can act only on what remains (tesamorelin label: contraindicated after hypophysectomy); selected GH-deficient adults still raised IGF-1 on MK-677 (Chapman 1997, JCEM 82:3455)', group: 'subject', onlyWith: 'gh-deficiency' },
  { id: 'ghrhReceptorResidual', value: 0.01, unit: 'fraction', min: 0, max: 1, meaning: 'GHRH-receptor signalling left in GHRH-receptor deficiency.', source: 'Maheshwari 2002 (AJP Endo; authors not verified): GH pulses of normal frequency at < 1% of normal amplitude in GHRH-receptor mutation', group: 'subject', onlyWith: 'ghrh-receptor-deficiency' },
];
