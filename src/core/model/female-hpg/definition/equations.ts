/**
 * States, quantities, derivatives and outputs of `female-hpg`: GynCycle
 * (Röblitz et al. 2013, J Theor Biol 321:8) reduced to 24 states, with its
 * antral follicle stages replaced by five follicle classes (./follicles.ts).
 * Time t in hours; concentrations in clinical units; scar and luteal stages
 * and GnRH in the paper's model units, follicles in mm. H(x; θ, n) =
 * xⁿ/(xⁿ + θⁿ), with θⁿ a constant (…N).
 *
 * What became algebraic (quasi-steady):
 * - serum LH and FSH (cleared in 10–15 min) with the follicular LH- and
 *   FSH-receptor triplets (each conserves its total and relaxes in minutes):
 *   the level is the non-negative root of a quadratic (see ./constants.ts),
 *   written as L = 2qc/(qb + √(qb² + 4qa·qc)). That form cancels only when
 *   qb ≪ 0 and 4qa·qc/qb² is tiny; on the reference cycle that ratio stays
 *   above 0.4, and it would take an input ~10⁸ times the surge's to lose digits;
 * - inhibin B (cleared in ~6 min);
 * - the five fast species of GynCycle's GnRH-receptor module, which become
 *   occupancy plus the desensitized fraction Dz and receptor number Rn in the
 *   form of `male-hpg`.
 * Added to GynCycle: lagged estrogen-, progesterone- and androgen-receptor
 * signals (Xe, Xp, Xa) through which hormones and agents act on hypothalamus
 * and pituitary; LH synthesis that needs responsive GnRH receptors (male-hpg's
 * form); FSH synthesis that needs GnRH at its receptors (fshSynthesisDrive);
 * a castrate rise of FSH synthesis when estradiol is low, held by inhibin B
 * while follicles grow, and an estrogen-receptor brake on it that inhibin B
 * does not hold; androgens and a condition factor blunting progesterone's
 * slowing of GnRH pulses (Eagleson et al. 2000; Pastor et al. 1998); the male
 * model's androgen-receptor feedback; aromatase inhibitors blocking the
 * follicles' aromatase less than peripheral aromatase (competition with
 * follicular androgen substrate).
 */
import type { Expression, Formula, OutputSource, StateSource } from '../../model-source';
import { FOLLICLE_DERIVATIVES, FOLLICLE_QUANTITIES, FOLLICLE_STATES } from './follicles';

const stage = (label: string, baseline: string): StateSource => ({ label, unit: 'model units (Röblitz 2013)', baseline });

/**
 * States in state-vector order. Baselines are GynCycle's initial values
 * (BIOMD0000000494), the start of the search for the reference cycle; the
 * receptor signals start at the hormones they follow, the receptor module at rest.
 */
export const FEMALE_HPG_STATES: Readonly<Record<string, StateSource>> = {
  G: { label: 'GnRH (pulse-averaged)', unit: 'model units (Röblitz 2013)', baseline: '0.00326' },
  Dz: { label: 'GnRH receptors, desensitized', unit: 'fraction of receptors', baseline: '0' },
  Rn: { label: 'GnRH-receptor number', unit: 'relative to the healthy cycle', baseline: '1' },
  LHpit: { label: 'LH pituitary pool', unit: 'IU', baseline: '261119' },
  FSHpit: { label: 'FSH pituitary pool', unit: 'IU', baseline: '48627.2' },
  Xe: { label: 'Estrogen-receptor signal', unit: 'pg/mL estradiol-equivalent', baseline: '45' },
  Xp: { label: 'Progesterone-receptor signal', unit: 'ng/mL progesterone-equivalent', baseline: '2.41' },
  Xa: { label: 'Androgen-receptor signal', unit: 'ng/mL testosterone-equivalent', baseline: '0.3' },
  OvF: stage('Ovulatory follicle', '7.652e-19'),
  Sc1: stage('Ovulatory scar, stage 1', '1.098e-8'),
  Sc2: stage('Ovulatory scar, stage 2', '2.171e-6'),
  Lut1: stage('Corpus luteum, stage 1', '2.762e-5'),
  Lut2: stage('Corpus luteum, stage 2', '3.772e-4'),
  Lut3: stage('Corpus luteum, stage 3', '3.34e-3'),
  Lut4: stage('Corpus luteum, stage 4', '1.385e-2'),
  E2: { label: 'Serum estradiol (own)', unit: 'pg/mL', baseline: '45' },
  P4: { label: 'Serum progesterone (own)', unit: 'ng/mL', baseline: '2.41' },
  InhA: { label: 'Serum inhibin A', unit: 'IU/mL', baseline: '1.07' },
  InhAd: { label: 'Inhibin A at the pituitary (delayed)', unit: 'IU/mL', baseline: '86.84' },
  ...FOLLICLE_STATES,
};

