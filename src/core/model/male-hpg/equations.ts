/**
 * Right-hand side of the male HPG model (axis states; agents add their own).
 * Time t in hours; concentrations relative to the healthy baseline (= 1);
 * receptor states are fractions. Symbols are the coefficients of
 * ./coefficients.ts; s.* are the agents' summed signals (src/core/agents);
 * f.* the subject's condition factors (./subject.ts). Same equations, with a
 * symbol legend, in docs/model.md.
 *
 * Hypothalamus (feedback signals follow T and ER activation over hours)
 *   dXa/dt = kX·(T − Xa),   dXe/dt = kX·(ε − Xe)
 *   G*  = f.hyp·(1 + aH + eH) / (1 + aH·Xa^nA + eH·Xe^nE)           pulse-averaged GnRH
 * Pituitary GnRH receptor (after Li & Goldbeter 1989: occupied receptors desensitize,
 * free receptors recover; sustained desensitization down-regulates receptor number)
 *   g = wG·G,  u = s.agonist,  b = s.antagonist,  occ = (g + u)/(1 + g + u + b)
 *   occ_block = u/(1 + g + u + b)   [averaged: endogenous pulses leave receptors free between
 *                                    pulses; with explicit pulses occ_block = occ]
 *   dDz/dt = kDes·occ·(1 − Dz) − kRec·(1 − occ_block)·Dz
 *   dRn/dt = kRnRec·(1 − Rn) − kRnDown·H(Dz)·Rn,   H(x) = x⁶/(x⁶ + θ⁶)
 * Gonadotropins (Tornøe 2007-type LH pool)
 *   π   = (occ/occ0)·((1 − Dz)/(1 − Dz0))·(Rn/Rn0)                  GnRH signal, 1 at baseline
 *   pit = (1 + eP)/(1 + eP·Xe^nE)                                  pituitary estrogen feedback
 *   D   = β + (1 − β)·π·pit                                        LH release drive
 *   dY/dt = kY·(π^ψ/c − Y)                                         LH/FSH synthesis follows GnRH slowly
 *                                                                  (c = 1; pulses: baseline pulse-mean of π^ψ)
 *   dP/dt = kSyn·(β + (1 − β)·Y) − kRel·D·P − kDeg·P,   kSyn = kRel + kDeg
 *   L*  = D·P
 *   F*  = (βF + (1 − βF)·Y^ζ)·(1 + iB + eF)/(1 + iB·B + eF·Xe^nE)    FSH release is mostly constitutive
 *   dF/dt = kF·(F* − F)
 * Testes
 *   x   = L + s.lhReceptor                                         LH-receptor signal (hCG adds)
 *   dLd/dt = kLdRec·(1 − Ld) − kLdDes·x²·Ld                        Leydig receptor desensitization
 *   y   = x·Ld/Ld0,   σ(y) = y·(1 + Kx)/(y + Kx)
 *   dC/dt = kC·(f.cap·y·(1 + Kc)/(y + Kc) − C)                     trophic Leydig capacity
 *   Psec = f.testes·f.leydig·f.κ·C·σ(y)                            testicular T secretion
 *   T*  = Psec + s.androgen
 *   E   = arom·(fPer·T + (1 − fPer)·Psec),  arom = f.arom·(1 − min(1, s.aromataseInhibition))
 *   ε   = (E + s.erAgonist)/(1 + s.erAntagonist)                   ER activation
 *   dI/dt = kI·(f.testes·((1 − sItt)·Psec + sItt·T) − I)           intratesticular T
 * Tubules
 *   Φ   = [I³/(I³ + KI³)·(1 + KI³)]·[F·(1 + KF)/(F + KF)]          support of spermatogenesis
 *   dW/dt = kW·(f.sertoli·f.testes·Φ − W),  kW = kWdown if falling, kWup if rising
 *   dZ/dt = kZ·(W − Z)                                             transit to ejaculate
 *   dB/dt = kB·(f.sertoli·f.testes·(1 − gB + gB·W)·F^ηB − B)       inhibin B
 * Time resolution (see states.ts)
 *   pulse-averaged (default): G = G*, L = L*, T = T*, E as above (window averages, quasi-steady)
 *   explicit pulses: G is portal GnRH, dG/dt = −kPortal·G with pulses as events;
 *                    dL/dt = kL·(L* − L);  dT/dt = kT·(T* − T)
 */
