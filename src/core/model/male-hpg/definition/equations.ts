/**
 * States, quantities and derivatives of the male HPG model (axis only; agents
 * add their own states and signals). Time in hours; concentrations relative to
 * the healthy baseline (= 1); Dz and Ld are fractions. Symbols: the constants
 * of ./constants.ts (sources in ../parameters.ts), the agents' summed signals
 * s… (index.ts) and the subject's condition factors f… (./conditions.ts).
 * Pulse-averaged by default: GnRH, LH, testosterone and estradiol follow their
 * production quasi-statically (./pulse-mode.ts resolves them in time).
 *
 * Hypothalamus: steroid feedback acts through receptor signals that follow serum levels over hours
 *   dXa/dt = kX·(T − Xa),   dXe/dt = kX·(ε − Xe)
 *   G  = f.hyp·(1 + aH + eH)/(1 + aH·Xa^nA + eH·Xe^nE)                pulse-averaged GnRH output
 * Pituitary GnRH receptor: occupied receptors desensitize; they recover only while free
 *   occ = (g + u)/(1 + g + u + b),  occP = (g + min(u, p))/(…),  occT = occ − occP (tonic part)
 *   dDz/dt = kDes·occ·(1 − Dz) − (kRec·(1 − occT)^mRec + kRecycle)·Dz
 *   σ = (occ/occ0)·(1 − Dz)/(1 − Dz0),  ρ = (occP/occ0)·(1 − Dz)/(1 − Dz0)
 * Responsiveness: GnRH pulses keep up receptor number and subunit synthesis (self-priming), a
 * threshold response to the pulse-coded signal ρ (in pulse mode its mean over a few pulses, ρ̄):
 * a ramp between ρLow and ρHigh whose corners are declared switches, so the solver locates
 * them rather than stepping over them (a GnRH bolus crosses the band within minutes)
 *   H = 0 (ρ < ρLow),  (ρ − ρLow)/(ρHigh − ρLow) (between),  1 (ρ > ρHigh)
 *   dR/dt = kR·(Rmin + (Rmax − Rmin)·H − R),   φ = R·σ
 * LH store and release
 *   D = βL + (1 − βL)·φ·pit,  pit = (1 + eP)/(1 + eP·Xe^nE)
 *   dPL/dt = kPL·(βL + (1 − βL)·φ^ψL) − (kRel·D + kDeg)·PL,   L = D·PL
 * FSH: synthesis restrained by inhibin B, estradiol and testosterone; mostly constitutive release
 *   KF = (1 + iB + eF + aF)/(1 + iB·B + eF·Xe^nE + aF·Xa^nAF)
 *   dPF/dt = kPF·(βF + (1 − βF)·φ^ψF)·KF − (kFc + kFr·φ)·PF,   dF/dt = kF·((kFc + kFr·φ)·PF/kPF − F)
 * Testes
 *   x = L + s.hCG,  y = x·Ld/Ld0,  sat(y, K) = y·(1 + K)/(y + K),  satF(y, K, m) = m + (1 − m)·sat(y, K)
 *   dLd/dt = kLdRec·(1 − Ld) − kLdDes·x²·Ld
 *   dK/dt = kK·(satF(y, KK, K0) − K),   dC/dt = kC·(f.cap·satF(y, Kc, C0) − C)
 *   Psec = f.testes·f.leydig·f.κ·C·K·sat(y, Kx),   T = Psec + s.androgen
 *   E = arom·((1 − fAdr)·(fPer·T + (1 − fPer)·Psec) + fAdr),  arom = f.arom·(1 − min(1, s.AI))
 *   ε = (E + s.erAgonist)/(1 + s.erAntagonist)
 *   dI/dt = kI·(f.testes·((1 − sItt)·Psec + sItt·T) − I)
 * Tubules (12 germ-cell stages G1…G12 over the spermatogenic duration, 4 early; epididymis E1, E2)
 *   hT = I^nI/(I^nI + KI^nI),  hF = F/(F + KFs),  sv = wT·hT + (1 − wT)·hF,  d = λmax·(sv0 − sv)
 *   Δλ = d (d ≥ 0),  d/(1 − 2d/κ) (d < 0): support above baseline lowers loss, but the net gain
 *   per stage stays below κ/2 (the healthy testis is near its capacity), so no parameter values
 *   make the pipeline grow without bound; the two pieces meet with equal slope at d = 0
 *   e = (ε0 + (1 − ε0)·F/(F + KFe))/e0
 *   dG1/dt = κ·(f.sertoli·f.testes·e − G1) − Δλ·G1;  dGj/dt = κ·(Gj−1 − Gj) − wj·Δλ·Gj  (wj = 1 early, fLate later)
 *   dE1/dt = kE·(G12 − E1),  dE2/dt = kE·(E1 − E2)       sperm output index = E2
 *   dB/dt = kB·(f.sertoli·f.testes·(1 − gB + gB·mean(G))·F^ηB − B)
 */
