/**
 * Parameter record of the male HPG model (axis only; each agent's kinetics
 * live with the agent in src/core/agents/). Time constants are given as
 * half-lives or time constants in the unit of their name; the right-hand side
 * converts them to rate constants (k = ln 2 / half-life). "Calibrated: …"
 * names the published observation the value was chosen to reproduce; the
 * model checks in tests/model-checks/ hold the model to those observations.
 */
import type { ParameterDefinition } from '../parameter';

type P = ParameterDefinition;
const hypothalamus = (p: Omit<P, 'group'>): P => ({ ...p, group: 'hypothalamus' });
const pituitary = (p: Omit<P, 'group'>): P => ({ ...p, group: 'pituitary' });
const testes = (p: Omit<P, 'group'>): P => ({ ...p, group: 'testes' });
const tubules = (p: Omit<P, 'group'>): P => ({ ...p, group: 'spermatogenesis' });
const conditions = (p: Omit<P, 'group'>): P => ({ ...p, group: 'conditions' });

/** The axis parameters of `male-hpg`. */
export const AXIS_PARAMETERS: readonly P[] = [
  hypothalamus({ id: 'androgenFeedbackWeight', value: 0.15, unit: 'dimensionless', min: 0, max: 5, meaning: 'Weight of androgen-receptor feedback on GnRH output at baseline testosterone.', source: 'calibrated: T and E2 each about halve LH (Pitteloud 2008; Hayes 2001); LH ×2.6 after sex-steroid withdrawal' }),
  hypothalamus({ id: 'estrogenFeedbackWeightHypothalamus', value: 1.05, unit: 'dimensionless', min: 0, max: 5, meaning: 'Weight of estrogen-receptor feedback on GnRH output at baseline estradiol.', source: 'calibrated: Hayes 2001; Pitteloud 2008' }),
  hypothalamus({ id: 'estrogenFeedbackWeightPituitary', value: 0.5, unit: 'dimensionless', min: 0, max: 5, meaning: 'Weight of estrogen-receptor feedback on pituitary LH release at baseline estradiol.', source: 'calibrated: Pitteloud 2008 (estradiol acts at the pituitary too)' }),
  hypothalamus({ id: 'androgenFeedbackHill', value: 2, unit: 'dimensionless', min: 1, max: 6, meaning: 'Steepness of androgen feedback (Hill exponent on testosterone relative to baseline).', source: 'calibrated: LH below 10% under weekly testosterone (WHO 1990)' }),
  hypothalamus({ id: 'estrogenFeedbackHill', value: 8, unit: 'dimensionless', min: 1, max: 12, meaning: 'Steepness of estrogen feedback (Hill exponent on estrogen-receptor activation).', source: 'calibrated: clomiphene and anastrozole responses (Helo 2017; Leder 2004)' }),
  hypothalamus({ id: 'feedbackSignalHalfLifeHours', value: 12, unit: 'h', min: 1, max: 48, meaning: 'Half-time with which steroid-receptor feedback signals follow serum testosterone and estradiol (receptor-mediated, gene-regulatory effects).', source: 'Tornøe 2007 (slow feedback compartment); calibrated: no ringing after perturbations (model sanity)' }),
  hypothalamus({ id: 'gnrhPulseIntervalHours', value: 1.5, unit: 'h', min: 1, max: 3, meaning: 'Interval between GnRH pulses (explicit-pulse mode only).', source: 'Knobil 1980; Belchetz 1978 (hourly pulses)', onlyWith: 'gnrhPulses' }),
  hypothalamus({ id: 'gnrhPortalHalfLifeMinutes', value: 4, unit: 'min', min: 2.6, max: 24, meaning: 'Half-life of GnRH in portal blood (explicit-pulse mode only).', source: 'Hurley 1987 (2.6–5.2 min intravenous)', onlyWith: 'gnrhPulses' }),

  pituitary({ id: 'gnrhReceptorLoad', value: 0.25, unit: 'dimensionless', min: 0.05, max: 2, meaning: 'Mean receptor load of endogenous GnRH at baseline (baseline occupancy = load / (1 + load) = 20%).', source: 'assumed (model scale)' }),
  pituitary({ id: 'receptorDesensitizationRate', value: 0.01, unit: '1/h', min: 0.002, max: 1, meaning: 'Rate at which occupied GnRH receptors desensitize (per unit occupancy).', source: 'calibrated: agonist flare lasts days (Tornøe 2007); receptor module after Li & Goldbeter 1989' }),
  pituitary({ id: 'receptorRecoveryRate', value: 0.3, unit: '1/h', min: 0.05, max: 5, meaning: 'Rate at which desensitized receptors recover while free of ligand.', source: 'Li & Goldbeter 1989 (recovery between pulses); Belchetz 1978' }),
  pituitary({ id: 'responsivenessRecoveryDays', value: 28, unit: 'd', min: 1, max: 90, meaning: 'Half-time of recovery of pituitary responsiveness (receptor number) after down-regulation.', source: 'calibrated: agonist suppression reverses within weeks (Tornøe 2007)' }),
  pituitary({ id: 'downregulationRatio', value: 40, unit: 'dimensionless', min: 1, max: 200, meaning: 'Down-regulation rate relative to recovery under fully sustained desensitization (sets depth of agonist suppression).', source: 'calibrated: castrate-level testosterone under agonist depot' }),
  pituitary({ id: 'downregulationThreshold', value: 0.08, unit: 'fraction', min: 0.02, max: 0.9, meaning: 'Desensitized receptor fraction at which down-regulation is half-maximal.', source: 'calibrated: pulsed gonadorelin sustains, continuous suppresses (Belchetz 1978)' }),
  pituitary({ id: 'basalGonadotropinFraction', value: 0.05, unit: 'fraction', min: 0, max: 0.3, meaning: 'Share of baseline LH release and synthesis that does not need GnRH.', source: 'assumed: LH and FSH low but measurable in GnRH deficiency' }),
  pituitary({ id: 'synthesisHalfLifeDays', value: 5, unit: 'd', min: 0.25, max: 14, meaning: 'Half-time with which LH and FSH synthesis follows the GnRH signal.', source: 'assumed; Tornøe 2007 (slow compartment behind LH release)' }),
  pituitary({ id: 'synthesisGnrhExponent', value: 0.5, unit: 'dimensionless', min: 0, max: 1, meaning: 'How strongly LH/FSH synthesis depends on the GnRH signal (power); the rest of the response is acute release.', source: 'calibrated: LH stays suppressed between weekly injections (WHO 1990), LH ×2.6 on withdrawal' }),
  pituitary({ id: 'fshBasalFraction', value: 0.12, unit: 'fraction', min: 0, max: 0.6, meaning: 'Share of baseline FSH secretion that does not need GnRH.', source: 'calibrated: FSH rises ~4-fold from GnRH-deficient levels with pulsatile GnRH' }),
  pituitary({ id: 'lhReleaseRate', value: 0.02, unit: '1/h', min: 0.002, max: 0.2, meaning: 'Fraction of the LH pool released per hour at baseline stimulation.', source: 'Tornøe 2007 (pool model of the agonist flare)' }),
  pituitary({ id: 'lhPoolLossRate', value: 0.1, unit: '1/h', min: 0.01, max: 1, meaning: 'Intracellular turnover of pooled LH (not released).', source: 'calibrated: LH ×2.6 after sex-steroid withdrawal' }),
  pituitary({ id: 'lhHalfLifeHours', value: 1.7, unit: 'h', min: 1.3, max: 2.3, meaning: 'Serum half-life of LH.', source: 'Tornøe 2007 (1.3–2.3 h)', onlyWith: 'gnrhPulses' }),
  pituitary({ id: 'fshHalfLifeHours', value: 8, unit: 'h', min: 6, max: 12, meaning: 'Serum half-life of FSH.', source: 'Wide 2022 (6–12 h)' }),
  pituitary({ id: 'inhibinFeedbackWeight', value: 2, unit: 'dimensionless', min: 0, max: 10, meaning: 'Weight of inhibin B feedback on FSH at baseline.', source: 'calibrated: FSH governed largely by inhibin B (Anawalt 1996)' }),
  pituitary({ id: 'fshGnrhExponent', value: 1, unit: 'dimensionless', min: 0.2, max: 1.5, meaning: 'How strongly FSH secretion follows gonadotrope synthesis capacity (power); FSH is released mostly as it is made.', source: 'calibrated: LH rises more than FSH after sex-steroid withdrawal (×2.6 vs ×2)' }),
  pituitary({ id: 'fshEstrogenWeight', value: 2.0, unit: 'dimensionless', min: 0, max: 5, meaning: 'Weight of estrogen feedback on FSH at the pituitary at baseline.', source: 'calibrated: FSH ×2 vs LH ×2.6 after sex-steroid withdrawal' }),

  testes({ id: 'testosteroneHalfLifeHours', value: 2, unit: 'h', min: 0.5, max: 8, meaning: 'Apparent serum half-life of testosterone.', source: 'brief §1 (0.5–8 h across models)', onlyWith: 'gnrhPulses' }),
  testes({ id: 'peripheralAromatizationShare', value: 0.8, unit: 'fraction', min: 0.5, max: 0.95, meaning: 'Share of estradiol made by aromatization of circulating testosterone (the rest in the testes).', source: 'brief §1 (~80% peripheral)' }),
  testes({ id: 'ittSerumShare', value: 0.0118, unit: 'fraction', min: 0.005, max: 0.05, meaning: 'Share of baseline intratesticular testosterone that comes from serum (ITT ≈ 85× serum).', source: 'Coviello 2005 (ITT ~85× serum; falls ~94% under exogenous T)' }),
  testes({ id: 'ittHalfLifeHours', value: 12, unit: 'h', min: 2, max: 48, meaning: 'Time scale of intratesticular testosterone.', source: 'assumed (hours)' }),
  conditions({ id: 'leydigSteroidogenesis', value: 1, unit: 'dimensionless', min: 0, max: 1.5, meaning: 'Subject knob: Leydig steroidogenic enzyme activity relative to a healthy man (0 = sex-steroid synthesis blocked while Sertoli cells stay intact). Outputs stay relative to a healthy man.', source: 'model knob for sex-steroid withdrawal (Santen 1975 style experiments)', subjectKnob: true }),
  testes({ id: 'leydigSaturation', value: 3, unit: 'relative LH', min: 0.2, max: 5, meaning: 'Half-saturation of steroidogenesis by the LH-receptor signal (relative to baseline; the response is scaled to 1 at baseline).', source: 'assumed: steroidogenesis saturates at about twice baseline LH' }),
  testes({ id: 'leydigCapacityHalfLifeDays', value: 30, unit: 'd', min: 5, max: 90, meaning: 'Half-time of Leydig-cell capacity following trophic LH.', source: 'calibrated: testosterone recovery takes months after therapy (Liu 2006)' }),
  testes({ id: 'leydigTrophicSaturation', value: 2, unit: 'relative LH', min: 0.1, max: 5, meaning: 'LH-receptor signal at which the trophic effect on Leydig capacity is half-saturated (relative form).', source: 'assumed' }),
  testes({ id: 'leydigDesensitization', value: 0.05, unit: 'dimensionless', min: 0, max: 1, meaning: 'Leydig LH-receptor desensitization at baseline LH relative to recovery (grows with the square of stimulation).', source: 'assumed: repeated high hCG doses desensitize Leydig cells' }),
  testes({ id: 'leydigRecoveryDays', value: 3, unit: 'd', min: 0.5, max: 14, meaning: 'Half-time of Leydig LH-receptor recovery.', source: 'assumed (days)' }),

  tubules({ id: 'ittHalfEffect', value: 0.2, unit: 'relative ITT', min: 0.05, max: 0.8, meaning: 'Intratesticular testosterone (relative) giving half-maximal support of spermatogenesis.', source: 'assumed: ITT far exceeds what spermatogenesis needs (Coviello 2005)' }),
  tubules({ id: 'fshHalfEffect', value: 0.1, unit: 'relative FSH', min: 0.05, max: 2, meaning: 'FSH (relative) giving half-maximal support of spermatogenesis.', source: 'assumed' }),
  tubules({ id: 'spermSuppressionHalfDays', value: 24, unit: 'd', min: 7, max: 90, meaning: 'Half-time of spermatogenic decline when support falls.', source: 'calibrated: suppression half-time ~5.5 weeks of sperm output (Handelsman 2005)' }),
  tubules({ id: 'spermRecoveryHalfDays', value: 45, unit: 'd', min: 14, max: 180, meaning: 'Half-time of spermatogenic recovery when support returns.', source: 'calibrated: recovery half-time ~10.5 weeks (Handelsman 2005); Liu 2006' }),
  tubules({ id: 'spermTransitHalfDays', value: 12, unit: 'd', min: 3, max: 30, meaning: 'Half-time of transit from tubules to ejaculate.', source: 'assumed: epididymal transit ~1–2 weeks' }),
  tubules({ id: 'inhibinHalfLifeHours', value: 24, unit: 'h', min: 4, max: 96, meaning: 'Time scale of serum inhibin B.', source: 'brief §1 (days)' }),
  tubules({ id: 'inhibinGermCellShare', value: 0.4, unit: 'fraction', min: 0, max: 1, meaning: 'Share of inhibin B that depends on germ-cell activity (the rest on Sertoli cells alone).', source: 'assumed (Anawalt 1996: inhibin B falls with spermatogenesis)' }),
  tubules({ id: 'inhibinFshExponent', value: 0.5, unit: 'dimensionless', min: 0, max: 2, meaning: 'How strongly FSH stimulates inhibin B secretion (power of relative FSH).', source: 'assumed' }),

  conditions({ id: 'obesityAromataseFactor', value: 2.5, unit: 'dimensionless', min: 1, max: 5, meaning: 'Aromatase activity in the obesity condition, relative to healthy.', source: 'calibrated: obese men with low testosterone (Helo 2017)', onlyWith: 'obesity' }),
  conditions({ id: 'agingAromataseFactor', value: 1.15, unit: 'dimensionless', min: 1, max: 3, meaning: 'Aromatase activity in the aging condition, relative to healthy (more adipose tissue keeps estradiol normal while testosterone falls).', source: 'assumed; calibrated to Leder 2004 (older men: E2 normal, T low)', onlyWith: 'aging' }),
  conditions({ id: 'agingLeydigResponse', value: 0.6, unit: 'dimensionless', min: 0.2, max: 1, meaning: 'Leydig response to LH in the aging condition, relative to healthy.', source: 'Keenan & Veldhuis 2001 (weaker LH → T drive)', onlyWith: 'aging' }),
  conditions({ id: 'hypogonadismLeydigCapacity', value: 0.35, unit: 'dimensionless', min: 0.05, max: 1, meaning: 'Maximal Leydig capacity in primary hypogonadism, relative to healthy.', source: 'assumed', onlyWith: 'primary-hypogonadism' }),
  conditions({ id: 'hypogonadismSertoliFunction', value: 0.5, unit: 'dimensionless', min: 0.05, max: 1, meaning: 'Sertoli-cell function in primary hypogonadism, relative to healthy.', source: 'assumed', onlyWith: 'primary-hypogonadism' }),
];
