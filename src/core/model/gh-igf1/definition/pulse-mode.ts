/**
 * Explicit GH pulses (scenario option `ghPulses`), for windows up to two weeks.
 * A deterministic generator: the GHRH neurones fire a burst every
 * τ = `ghPulseIntervalHours` (3 h: 8 pulses per 24 h; Bermann 1994 counted
 * 7.8 ± 0.9). GHRH, periventricular somatostatin and GH become states with
 * their own kinetics:
 *
 *   GHRH    each burst adds GHRH̄·kGhrh·τ, GHRH̄ the averaged model's GHRH at that moment
 *           (so somatostatin, ghrelin mimetics and aging set the burst size), and it clears
 *           with its half-life (Frohman 1986: 6.8 min); its pulse mean is GHRH̄.
 *   SRIF    Farhy 2007's periventricular equation itself, dS/dt = kr4·hill(GH) + basal − k4·S
 *           (k4 = 25/h: half-life 1.7 min), acting at the somatotroph; GH raised by a pulse
 *           raises it within minutes and helps end the pulse. The slow tones Sp and Sa still
 *           set the GHRH burst size (the neurones' pulse-mean restraint).
 *   GH      secreted GH follows its secretion with the endogenous half-life (Holl 1993:
 *           23–26 min): dG/dt = kGh·(secretion/(k1·f.clear) − G), so its mean is the averaged GH.
 *
 * Normalization. The averaged model reads GHRH through a steep Hill function (n1 = 5,
 * t1 = 400 pg/mL) at ~144 pg/mL, 0.5% of its maximum. Read through the same Hill
 * function, bursts peaking near 2,600 pg/mL would give ~23× that mean release
 * (the mean of hill over an exponential burst of peak a·t1 is
 * ln((1 + aⁿ)/(1 + aⁿ·e^{−n·kGhrh·τ}))/(n·kGhrh·τ)), and the slow states and
 * IGF-1 would leave the averaged model's. Instead the somatotroph's pulse-mean
 * response stays the averaged model's Hill response to the pulse-mean signal,
 * and within a cycle it follows the GHRH-receptor ligand present now:
 *   GHRH action now = hill(r̄)·(GHRH + s.GHRH)/(GHRH̄ + s.GHRH)
 * whose pulse mean is hill(r̄) for any agent or condition. Each ligand's share of
 * the action is its share of the receptor signal (as for two full agonists on one
 * receptor), so a GHRH analogue's own share is tonic: it raises the trough between
 * pulses (Ionescu & Frohman 2006: trough ×7.5 a week after CJC-1295) while the
 * pulses keep their number. Slow processes (store refill, trophic drive, arcuate
 * somatostatin) read the pulse-mean signal, as in the male mode.
 *
 * GH starts on the periodic orbit's trough before the first burst (t = 0):
 * for bursts e^{−kGhrh·t} every τ and GH relaxing at kGh, the trough is
 *   GH̄·kGh·kGhrh·τ·(e^{−kGh·τ} − e^{−kGhrh·τ})/((kGhrh − kGh)·(1 − e^{−kGh·τ}))
 * (≈ 4% of the mean; the parameter ranges keep kGhrh > kGh).
 */
import type { PulseModeSource } from '../../model-source';

export const GH_IGF1_PULSE_MODE: PulseModeSource = {
  option: 'ghPulses',
  maxWindowDays: 14,
  states: {
    portalGhrh: { label: 'GHRH reaching the pituitary', unit: 'pg/mL', baseline: '0' },
    portalSrif: { label: 'Periventricular somatostatin reaching the pituitary', unit: 'pg/mL', baseline: 'Sb/k4' },
    serumGh: { label: 'Serum GH secreted by the pituitary', unit: 'ng/mL', baseline: '0' },
    liverIgf: { label: 'Hepatic IGF-1 output (running mean over pulses)', unit: 'µg/L', baseline: '0' },
  },
  constants: {
    pulseInterval: 'ghPulseIntervalHours',
    kGhrh: 'log(2)/(ghrhHalfLifeMinutes/60)',
    kGhPulse: 'log(2)/(ghPulseHalfLifeMinutes/60)',
    kLiver: '1/liverIgfHours',
    ghTroughShare:
      'kGhPulse*kGhrh*pulseInterval*(exp(-kGhPulse*pulseInterval) - exp(-kGhrh*pulseInterval))/((kGhrh - kGhPulse)*(1 - exp(-kGhPulse*pulseInterval)))',
  },
  quantities: {
    ghrh: 'pos(portalGhrh)',
    ghrhActionNow: 'ghrhAction*(ghrh + sGhrh)/(ghrhTarget + sGhrh)',
    srifPev: 'pos(portalSrif)',
    ownGh: 'pos(serumGh)',
    gh: 'pos(serumGh) + sGhIn/(k1*fClear)',
    igfOutput: 'pos(liverIgf)',
  },
  derivatives: {
    portalGhrh: '-kGhrh*ghrh',
    portalSrif: 'k4*(srifPevTarget - portalSrif)',
    serumGh: 'kGhPulse*(ghSecretion/(k1*fClear) - serumGh)',
    liverIgf: 'kLiver*(igfTarget - liverIgf)',
  },
  // GHRH is empty until the first burst at t = 0; somatostatin starts at its tone; GH at the trough.
  initial: { portalGhrh: '0', portalSrif: 'Sp', serumGh: 'ghTroughShare*out_ownGh', liverIgf: 'IGF' },
  pulse: { every: 'pulseInterval', set: { portalGhrh: 'portalGhrh + ghrhTarget*(kGhrh*pulseInterval)' } },
};
