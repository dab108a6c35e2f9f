/**
 * Explicit GnRH pulses (scenario option `gnrhPulses`), for windows up to a
 * month. The hypothalamus fires a pulse every τ = `gnrhPulseIntervalHours`;
 * each puts G·kPortal·τ into portal GnRH (G the pulse-averaged model's
 * feedback target), so the pulse mean of portal GnRH is G; it clears with a
 * half-life of minutes. LH and testosterone become states with their
 * half-lives. Receptors recover between pulses, which the averaged model
 * assumes implicitly.
 *
 * Occupancy is nonlinear in GnRH, so its pulse mean differs from occ0. For a
 * mono-exponential pulse g(t) = a·e^{−kt} over one period τ,
 *   mean occupancy = ln((1 + a)/(1 + a·e^{−kτ}))/(kτ),
 * which this mode uses as occ0 (with the matching Dz0), so the healthy man's
 * LH is at baseline on average in both modes. Slow processes integrate pulses:
 * subunit synthesis reads R·σ̄, a low-pass mean of σ over a few pulses (time
 * constant 6 h: pulse ripple ≈ 4%), and priming reads ρ̄, the same mean of ρ.
 */
import type { PulseModeSource } from '../../model-source';

/** Pulse-mean occupancy of pulses of mean level `level` (relative to baseline GnRH), normalized by occ0. */
const pulseMeanSignal = (level: string): string =>
  `log((1 + peakLoad*${level})/(1 + peakLoad*${level}*exp(-ktPulse)))/ktPulse/occ0`;

export const MALE_HPG_PULSE_MODE: PulseModeSource = {
  option: 'gnrhPulses',
  maxWindowDays: 31,
  states: {
    portalGnRH: { label: 'Portal GnRH', unit: 'relative to the pulse-averaged baseline', baseline: '0' },
    L: { label: 'Serum LH', unit: 'relative to baseline', baseline: '1' },
    T: { label: 'Serum testosterone', unit: 'relative to baseline', baseline: '1' },
    sigmaMean: { label: 'GnRH signal, pulse mean', unit: 'relative to baseline', baseline: '1' },
    rhoMean: { label: 'Pulse-coded GnRH signal, pulse mean', unit: 'relative to baseline', baseline: '1' },
  },
  constants: {
    ktPulse: 'kPortal*pulseInterval',
    peakLoad: 'wG*ktPulse',
    occ0: 'log((1 + peakLoad)/(1 + peakLoad*exp(-ktPulse)))/ktPulse',
    // Desensitization is linear in occupancy and recovery is blocked while occupied, so
    // the slow Dz sees (approximately) the pulse means.
    Dz0: 'kDes*occ0/(kDes*occ0 + kRec*(1 - occ0)^mRec + kRecycle)',
  },
  quantities: {
    gnrh: 'pos(portalGnRH)',
    lh: 'pos(L)',
    testosterone: 'pos(T)',
    blocking: 'occupancy',
    synthesisDrive: 'pos(R)*pos(sigmaMean)',
    primingSignal: 'pos(rhoMean)',
  },
  derivatives: {
    portalGnRH: '-kPortal*gnrh',
    L: 'kL*(release*pos(PL) - lh)',
    T: 'kT*(secretion + sAndrogen - testosterone)',
    sigmaMean: 'kMean*(signal - sigmaMean)',
    rhoMean: 'kMean*(pulsedSignal - rhoMean)',
  },
  // LH and T start at the averaged model's values; the pulse means at the pulse-mean signal of
  // the starting GnRH level (no agents act at t = 0 before the first events).
  initial: { Dz: 'Dz0', L: 'out_lh', T: 'out_testosterone', sigmaMean: pulseMeanSignal('out_gnrh'), rhoMean: pulseMeanSignal('out_gnrh') },
  pulse: { every: 'pulseInterval', set: { portalGnRH: 'portalGnRH + gnrhTarget*(kPortal*pulseInterval)' } },
};