/** H(x; θ, n) with θⁿ given. */
const hill = (x: string, thetaN: string, n: string): Expression => `${x}^${n}/(${x}^${n} + ${thetaN})`;

/** Named intermediate quantities (any order; the compiler sorts them). */
export const FEMALE_HPG_QUANTITIES: Readonly<Record<string, Expression | Formula>> = {
  xe: { expr: 'pos(Xe)', meaning: 'estrogen-receptor signal', unit: 'pg/mL' },
  xp: { expr: 'pos(Xp)', meaning: 'progesterone-receptor signal', unit: 'ng/mL' },
  xa: { expr: 'pos(Xa)', meaning: 'androgen-receptor signal', unit: 'ng/mL' },
  // Hypothalamus
  androgenResistance: { expr: `1 + aPR*${hill('xa', 'tArN', 'nAr')}`, meaning: 'androgens blunt progesterone’s slowing of GnRH pulses (Eagleson 2000)' },
  progesteroneSlowing: { expr: '1 + (xp/(tP4f*androgenResistance*fP4Res))^nP4f', meaning: 'fold slowing of GnRH pulses by progesterone' },
  frequency: { expr: `fGnrh*f0*(1 + ${hill('xe', 'tE2fN', 'nE2f')})/progesteroneSlowing`, meaning: 'GnRH pulse frequency', unit: 'pulses/d' },
  massBrake: { expr: '1/(1 + (xe/tE2m2)^nE2m2)', meaning: 'share of GnRH pulse mass left by estradiol’s negative feedback' },
  massRise: { expr: hill('xe', 'tE2m1N', 'nE2m1'), meaning: 'estradiol’s rising (positive-feedback) term of GnRH pulse mass' },
  mass: { expr: 'a0*(massRise + massBrake)', meaning: 'GnRH per pulse: estradiol’s rising (positive) and falling (negative) terms', unit: 'model units' },
  androgenGnrhFold: { expr: '1 + wAF*xa^nAF/tAFN', meaning: 'fold restraint of GnRH output by androgen-receptor feedback, as in male-hpg (none at female testosterone levels)' },
  androgenBrake: { expr: '1/androgenGnrhFold', meaning: 'share of GnRH output left by androgen-receptor feedback' },
  // Pituitary GnRH receptor
  g: { expr: 'pos(G)/KG', meaning: 'GnRH relative to its half-occupancy level' },
  receptorLoad: { expr: '1 + g + sAgonist + sAntagonist', meaning: 'occupancy denominator: free receptor, GnRH, agonist, antagonist' },
  occupancy: { expr: '(g + sAgonist)/receptorLoad', meaning: 'GnRH-receptor occupancy by GnRH and agonist' },
  occupancyBlock: { expr: 'sAgonist/receptorLoad', meaning: 'occupancy by agonist, which blocks recovery from desensitization' },
  responsive: { expr: 'pos(Rn)*pos(1 - Dz)', meaning: 'receptors left after desensitization and down-regulation' },
  complex: { expr: 'N0*activeShare*responsive*occupancy', meaning: 'active GnRH–receptor complex (GynCycle GR_a + Ago_R_a)' },
  complexEndogenous: { expr: 'N0*activeShare*responsive*g/receptorLoad', meaning: 'its part bound to the body’s own GnRH' },
  // LH
  // male-hpg's form: desensitized or down-regulated GnRH receptors make less LH (1 in a cycle, where
  // Rn·(1 − Dz) stays near 1); GynCycle's synthesis has no GnRH term, so under a depot LH crept back.
  lhSynthesisReceptors: { expr: 'betaLf + (1 - betaLf)*responsive^psiLf', meaning: 'share of LH synthesis the GnRH receptors’ state allows (as in male-hpg)' },
  lhSynthesis: { expr: `fLhSyn*lhSynthesisReceptors*(bSynLH + kE2LH*${hill('xe', 'tE2LHN', 'nE2LH')})/(1 + xp/tP4LH)`, meaning: 'LH synthesis: estradiol’s positive feedback, braked by progesterone, needing responsive GnRH receptors', unit: 'IU/h' },
  lhRelease: { expr: `bRelLH + kGrLH*${hill('complex', 'tGrLHN', 'nGrLH')}`, meaning: 'LH release from the pool', unit: '1/h' },
  lhInput: { expr: 'pos(lhRelease*pos(LHpit)/V)', meaning: 'LH entering serum', unit: 'IU/L/h' },
  lhQb: 'lhQb0 - lhInput*lhA1',
  lh: { expr: '2*lhInput*kDesLH/(lhQb + sqrt(lhQb^2 + 4*lhQa*lhInput*kDesLH))', meaning: 'serum LH, quasi-steady with follicular receptor binding', unit: 'IU/L' },
  lhBound: { expr: 'nLH*kOnLH*lh/(kDesLH + lhA1*lh)', meaning: 'LH bound to follicular receptors', unit: 'model units' },
  // FSH
  inhibinB: { expr: 'fOvary*(bIhB + poolIhB*fReserve*fPool + growingInhibinB + kSc2IhB*pos(Sc2))/kClIhB', meaning: 'serum inhibin B, quasi-steady', unit: 'pg/mL' },
  inhibinABrake: { expr: 'pos(InhAd)^nIhA/tIhAN', meaning: 'delayed inhibin A’s brake on FSH synthesis' },
  inhibinBBrake: { expr: 'inhibinB^nIhB/tIhBN', meaning: 'inhibin B’s brake on FSH synthesis' },
  frequencyBrake: { expr: 'frequency^nFreq/tFreqN', meaning: 'fast GnRH pulses favour LH over FSH' },
  follicleHold: { expr: hill('inhibinB', 'tIhBCastN', 'nIhBCast'), meaning: 'share of the castrate FSH rise held back by inhibin B from growing follicles' },
  // The castrate rise of FSH synthesis (×(1 + wE)) needs both estradiol and inhibin B gone: the brake
  // holds with either, 1 − (1 − H(Xe))(1 − H(inhibin B)), so it is GynCycle's 1 in a cycle (estradiol
  // ≥ 28 pg/mL), estradiol's alone after menopause (no inhibin B), and about 1 while follicles grow.
  estradiolFshBrake: { expr: `1 + wE*(1 - (1 - ${hill('xe', 'tEfN', 'nEf')})*(1 - follicleHold))`, meaning: 'fold brake on FSH synthesis of estradiol, or of inhibin B from growing follicles where estradiol is low' },
  androgenFshBrake: { expr: '1 + wAFsh*xa^nAFsh/tAFshN', meaning: 'fold restraint of FSH synthesis by androgens at the pituitary, as in male-hpg (about 1% at female testosterone levels)' },
  // Not in GynCycle, whose FSH synthesis needs no GnRH: with GnRH nearly silent (a progestin's slow pulses
  // on the pill) its FSH rose to ~14–25 IU/L, as if no pulses were the slowest, most FSH-favouring ones.
  fshSynthesisDrive: { expr: `betaFs + (1 - betaFs)*${hill('complex', 'tFsDrN', 'nFsDr')}`, meaning: 'share of FSH synthesis the GnRH reaching the pituitary allows (≈1 through a cycle)' },
  fshSynthesis: { expr: 'fshSynthesisDrive*fFshSyn*kIhFSH*(1 + wE)*(1 + wEs)/((1 + wEs*xe^2/(xe^2 + tEsN))*estradiolFshBrake*androgenFshBrake*(1 + inhibinABrake + inhibinBBrake)*(1 + frequencyBrake))', meaning: 'FSH synthesis', unit: 'IU/h' },
  fshRelease: { expr: `bRelFSH + kGrFSH*${hill('complex', 'tGrFSHN', 'nGrFSH')}`, meaning: 'FSH release from the pool', unit: '1/h' },
  fshInput: { expr: 'pos(fshRelease*pos(FSHpit)/V)', meaning: 'FSH entering serum', unit: 'IU/L/h' },
  fshQb: 'fshQb0 - fshInput*fshA1',
  fsh: { expr: '2*fshInput*kDesFSH/(fshQb + sqrt(fshQb^2 + 4*fshQa*fshInput*kDesFSH))', meaning: 'serum FSH, quasi-steady with follicular receptor binding', unit: 'IU/L' },
  fshBound: { expr: 'nFSH*kOnFSH*fsh/(kDesFSH + fshA1*fsh)', meaning: 'FSH bound to follicular receptors', unit: 'model units' },
  // Ovary: the follicle classes (./follicles.ts) and the corpus luteum
  ...FOLLICLE_QUANTITIES,
  luteolysis: { expr: `1 + mLut*${hill('complex', 'tGrLutN', 'nGrLut')}`, meaning: 'GnRH-driven acceleration of the luteal stages' },
  // Steroids, inhibin A and receptor activations
  aiBlock: { expr: 'min(1, sAI)', meaning: 'fraction of peripheral aromatase blocked by inhibitors' },
  aromatase: { expr: '1 - aiBlock', meaning: 'peripheral aromatase activity left by inhibitors' },
  // A competitive inhibitor that blocks a fraction b at a site needs mAI times the drug for the same
  // block where its substrate is mAI times more abundant: b/(b + mAI·(1 − b)) is that block (Hill 1).
  ovarianAromatase: { expr: '1 - aiBlock/(aiBlock + mAI*(1 - aiBlock))', meaning: 'follicular aromatase activity left by inhibitors, which compete there with far more androgen substrate' },
  follicularE2: { expr: 'poolE2*fReserve*fPool + growingEstradiol + kLut1E2*pos(Lut1) + kLut4E2*pos(Lut4)', meaning: 'ovarian estradiol secretion: small-follicle pool, growing follicles, corpus luteum', unit: 'pg/mL/h' },
  inhibinASecretion: 'bIhA + dominantInhibinA + kSc1IhA*pos(Sc1) + kLut1IhA*pos(Lut1) + kLut2IhA*pos(Lut2) + kLut3IhA*pos(Lut3) + kLut4IhA*pos(Lut4)',
  estradiol: { expr: 'pos(E2) + sE2', meaning: 'serum estradiol, own and given', unit: 'pg/mL' },
  progesterone: { expr: 'pos(P4) + sP4', meaning: 'serum progesterone, own and given', unit: 'ng/mL' },
  testosterone: { expr: 'tAdrenal + fOvary*fTheca*tOvarian*lhBound/(lhBound + kThecaLH/fThecaLh) + sT', meaning: 'serum testosterone: adrenal, theca (LH-driven) and given', unit: 'ng/mL' },
  erActivation: { expr: '(estradiol + sErAgonist)/(1 + sErAntagonist)', meaning: 'estrogen-receptor activation at hypothalamus and pituitary', unit: 'pg/mL E2-equivalent' },
  prActivation: { expr: 'progesterone + sPrAgonist', meaning: 'progesterone-receptor activation', unit: 'ng/mL P4-equivalent' },
};

