/**
 * States, quantities and derivatives of the somatotropic axis (axis only;
 * agents add their own compartments and the signals sGhrh, sGhs and sGhIn).
 * Time in hours; GHRH and somatostatin (SRIF) in pg/mL, GH in ng/mL, IGF-1 in
 * µg/L, GHS in Farhy's dimensionless units; Rg and P are fractions.
 *
 * Basis: Farhy, Bowers & Veldhuis 2007 without its delays (its GHRH, SRIF and
 * GH settle to an equilibrium, which stands here for the pulse-averaged level;
 * GHRH and GH quasi-steady). Hill function hill(x; t, n) = (x/t)ⁿ/(1 + (x/t)ⁿ).
 *
 * Ghrelin receptor: effective input ghs = (ghs₀ + s.GHS)·Rg/Rg₀, where Rg
 * (receptors not desensitized) falls with occupancy q = load/(load + tg1):
 *   dRg/dt = kGrRec·(1 − Rg) − kGrDes·q·Rg
 *   F1 = g1·hill(ghs; tg1, ng1) (opposes SRIF at the somatotroph),  F2 = g2·hill(ghs; tg2, ng2) (at GHRH neurones)
 * Hypothalamus (SRIF tones pulse-averaged, following their drive with kS):
 *   GHRH = f.hyp·(kr3/k3)·(1 + F2)/(1 + ((Sp + Sa)/t4)^n4 + F2)
 *   dSp/dt = kS·((kr4·hill(GH; t5, n5) + f.srif·Sb·(1 − wIs + wIs·IGF/Iref))/k4 − Sp)
 *   dSa/dt = kS·((kr2/k2)·hill(GHRH; t3, n3) − Sa)
 * Pituitary: GHRH-receptor signal r = f.GHRHR·(GHRH + s.GHRH); release drive
 *   x = (hill(r; t1, n1) + g0·hill(ghs; tg0, ng0))·(1 + F1)/(1 + (Sp/t2)^n2 + F1) / (1 + IGF/KIp)
 * a releasable store P (MacGregor & Leng 2005) refilled by GHRH-driven synthesis,
 *   dP/dt = kFill·(β + (1 − β)·r/(r + t1))·(1 − P) − (kOut·x + kDeg)·P
 * and a secretory capacity that GHRH keeps up over days (trophic action; GHRH-receptor
 * defects leave a small pituitary):
 *   dCg/dt = kT·(r − Cg),   cap = (1 + Kt)·q/(q + Kt),  q = Cg/GHRHref
 *   GH = (kr1·f.pit·cap·x·P + s.GHin)/(k1·f.clear)     (s.GHin: exogenous GH entering, ng/mL/h)
 * Liver: dIGF/dt = kI·(f.liver·Imax·g/√(1 + g²) − IGF) + s.IGFin,  g = GH/KGH   (linear, then saturating)
 *
 * What emerges rather than being written in: a GHRH analogue raises hill(r);
 * a GHS raises (1 + F1)/(…+ F1) and GHRH, so together they multiply
 * (synergy), and without GHRH signalling the product is small (a GHS needs
 * endogenous GHRH); IGF-1 brakes through Sp and at the somatotroph.
 *
 * Explicit GH pulses (scenario option `ghPulses`, ./pulse-mode.ts) replace what
 * reaches the pituitary and the blood — ghrh, ghrhActionNow, srifPev, srifShape, gh,
 * ownGh, igfOutput, here the pulse-averaged values (srifShape = 1) — by GHRH bursts,
 * fast somatostatin, GH with its own half-life and a running mean of hepatic output;
 * ghMean and ownGhMean stay the averaged model's GH, so ghrhTarget and the tones Sp,
 * Sa stay the neurones' pulse-mean output and restraint, and Sp the level of the
 * somatotroph's somatostatin brake (srifOnGh).
 */
import type { Expression, Formula, OutputSource, StateSource } from '../../model-source';

/** (x/t)ⁿ as its own quantity, so each Hill function hill = p/(1 + p) raises to the power once per right-hand side. */
const hillPower = (x: string, t: string, n: string, meaning: string): Formula => ({ expr: `(pos(${x})/${t})^${n}`, meaning });
const hill = (p: string): string => `${p}/(1 + ${p})`;

/**
 * Farhy's GH release term for a given GHRH action: GHRH and GHS action, braked by periventricular
 * somatostatin and IGF-1. The averaged model reads it with the action now; the pulse mode also with
 * the pulse-mean action, for the averaged GH that sets somatostatin's tone (./pulse-mode.ts).
 */
export const ghReleaseTerm = (ghrhActionTerm: string): string => `(${ghrhActionTerm} + ghsDirectAction)*(1 + F1)/(1 + srifOnGh + F1)/(1 + igfOnGh)`;

