/**
 * Right-hand side of the male HPG model (axis states; agents add their own).
 * Time t in hours; concentrations relative to the healthy baseline (= 1);
 * receptor states are fractions. Symbols are the coefficients of
 * ./coefficients.ts; s.* are the agents' summed signals (src/core/agents);
 * f.* the subject's condition factors (./subject.ts). Same equations, with a
 * symbol legend, in docs/model.md.
 *
 * Hypothalamus (pulse-averaged GnRH; androgen- and estrogen-receptor feedback)
 *   ε   = (E + s.erAgonist) / (1 + s.erAntagonist)                 ER activation
 *   G*  = f.hyp · (1 + aH + eH) / (1 + aH·T^nA + eH·ε^nE)
 *   dG/dt = kG·(G* − G)
 * Pituitary GnRH receptor (after Li & Goldbeter 1989: occupied receptors desensitize,
 * free receptors recover; sustained desensitization down-regulates receptor number)
 *   g = wG·G,  u = s.agonist,  b = s.antagonist,  occ = (g + u)/(1 + g + u + b)
 *   occ_block = u/(1 + g + u + b)   [endogenous pulses leave the receptor free between pulses]
 *   dDz/dt = kDes·occ·(1 − Dz) − kRec·(1 − occ_block)·Dz
 *   dRn/dt = kRnRec·(1 − Rn) − kRnDown·H(Dz)·Rn,   H(x) = x⁶/(x⁶ + θ⁶)
 * Gonadotropins (Tornøe 2007-type LH pool)
 *   π   = (occ/occ0)·((1 − Dz)/(1 − Dz0))·(Rn/Rn0)                  GnRH signal, 1 at baseline
 *   pit = (1 + eP)/(1 + eP·ε^nE)                                   pituitary estrogen feedback
 *   D   = β + (1 − β)·π·pit                                        LH release drive
 *   dY/dt = kY·(π^ψ − Y)                                           LH/FSH synthesis follows GnRH slowly
 *   dP/dt = kSyn·(β + (1 − β)·Y) − kRel·D·P − kDeg·P,   kSyn = kRel + kDeg
 *   dL/dt = kL·(D·P − L)
 *   F*  = (β + (1 − β)·Y^ζ)·(1 + iB + eF)/(1 + iB·B + eF·ε^nE)        FSH release is mostly constitutive
 *   dF/dt = kF·(F* − F)
 * Testes
 *   x   = L + s.lhReceptor                                         LH-receptor signal (hCG adds)
 *   dLd/dt = kLdRec·(1 − Ld) − kLdDes·x²·Ld                        Leydig receptor desensitization
 *   y   = x·Ld/Ld0,   σ(y) = y·(1 + Kx)/(y + Kx)
 *   dC/dt = kC·(f.cap·y·(1 + Kc)/(y + Kc) − C)                     trophic Leydig capacity
 *   Psec = f.testes·f.leydig·f.κ·C·σ(y)                           testicular T secretion (f.κ: steroidogenesis)
 *   dT/dt = kT·(Psec + s.androgen − T)
 *   arom = f.arom·(1 − min(1, s.aromataseInhibition))
 *   dE/dt = kE·(arom·(fPer·T + (1 − fPer)·Psec) − E)
 *   dI/dt = kI·(f.testes·((1 − sItt)·Psec + sItt·T) − I)           intratesticular T
 * Tubules
 *   Φ   = [I³/(I³ + KI³)·(1 + KI³)]·[F·(1 + KF)/(F + KF)]          support of spermatogenesis
 *   dW/dt = kW·(f.sertoli·f.testes·Φ − W),  kW = kWdown if falling, kWup if rising
 *   dZ/dt = kZ·(W − Z)                                             transit to ejaculate
 *   dB/dt = kB·(f.sertoli·f.testes·(1 − gB + gB·W)·F^ηB − B)       inhibin B
 */
import { S } from './states';
import type { AxisCoefficients } from './coefficients';
import { DOWNREGULATION_HILL, ITT_SUPPORT_HILL, hill } from './coefficients';
import type { SubjectFactors } from './subject';
import type { AgentSignals } from '../../agents/agent-module';

const pos = (x: number): number => (x > 0 ? x : 0);

/** Estrogen-receptor activation at hypothalamus and pituitary (1 at baseline). */
export function erActivation(E: number, s: AgentSignals): number {
  return (pos(E) + s.erAgonistActivity) / (1 + s.erAntagonistLoad);
}