import { PULSED, S } from './states';
import { power } from './power';
import type { AxisCoefficients } from './coefficients';
import { DOWNREGULATION_HILL, ITT_SUPPORT_HILL, hill } from './coefficients';
import type { SubjectFactors } from './subject';
import type { AgentSignals } from '../../agents/agent-module';

const pos = (x: number): number => (x > 0 ? x : 0);

/** Everything the model derives from a state: the quasi-steady hormones and the pituitary signals. */
export interface AxisQuantities {
  /** GnRH (pulse-averaged G*, or portal GnRH with explicit pulses). */
  gnrh: number;
  /** GnRH-receptor occupancy and the GnRH signal π (1 at baseline). */
  occupancy: number;
  signal: number;
  /** Pituitary estrogen-feedback factor pit, and the LH release drive D. */
  pituitaryFeedback: number;
  drive: number;
  lh: number;
  testosterone: number;
  secretion: number;
  estradiol: number;
  /** ER activation ε at hypothalamus and pituitary, and Xe^nE. */
  erActivation: number;
  erHill: number;
  /** Leydig stimulation y = x·Ld/Ld0. */
  leydigStimulation: number;
}

/** A reusable, zeroed quantities record (no allocation in the right-hand side). */
export function emptyQuantities(): AxisQuantities {
  return { gnrh: 0, occupancy: 0, signal: 0, pituitaryFeedback: 0, drive: 0, lh: 0, testosterone: 0, secretion: 0, estradiol: 0, erActivation: 0, erHill: 0, leydigStimulation: 0 };
}

/** G* from the androgen signal Xa and Xe^nE (the estrogen term, shared with the pituitary's). */
function gnrhFromSignals(k: AxisCoefficients, f: SubjectFactors, xa: number, xeHill: number): number {
  return (f.hypothalamus * (1 + k.aH + k.eH)) / (1 + k.aH * power(pos(xa), k.nA) + k.eH * xeHill);
}

/** Pulse-averaged GnRH G* from the androgen and estrogen feedback signals. */
export function gnrhTarget(k: AxisCoefficients, f: SubjectFactors, y: Float64Array): number {
  return gnrhFromSignals(k, f, y[S.Xa]!, power(pos(y[S.Xe]!), k.nE));
}

/** Computes the derived quantities of state y into q. */
export function axisQuantities(k: AxisCoefficients, f: SubjectFactors, s: AgentSignals, y: Float64Array, pulsed: boolean, q: AxisQuantities): void {
  const erHill = power(pos(y[S.Xe]!), k.nE);
  q.erHill = erHill;
  q.gnrh = pulsed ? pos(y[PULSED.G]!) : gnrhFromSignals(k, f, y[S.Xa]!, erHill);
  const g = k.wG * q.gnrh;
  const u = s.gnrhAgonistLoad;
  q.occupancy = (g + u) / (1 + g + u + s.gnrhAntagonistLoad);
  q.signal = pos((q.occupancy / k.occ0) * ((1 - y[S.Dz]!) / (1 - k.Dz0)) * (y[S.Rn]! / k.Rn0));
  q.pituitaryFeedback = (1 + k.eP) / (1 + k.eP * erHill);
  q.drive = k.beta + (1 - k.beta) * q.signal * q.pituitaryFeedback;
  q.lh = pulsed ? pos(y[PULSED.L]!) : q.drive * pos(y[S.P]!);
  const stim = ((q.lh + s.lhReceptorSignal) * pos(y[S.Ld]!)) / k.Ld0;
  q.leydigStimulation = stim;
  q.secretion = f.testes * f.leydigResponse * f.steroidogenesis * pos(y[S.C]!) * ((stim * (1 + k.Kx)) / (stim + k.Kx));
  q.testosterone = pulsed ? pos(y[PULSED.T]!) : q.secretion + s.androgenRate;
  const aromatase = f.aromatase * (1 - Math.min(1, s.aromataseInhibition));
  q.estradiol = aromatase * (k.fPer * q.testosterone + (1 - k.fPer) * q.secretion);
  q.erActivation = (q.estradiol + s.erAgonistActivity) / (1 + s.erAntagonistLoad);
}