/** The axis states, in state-vector order. */
export const GH_IGF1_STATES: Readonly<Record<string, StateSource>> = {
  Sp: { label: 'Periventricular somatostatin tone', unit: 'pg/mL', baseline: '36' },
  Sa: { label: 'Arcuate somatostatin tone', unit: 'pg/mL', baseline: '9' },
  Rg: { label: 'Ghrelin receptors available (not desensitized)', unit: 'fraction', baseline: 'Rg0' },
  P: { label: 'Releasable GH store of the somatotrophs', unit: 'fraction of capacity', baseline: '0.7' },
  Cg: { label: 'Trophic GHRH signal (GHRH-receptor signal averaged over days)', unit: 'pg/mL GHRH-equivalent', baseline: '160' },
  IGF: { label: 'Serum IGF-1', unit: 'µg/L', baseline: '200' },
};

/** Intermediate quantities, in the order a reader follows the loop. */
export const GH_IGF1_QUANTITIES: Readonly<Record<string, Expression | Formula>> = {
  // Ghrelin receptor
  ghsLoad: { expr: 'ghsEndogenous + sGhs', meaning: 'ghrelin-receptor agonist load: endogenous tone plus agents', unit: 'GHS units' },
  ghsOccupancy: { expr: 'ghsLoad/(ghsLoad + tg1)', meaning: 'ghrelin-receptor occupancy', unit: 'fraction' },
  ghs: { expr: 'ghsLoad*pos(Rg)/Rg0', meaning: 'effective ghrelin-receptor signal (desensitization removes part of it)', unit: 'GHS units' },
  ghsAtSomatotroph: hillPower('ghs', 'tg1', 'ng1', '(ghs/tg1)^ng1: the GHS signal in F1’s Hill function'),
  F1: { expr: `g1*${hill('ghsAtSomatotroph')}`, meaning: 'GHS opposing somatostatin at the somatotroph' },
  ghsAtGhrhNeurones: hillPower('ghs', 'tg2', 'ng2', '(ghs/tg2)^ng2: the GHS signal in F2’s Hill function'),
  F2: { expr: `g2*${hill('ghsAtGhrhNeurones')}`, meaning: 'GHS opposing somatostatin at GHRH neurones' },
  // Hypothalamus
  srifTotal: { expr: 'pos(Sp) + pos(Sa)', meaning: 'somatostatin acting on GHRH neurones', unit: 'pg/mL' },
  srifOnGhrh: { expr: '(srifTotal/t4)^n4', meaning: 'somatostatin restraint of GHRH release' },
  ghrhTarget: { expr: 'fHyp*kr3/k3*(1 + F2)/(1 + srifOnGhrh + F2)', meaning: 'endogenous GHRH, pulse-averaged: what the GHRH neurones release on average', unit: 'pg/mL' },
  ghrh: { expr: 'ghrhTarget', meaning: 'endogenous GHRH at the pituitary now (its pulse mean unless pulses are explicit)', unit: 'pg/mL' },
  // Pituitary
  ghrhSignal: { expr: 'fGhrhR*(ghrhTarget + sGhrh)', meaning: 'GHRH-receptor signal of endogenous GHRH and GHRH analogues (pulse mean)', unit: 'pg/mL GHRH-equivalent' },
  ghrhOnGh: hillPower('ghrhSignal', 't1', 'n1', '(GHRH signal/t1)^n1: GHRH in its Hill function at the somatotroph'),
  ghrhAction: { expr: hill('ghrhOnGh'), meaning: 'GHRH action on GH release (Hill; pulse mean)' },
  ghrhActionNow: { expr: 'ghrhAction', meaning: 'GHRH action on GH release now (its pulse mean unless pulses are explicit)' },
  ghsOnGh: hillPower('ghs', 'tg0', 'ng0', '(ghs/tg0)^ng0: the GHS signal in its direct Hill function'),
  ghsDirectAction: { expr: `g0*${hill('ghsOnGh')}`, meaning: 'GHRH-independent GH release by GHS' },
  srifPev: { expr: 'pos(Sp)', meaning: 'periventricular somatostatin at the somatotroph (its tone unless pulses are explicit)', unit: 'pg/mL' },
  srifOnGh: { expr: '(srifPev/t2)^n2', meaning: 'periventricular somatostatin restraint of GH release' },
  igfOnGh: { expr: 'pos(IGF)/KIp', meaning: 'direct IGF-1 restraint of GH release at the somatotroph' },
  srifShape: { expr: '1', meaning: 'within-cycle shape fast somatostatin gives GH release (1 unless pulses are explicit)' },
  release: { expr: `${ghReleaseTerm('ghrhActionNow')}*srifShape`, meaning: 'GH release drive x (Farhy’s GH secretion term, per unit store)' },
  synthesis: { expr: 'synBasal + (1 - synBasal)*ghrhSignal/(ghrhSignal + t1)', meaning: 'GHRH-driven GH synthesis into the store, as a share of its maximum' },
  trophic: { expr: 'pos(Cg)/ghrhRef', meaning: 'GHRH’s trophic signal relative to the reference GHRH level' },
  capacity: { expr: '(1 + Kt)*trophic/(trophic + Kt)', meaning: 'somatotroph secretory capacity kept up by GHRH (near 1 in health)' },
  ghSecretion: { expr: 'kr1*fPit*capacity*release*pos(P)', meaning: 'GH secretion', unit: 'ng/mL/h' },
  gh: { expr: '(ghSecretion + sGhIn)/(k1*fClear)', meaning: 'serum GH, own and given (pulse-averaged)', unit: 'ng/mL' },
  ownGh: { expr: 'ghSecretion/(k1*fClear)', meaning: 'serum GH secreted by the pituitary', unit: 'ng/mL' },
  ownGhMean: { expr: 'ownGh', meaning: 'serum GH secreted by the pituitary, pulse mean (ownGh unless pulses are explicit)', unit: 'ng/mL' },
  ghMean: { expr: 'gh', meaning: 'serum GH, own and given, pulse mean (gh unless pulses are explicit)', unit: 'ng/mL' },
  // Somatostatin drives
  ghOnSrif: hillPower('ghMean', 't5', 'n5', '(GH/t5)^n5: GH in its Hill function driving periventricular somatostatin'),
  srifPevTarget: { expr: `(kr4*${hill('ghOnSrif')} + fSrif*Sb*(1 - wIs + wIs*pos(IGF)/Iref))/k4`, meaning: 'periventricular somatostatin driven by GH and IGF-1', unit: 'pg/mL' },
  ghrhOnArc: hillPower('ghrhTarget', 't3', 'n3', '(GHRH/t3)^n3: GHRH in its Hill function driving arcuate somatostatin'),
  srifArcTarget: { expr: `kr2/k2*${hill('ghrhOnArc')}`, meaning: 'arcuate somatostatin driven by GHRH neurones', unit: 'pg/mL' },
  // Liver
  igfTarget: { expr: 'fLiver*Imax*(gh/KGH)/sqrt(1 + (gh/KGH)^2)', meaning: 'IGF-1 the liver makes at the current GH', unit: 'µg/L' },
  igfOutput: { expr: 'igfTarget', meaning: 'hepatic IGF-1 output reaching serum (a running mean of igfTarget when pulses are explicit)', unit: 'µg/L' },
};

