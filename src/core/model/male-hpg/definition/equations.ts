/**
 * States, quantities, switches, derivatives and outputs of the male HPG model
 * (axis only; agents add their own states and signals). Time in hours;
 * concentrations relative to the healthy baseline (= 1); receptor states are
 * fractions. Symbols: the constants of ./constants.ts, the agents' summed
 * signals s… (./signals in index.ts) and the subject's condition factors f…
 * (./conditions.ts). Pulse-averaged by default: GnRH, LH, testosterone and
 * estradiol, whose half-lives are at or below a pulse interval, follow their
 * production quasi-statically (./pulse-mode.ts resolves them in time).
 */
import type { Expression, Formula, OutputSource, StateSource, SwitchSource } from '../../model-source';

const rel = 'relative to baseline';

/** The axis states, in state-vector order. */
export const MALE_HPG_STATES: Readonly<Record<string, StateSource>> = {
  Dz: { label: 'GnRH receptors, desensitized', unit: 'fraction of receptors', baseline: 'Dz0' },
  Rn: { label: 'Pituitary responsiveness (receptor number)', unit: rel, baseline: 'Rn0' },
  P: { label: 'LH pituitary pool', unit: rel, baseline: '1' },
  F: { label: 'Serum FSH', unit: rel, baseline: '1' },
  I: { label: 'Intratesticular testosterone', unit: rel, baseline: '1' },
  C: { label: 'Leydig-cell capacity', unit: rel, baseline: '1' },
  Ld: { label: 'Leydig LH receptors available', unit: 'fraction', baseline: 'Ld0' },
  B: { label: 'Inhibin B', unit: rel, baseline: '1' },
  W: { label: 'Spermatogenic activity', unit: rel, baseline: '1' },
  Z: { label: 'Sperm output index', unit: rel, baseline: '1' },
  Y: { label: 'Gonadotrope synthesis capacity', unit: rel, baseline: '1' },
  Xa: { label: 'Androgen-receptor feedback signal', unit: rel, baseline: '1' },
  Xe: { label: 'Estrogen-receptor feedback signal', unit: rel, baseline: '1' },
};

/** Intermediate quantities, in the order a reader follows the loop. */
export const MALE_HPG_QUANTITIES: Readonly<Record<string, Expression | Formula>> = {
  // Hypothalamus
  erHill: { expr: 'pos(Xe)^nE', meaning: 'estrogen-receptor feedback signal raised to its Hill exponent' },
  gnrhTarget: { expr: 'fHyp*(1 + aH + eH)/(1 + aH*pos(Xa)^nA + eH*erHill)', meaning: 'pulse-averaged GnRH set by androgen and estrogen feedback', unit: rel },
  gnrh: { expr: 'gnrhTarget', meaning: 'GnRH reaching the pituitary', unit: rel },
  // Pituitary GnRH receptor (after Li & Goldbeter 1989)
  g: { expr: 'wG*gnrh', meaning: 'receptor load of endogenous GnRH' },
  occupancy: { expr: '(g + sAgonist)/(1 + g + sAgonist + sAntagonist)', meaning: 'GnRH-receptor occupancy', unit: 'fraction' },
  occBlock: { expr: 'sAgonist/(1 + g + sAgonist + sAntagonist)', meaning: 'occupancy that blocks recovery (endogenous pulses leave receptors free between pulses)', unit: 'fraction' },
  downregulation: { expr: 'pos(Dz)^6/(pos(Dz)^6 + thetaDzN)', meaning: 'down-regulation drive H(Dz), Hill exponent 6' },
  signal: { expr: 'pos(occupancy/occ0*((1 - Dz)/(1 - Dz0))*(Rn/Rn0))', meaning: 'GnRH signal π, 1 at baseline' },
  // Gonadotropins (Tornøe 2007-type LH pool)
  pit: { expr: '(1 + eP)/(1 + eP*erHill)', meaning: 'pituitary estrogen feedback on LH release' },
  drive: { expr: 'beta + (1 - beta)*signal*pit', meaning: 'LH release drive D' },
  lh: { expr: 'drive*pos(P)', meaning: 'serum LH', unit: rel },
  fshDrive: { expr: 'betaF + (1 - betaF)*pos(Y)^zetaF', meaning: 'FSH secretion before feedback' },
  // Testes
  x: { expr: 'lh + sHcg', meaning: 'LH-receptor signal (hCG adds)', unit: 'baseline LH' },
  stim: { expr: 'x*pos(Ld)/Ld0', meaning: 'Leydig stimulation y = x·Ld/Ld0' },
  secretion: { expr: 'fTestes*fLeydig*fSteroid*pos(C)*(stim*(1 + Kx)/(stim + Kx))', meaning: 'testicular testosterone secretion', unit: rel },
  testosterone: { expr: 'secretion + sAndrogen', meaning: 'serum testosterone', unit: rel },
  aromatase: { expr: 'fArom*(1 - min(1, sAI))', meaning: 'aromatase activity left by an inhibitor' },
  estradiol: { expr: 'aromatase*(fPer*testosterone + (1 - fPer)*secretion)', meaning: 'serum estradiol', unit: rel },
  erActivation: { expr: '(estradiol + sErAgonist)/(1 + sErAntagonist)', meaning: 'estrogen-receptor activation ε' },
  // Tubules
  ittSupport: { expr: 'pos(I)^3/(pos(I)^3 + KIN)*(1 + KIN)', meaning: 'support of spermatogenesis by intratesticular T (Hill 3)' },
  fshSupport: { expr: 'pos(F)*(1 + KF)/(pos(F) + KF)', meaning: 'support of spermatogenesis by FSH' },
  wTarget: { expr: 'fSertoli*fTestes*ittSupport*fshSupport', meaning: 'spermatogenic activity the support sustains', unit: rel },
};