import type { Expression, Formula, OutputSource, StateSource, SwitchSource } from '../../model-source';

const rel = 'relative to baseline';

/** Germ-cell stages of the spermatogenic pipeline, and how many of them are early (entering meiosis). */
export const SPERM_STAGES = 12;
const EARLY_STAGES = 4;
const stages = Array.from({ length: SPERM_STAGES }, (_, j) => `G${j + 1}`);

/** The axis states, in state-vector order. */
export const MALE_HPG_STATES: Readonly<Record<string, StateSource>> = {
  Xa: { label: 'Androgen-receptor feedback signal', unit: rel, baseline: '1' },
  Xe: { label: 'Estrogen-receptor feedback signal', unit: rel, baseline: '1' },
  // Dz is ~0.002 at baseline but acts only through 1 − Dz, so its error is weighed against 1.
  Dz: { label: 'GnRH receptors, desensitized', unit: 'fraction of receptors', baseline: 'Dz0' },
  R: { label: 'Gonadotrope responsiveness (GnRH-receptor number, subunit synthesis)', unit: rel, baseline: '1' },
  PL: { label: 'LH stored in the pituitary', unit: rel, baseline: '1' },
  PF: { label: 'FSH stored in the pituitary', unit: rel, baseline: '1' },
  F: { label: 'Serum FSH', unit: rel, baseline: '1' },
  Ld: { label: 'Leydig LH receptors available', unit: 'fraction', baseline: 'Ld0' },
  K: { label: 'Leydig steroidogenic enzyme activity', unit: rel, baseline: '1' },
  C: { label: 'Leydig-cell capacity', unit: rel, baseline: '1' },
  I: { label: 'Intratesticular testosterone', unit: rel, baseline: '1' },
  B: { label: 'Inhibin B', unit: rel, baseline: '1' },
  ...Object.fromEntries(stages.map((g, j) => [g, { label: `Germ cells, spermatogenic stage ${j + 1} of ${SPERM_STAGES}`, unit: rel, baseline: '1' }])),
  E1: { label: 'Sperm in epididymal transit', unit: rel, baseline: '1' },
  E2: { label: 'Sperm output (end of epididymal transit)', unit: rel, baseline: '1' },
};

const saturating = (y: string, K: string): string => `${y}*(1 + ${K})/(${y} + ${K})`;