/** Derivatives (per hour), in state order. */
export const FEMALE_HPG_DERIVATIVES: Readonly<Record<string, Expression>> = {
  G: 'androgenBrake*frequency*mass/24 - kG*G - kCons*complexEndogenous',
  Dz: 'kDes*occupancy*(1 - Dz) - kRec*(1 - occupancyBlock)*Dz',
  Rn: 'kRnRec*(1 - Rn) - kRnDown*pos(Dz)^6/(pos(Dz)^6 + thetaDzN)*Rn',
  LHpit: 'lhSynthesis - lhRelease*LHpit',
  FSHpit: 'fshSynthesis - fshRelease*FSHpit',
  Xe: 'kXe*(erActivation - Xe)',
  Xp: 'kXp*(prActivation - Xp)',
  Xa: 'kXa*(testosterone - Xa)',
  OvF: 'folOvYield*rupture - kClOvF*OvF',
  Sc1: `kSc1*${hill('pos(OvF)', 'tOvFN', 'nOvFSc')} - kSc1Sc2*pos(Sc1)`,
  Sc2: 'kSc1Sc2*pos(Sc1) - kSc2Lut1*pos(Sc2)',
  Lut1: 'kSc2Lut1*pos(Sc2) - luteolysis*kLut12*pos(Lut1)',
  Lut2: 'luteolysis*(kLut12*pos(Lut1) - kLut23*pos(Lut2))',
  Lut3: 'luteolysis*(kLut23*pos(Lut2) - kLut34*pos(Lut3))',
  Lut4: 'luteolysis*(kLut34*pos(Lut3) - kClLut4*pos(Lut4))',
  E2: 'aromatase*fAromatase*(bE2 + kClE2*kTE2*sT) + ovarianAromatase*fOvary*follicularE2 - kClE2*E2',
  P4: 'bP4 + fOvary*kLut4P4*pos(Lut4) - kClP4*P4',
  InhA: 'fOvary*inhibinASecretion - kIhA*InhA',
  InhAd: 'kIhA*InhA - kClIhAd*InhAd',
  ...FOLLICLE_DERIVATIVES,
};