/** Writes the axis derivatives (and the pulse-resolved ones when `pulsed`); q receives the derived quantities. */
export function axisDerivatives(
  k: AxisCoefficients,
  f: SubjectFactors,
  s: AgentSignals,
  y: Float64Array,
  dydt: Float64Array,
  pulsed: boolean,
  q: AxisQuantities,
): void {
  axisQuantities(k, f, s, y, pulsed, q);
  const Dz = y[S.Dz]!;
  const Rn = y[S.Rn]!;
  const P = y[S.P]!;
  const F = pos(y[S.F]!);
  const I = pos(y[S.I]!);
  const Ld = y[S.Ld]!;
  const B = pos(y[S.B]!);
  const W = y[S.W]!;
  const Y = pos(y[S.Y]!);
  const T = q.testosterone;

  // Hypothalamic feedback signals
  dydt[S.Xa] = k.kX * (T - y[S.Xa]!);
  dydt[S.Xe] = k.kX * (q.erActivation - y[S.Xe]!);

  // Pituitary GnRH receptor
  const occBlock = pulsed ? q.occupancy : s.gnrhAgonistLoad / (1 + k.wG * q.gnrh + s.gnrhAgonistLoad + s.gnrhAntagonistLoad);
  dydt[S.Dz] = k.kDes * q.occupancy * (1 - Dz) - k.kRec * (1 - occBlock) * Dz;
  dydt[S.Rn] = k.kRnRec * (1 - Rn) - k.kRnDown * hill(Dz, k.thetaDzN, DOWNREGULATION_HILL) * Rn;

  // Gonadotropins
  dydt[S.Y] = k.kY * (power(q.signal, k.psi) / k.synthesisScale - Y);
  dydt[S.P] = k.kSyn * (k.beta + (1 - k.beta) * Y) - k.kRel * q.drive * P - k.kDeg * P;
  const fshDrive = k.betaF + (1 - k.betaF) * power(Y, k.zetaF);
  dydt[S.F] = k.kF * ((fshDrive * (1 + k.iB + k.eF)) / (1 + k.iB * B + k.eF * q.erHill) - F);

  // Testes
  const x = q.lh + s.lhReceptorSignal;
  dydt[S.Ld] = k.kLdRec * (1 - Ld) - k.kLdDes * x * x * Ld;
  const stim = q.leydigStimulation;
  dydt[S.C] = k.kC * ((f.leydigCapacity * stim * (1 + k.Kc)) / (stim + k.Kc) - y[S.C]!);
  dydt[S.I] = k.kI * (f.testes * ((1 - k.sItt) * q.secretion + k.sItt * T) - I);

  // Tubules
  const ittSupport = hill(I, k.KIN, ITT_SUPPORT_HILL) * (1 + k.KIN);
  const fshSupport = (F * (1 + k.KF)) / (F + k.KF);
  const wTarget = f.sertoli * f.testes * ittSupport * fshSupport;
  dydt[S.W] = (wTarget < W ? k.kWdown : k.kWup) * (wTarget - W);
  dydt[S.Z] = k.kZ * (W - y[S.Z]!);
  dydt[S.B] = k.kB * (f.sertoli * f.testes * (1 - k.gB + k.gB * W) * power(F, k.etaB) - B);

  if (pulsed) {
    dydt[PULSED.G] = -k.kPortal * q.gnrh;
    dydt[PULSED.L] = k.kL * (q.drive * P - q.lh);
    dydt[PULSED.T] = k.kT * (q.secretion + s.androgenRate - q.testosterone);
  }
}