/** Target of pulse-averaged GnRH output, G*. */
export function gnrhTarget(k: AxisCoefficients, f: SubjectFactors, T: number, er: number): number {
  return (f.hypothalamus * (1 + k.aH + k.eH)) / (1 + k.aH * Math.pow(pos(T), k.nA) + k.eH * Math.pow(er, k.nE));
}

/**
 * Writes the axis derivatives. `pulsed`: GnRH is explicit portal GnRH (pulses are
 * events), so its own equation is plain clearance and it blocks receptor recovery.
 */
export function axisDerivatives(
  k: AxisCoefficients,
  f: SubjectFactors,
  s: AgentSignals,
  y: Float64Array,
  dydt: Float64Array,
  pulsed: boolean,
): void {
  const G = pos(y[S.G]!);
  const Dz = y[S.Dz]!;
  const Rn = y[S.Rn]!;
  const P = y[S.P]!;
  const L = pos(y[S.L]!);
  const F = pos(y[S.F]!);
  const T = pos(y[S.T]!);
  const E = y[S.E]!;
  const I = pos(y[S.I]!);
  const C = y[S.C]!;
  const Ld = y[S.Ld]!;
  const B = pos(y[S.B]!);
  const W = y[S.W]!;
  const Z = y[S.Z]!;
  const Y = pos(y[S.Y]!);

  // Hypothalamus
  const er = erActivation(E, s);
  const erHill = Math.pow(er, k.nE);
  dydt[S.G] = pulsed ? -k.kPortal * G : k.kG * (gnrhTarget(k, f, T, er) - G);

  // Pituitary GnRH receptor
  const g = k.wG * G;
  const u = s.gnrhAgonistLoad;
  const den = 1 + g + u + s.gnrhAntagonistLoad;
  const occ = (g + u) / den;
  const occBlock = pulsed ? occ : u / den;
  dydt[S.Dz] = k.kDes * occ * (1 - Dz) - k.kRec * (1 - occBlock) * Dz;
  dydt[S.Rn] = k.kRnRec * (1 - Rn) - k.kRnDown * hill(Dz, k.thetaDz, DOWNREGULATION_HILL) * Rn;

  // Gonadotropins
  const signal = pos((occ / k.occ0) * ((1 - Dz) / (1 - k.Dz0)) * (Rn / k.Rn0));
  const pit = (1 + k.eP) / (1 + k.eP * erHill);
  const drive = k.beta + (1 - k.beta) * signal * pit;
  dydt[S.Y] = k.kY * (Math.pow(signal, k.psi) - Y);
  dydt[S.P] = k.kSyn * (k.beta + (1 - k.beta) * Y) - k.kRel * drive * P - k.kDeg * P;
  dydt[S.L] = k.kL * (drive * P - L);
  const fshDrive = k.beta + (1 - k.beta) * Math.pow(Y, k.zetaF);
  const fshTarget = (fshDrive * (1 + k.iB + k.eF)) / (1 + k.iB * B + k.eF * erHill);
  dydt[S.F] = k.kF * (fshTarget - F);

  // Testes
  const x = L + s.lhReceptorSignal;
  dydt[S.Ld] = k.kLdRec * (1 - Ld) - k.kLdDes * x * x * Ld;
  const yEff = (x * pos(Ld)) / k.Ld0;
  const steroidogenesis = (yEff * (1 + k.Kx)) / (yEff + k.Kx);
  dydt[S.C] = k.kC * ((f.leydigCapacity * yEff * (1 + k.Kc)) / (yEff + k.Kc) - C);
  const secretion = f.testes * f.leydigResponse * f.steroidogenesis * pos(C) * steroidogenesis;
  dydt[S.T] = k.kT * (secretion + s.androgenRate - T);
  const aromatase = f.aromatase * (1 - Math.min(1, s.aromataseInhibition));
  dydt[S.E] = k.kE * (aromatase * (k.fPer * T + (1 - k.fPer) * secretion) - E);
  dydt[S.I] = k.kI * (f.testes * ((1 - k.sItt) * secretion + k.sItt * T) - I);

  // Tubules
  const ittSupport = hill(I, k.KI, ITT_SUPPORT_HILL) * (1 + Math.pow(k.KI, ITT_SUPPORT_HILL));
  const fshSupport = (F * (1 + k.KF)) / (F + k.KF);
  const wTarget = f.sertoli * f.testes * ittSupport * fshSupport;
  dydt[S.W] = (wTarget < W ? k.kWdown : k.kWup) * (wTarget - W);
  dydt[S.Z] = k.kZ * (W - Z);
  dydt[S.B] = k.kB * (f.sertoli * f.testes * (1 - k.gB + k.gB * W) * Math.pow(F, k.etaB) - B);
}