/** Reported outputs, each divided by its mean over the healthy reference cycle. */
export const FEMALE_HPG_OUTPUT_SOURCES: readonly OutputSource[] = [
  { id: 'lh', label: 'LH', description: 'Serum luteinizing hormone (IU/L in the model), relative to its reference-cycle mean', expr: 'lh' },
  { id: 'fsh', label: 'FSH', description: 'Serum follicle-stimulating hormone, relative to its reference-cycle mean', expr: 'fsh' },
  { id: 'estradiol', label: 'Estradiol', description: 'Serum estradiol, own and given, relative to its reference-cycle mean', expr: 'estradiol' },
  { id: 'progesterone', label: 'Progesterone', description: 'Serum progesterone, own and given, relative to its reference-cycle mean', expr: 'progesterone' },
  { id: 'inhibinA', label: 'Inhibin A', description: 'Serum inhibin A (dominant follicle and corpus luteum), relative to its reference-cycle mean', expr: 'pos(InhA)' },
  { id: 'inhibinB', label: 'Inhibin B', description: 'Serum inhibin B (growing follicle cohort), relative to its reference-cycle mean', expr: 'inhibinB' },
  { id: 'testosterone', label: 'Testosterone', description: 'Serum testosterone: adrenal, ovarian and given, relative to its reference-cycle mean', expr: 'testosterone' },
  { id: 'gnrh', label: 'GnRH', description: 'Pulse-averaged GnRH reaching the pituitary, relative to its reference-cycle mean', expr: 'pos(G)' },
  { id: 'gnrhFrequency', label: 'GnRH pulse frequency', description: 'GnRH pulse frequency set by estradiol and progesterone, relative to its reference-cycle mean', expr: 'frequency' },
  { id: 'follicles', label: 'Leading follicle', description: 'Diameter of the largest follicle (mm in the model), relative to its reference-cycle mean', expr: 'leadingFollicle' },
  { id: 'corpusLuteum', label: 'Corpus luteum', description: 'Corpus luteum, all four stages, relative to its reference-cycle mean', expr: 'pos(Lut1) + pos(Lut2) + pos(Lut3) + pos(Lut4)' },
];