/** Intermediate quantities, in the order a reader follows the loop. */
export const MALE_HPG_QUANTITIES: Readonly<Record<string, Expression | Formula>> = {
  // Hypothalamus
  arHill: { expr: 'pos(Xa)^nA', meaning: 'androgen-receptor feedback signal raised to its Hill exponent' },
  erHill: { expr: 'pos(Xe)^nE', meaning: 'estrogen-receptor feedback signal raised to its Hill exponent' },
  gnrhTarget: { expr: 'fHyp*(1 + aH + eH)/(1 + aH*arHill + eH*erHill)', meaning: 'pulse-averaged GnRH set by androgen and estrogen feedback', unit: rel },
  gnrh: { expr: 'gnrhTarget', meaning: 'GnRH reaching the pituitary', unit: rel },
  // Pituitary GnRH receptor
  g: { expr: 'wG*gnrh', meaning: 'receptor load of endogenous GnRH' },
  receptorLoad: { expr: '1 + g + sAgonist + sAntagonist', meaning: 'denominator of occupancy: free receptors plus every ligand’s load' },
  occupancy: { expr: '(g + sAgonist)/receptorLoad', meaning: 'GnRH-receptor occupancy by agonists, endogenous and given', unit: 'fraction' },
  occPulsed: { expr: '(g + (pulseExcess ? min(sAgonist, sPulsed) : 0))/receptorLoad', meaning: 'occupancy that arrives as pulses (endogenous GnRH and the pulse-coded part of given GnRH)', unit: 'fraction' },
  blocking: { expr: 'occupancy - occPulsed', meaning: 'tonic occupancy, which leaves receptors no free time to recover', unit: 'fraction' },
  free: { expr: 'pos(1 - Dz)/(1 - Dz0)', meaning: 'receptors not desensitized, relative to baseline' },
  signal: { expr: 'occupancy/occ0*free', meaning: 'GnRH signal σ, 1 at baseline' },
  pulsedSignal: { expr: 'occPulsed/occ0*free', meaning: 'pulse-coded GnRH signal ρ, 1 at baseline' },
  drive: { expr: 'pos(R)*signal', meaning: 'effective GnRH drive φ = R·σ' },
  synthesisDrive: { expr: 'drive', meaning: 'GnRH drive as subunit synthesis reads it' },
  primingSignal: { expr: 'pulsedSignal', meaning: 'pulse-coded signal as priming reads it (its pulse mean in pulse mode)' },
  primingRamp: { expr: 'primingBelow ? 0 : (primingAbove ? 1 : (primingSignal - rhoLow)/wBand)', meaning: 'where the priming signal stands in the threshold band (0 below it, 1 above)' },
  // LH and FSH
  pit: { expr: '(1 + eP)/(1 + eP*erHill)', meaning: 'estrogen feedback on LH release at the pituitary' },
  release: { expr: 'betaL + (1 - betaL)*drive*pit', meaning: 'LH release drive D' },
  lhSynthesis: { expr: 'betaL + (1 - betaL)*pos(synthesisDrive)^psiL', meaning: 'LH synthesis into the store' },
  lh: { expr: 'release*pos(PL)', meaning: 'serum LH', unit: rel },
  fshArHill: { expr: 'pos(Xa)^nAF', meaning: 'androgen-receptor signal raised to the FSH Hill exponent' },
  fshRestraint: { expr: '(1 + iB + eF + aF)/(1 + iB*pos(B) + eF*erHill + aF*fshArHill)', meaning: 'restraint of FSH synthesis by inhibin B, estradiol and testosterone (1 at baseline)' },
  fshSynthesis: { expr: '(betaF + (1 - betaF)*pos(synthesisDrive)^psiF)*fshRestraint', meaning: 'FSH synthesis into the store' },
  fshRelease: { expr: 'kFc + kFr*drive', meaning: 'FSH release per hour: constitutive plus GnRH-driven' },
  // Testes
  x: { expr: 'lh + sHcg', meaning: 'LH-receptor signal (hCG adds)', unit: 'baseline LH' },
  stim: { expr: 'x*pos(Ld)/Ld0', meaning: 'Leydig stimulation y = x·Ld/Ld0' },
  secretion: { expr: `fTestes*fLeydig*fSteroid*pos(C)*pos(K)*${saturating('stim', 'Kx')}`, meaning: 'testosterone the testes make', unit: rel },
  testosterone: { expr: 'secretion + sAndrogen', meaning: 'serum testosterone', unit: rel },
  aromatase: { expr: 'fArom*(1 - min(1, sAI))', meaning: 'aromatase activity left by an inhibitor' },
  estradiol: { expr: 'aromatase*((1 - fAdr)*(fPer*testosterone + (1 - fPer)*secretion) + fAdr)', meaning: 'serum estradiol', unit: rel },
  erActivation: { expr: '(estradiol + sErAgonist)/(1 + sErAntagonist)', meaning: 'estrogen-receptor activation ε' },
  // Tubules
  ittHill: { expr: 'pos(I)^nI', meaning: 'intratesticular T raised to its support exponent' },
  survival: { expr: 'wT*ittHill/(ittHill + KI^nI) + (1 - wT)*pos(F)/(pos(F) + KFs)', meaning: 'germ-cell survival support sv by intratesticular T and FSH' },
  lossDrive: { expr: 'lambdaMax*(sv0 - survival)', meaning: 'germ-cell loss above its baseline rate, before the capacity bound', unit: '1/h' },
  extraLoss: { expr: 'max(lossDrive, 0) + min(lossDrive, 0)/(1 - 2*min(lossDrive, 0)/kappa)', meaning: 'germ-cell loss above its baseline rate (a gain, when negative, of at most κ/2)', unit: '1/h' },
  entry: { expr: '(eps0 + (1 - eps0)*pos(F)/(pos(F) + KFe))/e0', meaning: 'entry of spermatogonia into the pipeline (needs FSH)', unit: rel },
  germ: { expr: `(${stages.join(' + ')})/${SPERM_STAGES}`, meaning: 'germ cells, mean over the stages', unit: rel },
};