/** Declared switches. */
export const MALE_HPG_SWITCHES: Readonly<Record<string, SwitchSource>> = {
  spermFalling: { when: 'wTarget < W', meaning: 'spermatogenesis declines at its suppression rate and recovers at its (slower) recovery rate' },
};

/** Derivatives of the axis states. */
export const MALE_HPG_DERIVATIVES: Readonly<Record<string, Expression>> = {
  Dz: 'kDes*occupancy*(1 - Dz) - kRec*(1 - occBlock)*Dz',
  Rn: 'kRnRec*(1 - Rn) - kRnDown*downregulation*Rn',
  P: 'kSyn*(beta + (1 - beta)*pos(Y)) - kRel*drive*P - kDeg*P',
  F: 'kF*(fshDrive*(1 + iB + eF)/(1 + iB*pos(B) + eF*erHill) - pos(F))',
  I: 'kI*(fTestes*((1 - sItt)*secretion + sItt*testosterone) - pos(I))',
  C: 'kC*(fCap*stim*(1 + Kc)/(stim + Kc) - C)',
  Ld: 'kLdRec*(1 - Ld) - kLdDes*x*x*Ld',
  B: 'kB*(fSertoli*fTestes*(1 - gB + gB*W)*pos(F)^etaB - pos(B))',
  W: '(spermFalling ? kWdown : kWup)*(wTarget - W)',
  Z: 'kZ*(W - Z)',
  Y: 'kY*(signal^psi/synthesisScale - pos(Y))',
  Xa: 'kX*(testosterone - Xa)',
  Xe: 'kX*(erActivation - Xe)',
};

/** Reported outputs, in column order (relative to the healthy baseline). */
export const MALE_HPG_OUTPUT_SOURCES: readonly OutputSource[] = [
  { id: 'gnrh', label: 'GnRH', description: 'Hypothalamic GnRH output (pulse-averaged unless pulses are shown)', expr: 'gnrh' },
  { id: 'lh', label: 'LH', description: 'Serum luteinizing hormone', expr: 'lh' },
  { id: 'fsh', label: 'FSH', description: 'Serum follicle-stimulating hormone', expr: 'F' },
  { id: 'testosterone', label: 'Testosterone', description: 'Serum testosterone, own and given', expr: 'testosterone' },
  { id: 'estradiol', label: 'Estradiol', description: 'Serum estradiol, mostly made from testosterone by aromatase', expr: 'estradiol' },
  { id: 'inhibinB', label: 'Inhibin B', description: 'Serum inhibin B from Sertoli and germ cells', expr: 'B' },
  { id: 'itt', label: 'Intratesticular T', description: 'Testosterone inside the testes, which sperm production needs', expr: 'I' },
  { id: 'leydig', label: 'Leydig capacity', description: 'How much testosterone the Leydig cells can make (slow, follows LH)', expr: 'C' },
  { id: 'sperm', label: 'Sperm production', description: 'Sperm output index (weeks to months to change)', expr: 'Z' },
  { id: 'ownTestosterone', label: 'Testosterone made by the testes', description: 'Testosterone the testes themselves secrete, without any that is given; relative to a healthy man', expr: 'secretion' },
];