/** Derivatives of the axis states. */
export const GH_IGF1_DERIVATIVES: Readonly<Record<string, Expression>> = {
  Sp: 'kS*(srifPevTarget - Sp)',
  Sa: 'kS*(srifArcTarget - Sa)',
  Rg: 'kGrRec*(1 - Rg) - kGrDes*ghsOccupancy*Rg',
  P: 'kFill*synthesis*(1 - P) - (kOut*release + kDeg)*pos(P)',
  Cg: 'kT*(ghrhSignal - Cg)',
  IGF: 'kI*(igfOutput - IGF) + sIgfIn',
};

/** Reported outputs, in column order (relative to the healthy young man). */
export const GH_IGF1_OUTPUT_SOURCES: readonly OutputSource[] = [
  { id: 'gh', label: 'GH', description: 'Serum growth hormone, own and given (pulse-averaged, the 24-h mean, unless pulses are shown)', expr: 'gh' },
  { id: 'igf1', label: 'IGF-1', description: 'Serum IGF-1, made by the liver in response to GH', expr: 'IGF' },
  { id: 'ghrh', label: 'GHRH', description: 'Hypothalamic GHRH (pulse-averaged unless pulses are shown), without any analogue given', expr: 'ghrh' },
  { id: 'somatostatin', label: 'Somatostatin', description: 'Hypothalamic somatostatin, periventricular and arcuate (their tones unless pulses are shown)', expr: 'srifPev + Sa' },
  { id: 'ownGh', label: 'GH made by the pituitary', description: 'GH the pituitary itself secretes, without any that is given', expr: 'ownGh' },
  { id: 'ghStore', label: 'GH store', description: 'Releasable GH in the somatotrophs', expr: 'P' },
  { id: 'ghsr', label: 'Ghrelin-receptor responsiveness', description: 'Ghrelin receptors not desensitized', expr: 'Rg' },
];