/** Declared switches, located by the solver: the end of a given GnRH pulse and the corners of the priming band. */
export const MALE_HPG_SWITCHES: Readonly<Record<string, SwitchSource>> = {
  pulseExcess: { when: 'sPulsed > 0', meaning: 'a given GnRH dose still exceeds the level the gonadotrope has adapted to, so it acts as a pulse' },
  primingBelow: { when: 'primingSignal < rhoLow', meaning: 'too few GnRH pulses to prime the gonadotrope: responsiveness heads for its least' },
  primingAbove: { when: 'primingSignal > rhoHigh', meaning: 'GnRH pulses strong enough for full priming: responsiveness heads for its largest' },
};

const stageDerivatives: Record<string, Expression> = Object.fromEntries(
  stages.map((s, j) => [
    s,
    `kappa*(${j === 0 ? 'fSertoli*fTestes*entry' : stages[j - 1]} - ${s}) - ${j < EARLY_STAGES ? '' : 'fLate*'}extraLoss*${s}`,
  ]),
);

/** Derivatives of the axis states. */
export const MALE_HPG_DERIVATIVES: Readonly<Record<string, Expression>> = {
  Xa: 'kX*(testosterone - Xa)',
  Xe: 'kX*(erActivation - Xe)',
  Dz: 'kDes*occupancy*(1 - Dz) - (kRec*pos(1 - blocking)^mRec + kRecycle)*Dz',
  R: 'kR*(Rmin + (Rmax - Rmin)*primingRamp - R)',
  PL: 'kPL*lhSynthesis - (kRel*release + kDeg)*pos(PL)',
  PF: 'kPF*fshSynthesis - fshRelease*pos(PF)',
  F: 'kF*(fshRelease*pos(PF)/kPF - F)',
  Ld: 'kLdRec*(1 - Ld) - kLdDes*x*x*Ld',
  K: `kK*(K0 + (1 - K0)*${saturating('stim', 'KK')} - K)`,
  C: `kC*(fCap*(C0 + (1 - C0)*${saturating('stim', 'Kc')}) - C)`,
  I: 'kI*(fTestes*((1 - sItt)*secretion + sItt*testosterone) - pos(I))',
  B: 'kB*(fSertoli*fTestes*(1 - gB + gB*germ)*pos(F)^etaB - B)',
  ...stageDerivatives,
  E1: `kE*(${stages[SPERM_STAGES - 1]} - E1)`,
  E2: 'kE*(E1 - E2)',
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
  // Both are properties of the testes: zero once they are removed.
  { id: 'leydig', label: 'Leydig capacity', description: 'How much testosterone the Leydig cells can make at a given LH: their mass (weeks) times their enzymes (days)', expr: 'fTestes*pos(C)*pos(K)' },
  { id: 'sperm', label: 'Sperm production', description: 'Sperm output index (weeks to months to change)', expr: 'fTestes*E2' },
  // Appended last, so CSV columns of earlier versions keep their positions.
  { id: 'ownTestosterone', label: 'Testosterone made by the testes', description: 'Testosterone the testes themselves secrete, without any that is given; relative to a healthy man', expr: 'secretion' },
];
