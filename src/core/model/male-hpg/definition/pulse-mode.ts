/**
 * Explicit GnRH pulses (scenario option `gnrhPulses`), for windows up to a
 * month. The hypothalamus fires a pulse every τ = `gnrhPulseIntervalHours`;
 * each puts G*·kPortal·τ into portal GnRH (G* the pulse-averaged model's
 * feedback target), so the pulse-mean of G is G*; portal GnRH clears with a
 * half-life of minutes. LH and testosterone become states with their
 * half-lives. Receptors recover between pulses, which the averaged model
 * assumes implicitly.
 *
 * Occupancy is nonlinear in GnRH, so its pulse-mean differs from occ0. For a
 * mono-exponential pulse g(t) = a·e^{−kt} over one period τ,
 *   mean occupancy = ln((1 + a)/(1 + a·e^{−kτ}))/(kτ),
 * which this mode uses as occ0 (with the matching Dz0, Rn0, and the pulse-mean
 * of π^ψ for synthesis), so the healthy man's LH is at baseline on average in
 * both modes.
 */
import type { PulseModeSource } from '../../model-source';

/** Midpoint-rule samples of one pulse for the pulse-mean of π^ψ. */
const SAMPLES = 400;

export const MALE_HPG_PULSE_MODE: PulseModeSource = {
  option: 'gnrhPulses',
  maxWindowDays: 31,
  states: {
    portalGnRH: { label: 'Portal GnRH', unit: 'relative to the pulse-averaged baseline', baseline: '0' },
    L: { label: 'Serum LH', unit: 'relative to baseline', baseline: '1' },
    T: { label: 'Serum testosterone', unit: 'relative to baseline', baseline: '1' },
  },
  constants: {
    ktPulse: 'kPortal*pulseInterval',
    peakLoad: 'wG*ktPulse',
    occ0: 'log((1 + peakLoad)/(1 + peakLoad*exp(-ktPulse)))/ktPulse',
    // Desensitization is linear in occupancy and recovery is blocked while occupied,
    // so the slow Dz sees the pulse means: kDes·occ0·(1 − Dz) = kRec·(1 − occ0)·Dz.
    Dz0: 'kDes*occ0/(kDes*occ0 + kRec*(1 - occ0))',
    Rn0: 'kRnRec/(kRnRec + kRnDown*(Dz0^6/(Dz0^6 + thetaDzN)))',
    // Synthesis follows π^ψ, whose pulse-mean is below (mean π)^ψ for ψ < 1 (Jensen's
    // inequality); dividing by its baseline pulse-mean keeps Y at 1 in the healthy man.
    synthesisScale: {
      meaning: `pulse-mean of (occupancy/occ0)^ψ over one baseline pulse (midpoint rule, ${SAMPLES} points)`,
      dependsOn: ['peakLoad', 'ktPulse', 'occ0', 'psi'],
      compute: (c) => {
        let sum = 0;
        for (let j = 0; j < SAMPLES; j++) {
          const g = c['peakLoad']! * Math.exp(-c['ktPulse']! * ((j + 0.5) / SAMPLES));
          sum += Math.pow(g / (1 + g) / c['occ0']!, c['psi']!);
        }
        return sum / SAMPLES;
      },
    },
  },
  quantities: {
    gnrh: 'pos(portalGnRH)',
    lh: 'pos(L)',
    testosterone: 'pos(T)',
    occBlock: 'occupancy',
  },
  derivatives: {
    portalGnRH: '-kPortal*gnrh',
    L: 'kL*(drive*P - lh)',
    T: 'kT*(secretion + sAndrogen - testosterone)',
  },
  // Receptors start at this mode's baseline, LH and T at the averaged model's values.
  initial: { Dz: 'Dz0', Rn: 'Rn0', L: 'out_lh', T: 'out_testosterone' },
  pulse: { every: 'pulseInterval', set: { portalGnRH: 'portalGnRH + gnrhTarget*(kPortal*pulseInterval)' } },
};
