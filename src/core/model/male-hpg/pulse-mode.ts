/**
 * Explicit GnRH pulses (scenario option `gnrhPulses`), for windows up to a
 * month. The hypothalamus fires a pulse every `gnrhPulseIntervalHours`; each
 * pulse puts G*·kPortal·τ into portal GnRH (G* the feedback target of the
 * pulse-averaged model, τ the interval), so the pulse-mean of G equals G*;
 * portal GnRH then clears with a half-life of minutes. Receptors recover
 * between pulses, which the averaged model assumes implicitly.
 *
 * Occupancy is nonlinear in GnRH, so its pulse-mean differs from the averaged
 * model's occ0. For a mono-exponential pulse g(t) = a·e^{−kt} over one period τ,
 *   mean occupancy = ln((1 + a)/(1 + a·e^{−kτ})) / (kτ),
 * and the pulsed model uses that as its occ0 (and the matching Dz0, Rn0, and
 * the pulse-mean of π^ψ for LH/FSH synthesis), so the healthy subject's LH is
 * at baseline on average in both modes.
 */
import type { AxisCoefficients } from './coefficients';
import { DOWNREGULATION_HILL, hill } from './coefficients';

/** Pulse-mean occupancy of baseline pulses, the receptor fractions that go with it, and the synthesis scale. */
export function pulseNormalization(k: AxisCoefficients): { occ0: number; Dz0: number; Rn0: number; synthesisScale: number } {
  const kt = k.kPortal * k.pulseInterval;
  const peakLoad = k.wG * kt; // a = wG · G*·kPortal·τ with G* = 1
  const occ0 = Math.log((1 + peakLoad) / (1 + peakLoad * Math.exp(-kt))) / kt;
  // Desensitization is linear in occupancy and recovery is blocked while occupied,
  // so the slow Dz sees the pulse means: kDes·occ0·(1 − Dz) = kRec·(1 − occ0)·Dz.
  const Dz0 = (k.kDes * occ0) / (k.kDes * occ0 + k.kRec * (1 - occ0));
  const Rn0 = k.kRnRec / (k.kRnRec + k.kRnDown * hill(Dz0, k.thetaDzN, DOWNREGULATION_HILL));
  // Synthesis follows π^ψ, whose pulse-mean is below (mean π)^ψ for ψ < 1 (Jensen's
  // inequality); dividing by its baseline pulse-mean keeps Y at 1 in the healthy man.
  const samples = 400;
  let sum = 0;
  for (let j = 0; j < samples; j++) {
    const g = peakLoad * Math.exp(-kt * ((j + 0.5) / samples));
    sum += Math.pow(g / (1 + g) / occ0, k.psi);
  }
  return { occ0, Dz0, Rn0, synthesisScale: sum / samples };
}
