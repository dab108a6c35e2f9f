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
 *           (k4 = 25/h: half-life 1.7 min), GH the pulsed serum GH: a GH pulse raises S within
 *           minutes. The tones Sp and Sa stay the averaged model's (see below) and set the
 *           GHRH burst size (the neurones' pulse-mean restraint).
 *   GH      secreted GH follows its secretion with the endogenous half-life (Holl 1993:
 *           23–26 min): dG/dt = kGh·(secretion/(k1·f.clear) − G), so its mean is the secretion's.
 *
 * GHRH normalization. The averaged model reads GHRH through a steep Hill function (n1 = 5,
 * t1 = 400 pg/mL) at ~144 pg/mL, 0.5% of its maximum. Read through the same Hill
 * function, bursts peaking near 2,600 pg/mL would give ~23× that mean release
 * (the mean of hill over an exponential burst of peak a·t1 is
 * ln((1 + aⁿ)/(1 + aⁿ·e^{−n·kGhrh·τ}))/(n·kGhrh·τ)), and the slow states and
 * IGF-1 would leave the averaged model's. Instead the somatotroph's pulse-mean
 * response stays the averaged model's Hill response to the pulse-mean signal,
 * and within a cycle it follows the GHRH-receptor ligand present now:
 *   GHRH action now = hill(r̄)·w,   w = (GHRH + s.GHRH)/(GHRH̄ + s.GHRH)
 * whose pulse mean is hill(r̄) for any agent or condition. Each ligand's share of
 * the action is its share of the receptor signal (as for two full agonists on one
 * receptor), so a GHRH analogue's own share is tonic: it raises the trough between
 * pulses (Ionescu & Frohman 2006: trough ×7.5 a week after CJC-1295) while the
 * pulses keep their number. Slow processes (store refill, trophic drive, arcuate
 * somatostatin) read the pulse-mean signal, as in the male mode.
 *
 * Somatostatin normalization. Read directly, fast S would brake release through
 * B(S) = (1 + F1)/(1 + (S/t2)^n2 + F1) within minutes, where the averaged model brakes with
 * its tone Sp, which follows its drive with a 3-h lag. A GHRH-analogue burst (GH tens of
 * times its mean) drives S towards its maximum and is cut short, and Sp, driven by pulsed
 * GH smoothed by its half-life, no longer averages the convex hill(GH) as the averaged model
 * does: day-7 daily mean GH, pulse ÷ averaged, was tesamorelin 0.61, sermorelin 0.80,
 * hexarelin 1.20. A running mean of B(S) as normalizer lags a drug burst shorter than its
 * window and cuts it further (3-h mean, measured: tesamorelin 0.31–0.46). Instead the brake
 * has a level and a shape:
 *   brake now = B(Sp)·B(S)/B(Ŝ)
 * The level B(Sp) is the averaged model's: Sp follows kr4·hill(ḡ) + basal with ḡ the
 * averaged model's GH from the same states,
 *   ḡ = (kr1·f.pit·cap·x̄·P + s.GHin)/(k1·f.clear),  x̄ = (hill(r̄) + g0·hill(ghs))·B(Sp)/(1 + IGF/KIp).
 * The shape compares S with Ŝ, the fast somatostatin that GH at its pulse mean would hold,
 * through the same kinetics as the pulsed states:
 *   dĜ/dt = kGh·(ḡ_own − Ĝ),   dŜ/dt = kr4·hill(Ĝ + s.GHin/(k1·f.clear)) + basal − k4·Ŝ
 * (ḡ_own = ḡ without the given GH). So release now is x̄·u·B(S)/B(Ŝ), u = (hill(r̄)·w + D)/(hill(r̄) + D)
 * with D = g0·hill(ghs). Without GHRH bursts (u ≡ 1) G = Ĝ and S = Ŝ solve the same equations
 * from the same start: the shape is exactly 1 and GH is the averaged model's seen through
 * GH's half-life. With bursts, S exceeds Ŝ as far as a pulse lifts GH above its pulse mean,
 * which shapes the pulse and pulls GH that overshoots its mean back towards it (a GHRH
 * analogue whose peak meets a GHRH burst); a drug that lifts the mean GH lifts Ŝ with S, so
 * it is braked by the tone as in the averaged model. The shape's pulse mean is 1 to second
 * order in the pulse's excursion (B is convex in S): with healthy pulses (~0.5 ng/mL at the
 * peak, t5 = 10 ng/mL) it lowers mean GH by 0.4%. Day-7 daily mean GH, pulse ÷ averaged, is
 * then 0.97–1.09 for every agent and condition (tests/core/model/gh-igf1-pulses.test.ts).
 *
 * GH starts on the periodic orbit's trough before the first burst (t = 0):
 * for bursts e^{−kGhrh·t} every τ and GH relaxing at kGh, the trough is
 *   GH̄·kGh·kGhrh·τ·(e^{−kGh·τ} − e^{−kGhrh·τ})/((kGhrh − kGh)·(1 − e^{−kGh·τ}))
 * (≈ 4% of the mean; the parameter ranges keep kGhrh > kGh); Ĝ starts at the mean, Ŝ at Sp.
 */
import type { PulseModeSource } from '../../model-source';
import { ghReleaseTerm } from './equations';

/** Farhy's periventricular somatostatin equation, dS/dt, for serum GH `gh` acting on it and S in state `state`. */
const fastSrif = (gh: string, state: string): string =>
  `kr4*(pos(${gh})/t5)^n5/(1 + (pos(${gh})/t5)^n5) + fSrif*Sb*(1 - wIs + wIs*pos(IGF)/Iref) - k4*${state}`;

export const GH_IGF1_PULSE_MODE: PulseModeSource = {
  option: 'ghPulses',
  maxWindowDays: 14,
  states: {
    portalGhrh: { label: 'GHRH reaching the pituitary', unit: 'pg/mL', baseline: '0' },
    portalSrif: { label: 'Periventricular somatostatin reaching the pituitary', unit: 'pg/mL', baseline: 'Sb/k4' },
    serumGh: { label: 'Serum GH secreted by the pituitary', unit: 'ng/mL', baseline: '0' },
    liverIgf: { label: 'Hepatic IGF-1 output (running mean over pulses)', unit: 'µg/L', baseline: '0' },
    ghRef: { label: 'Serum GH of the pulse-mean secretion (reference for somatostatin’s shape)', unit: 'ng/mL', baseline: '0' },
    srifRef: { label: 'Periventricular somatostatin that GH at its pulse mean would hold', unit: 'pg/mL', baseline: 'Sb/k4' },
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
    srifOnGh: '(pos(Sp)/t2)^n2',
    srifShape: '(1 + (pos(srifRef)/t2)^n2 + F1)/(1 + (srifPev/t2)^n2 + F1)',
    ownGhMean: `kr1*fPit*capacity*${ghReleaseTerm('ghrhAction')}*pos(P)/(k1*fClear)`,
    ghMean: 'ownGhMean + sGhIn/(k1*fClear)',
    ownGh: 'pos(serumGh)',
    gh: 'pos(serumGh) + sGhIn/(k1*fClear)',
    igfOutput: 'pos(liverIgf)',
  },
  derivatives: {
    portalGhrh: '-kGhrh*ghrh',
    portalSrif: fastSrif('gh', 'portalSrif'),
    ghRef: 'kGhPulse*(ownGhMean - ghRef)',
    srifRef: fastSrif('ghRef + sGhIn/(k1*fClear)', 'srifRef'),
    serumGh: 'kGhPulse*(ghSecretion/(k1*fClear) - serumGh)',
    liverIgf: 'kLiver*(igfTarget - liverIgf)',
  },
  // GHRH is empty until the first burst at t = 0; somatostatin starts at its tone; GH at the trough;
  // the reference GH at the mean, so the reference somatostatin starts where the tone is.
  initial: { portalGhrh: '0', portalSrif: 'Sp', serumGh: 'ghTroughShare*out_ownGh', liverIgf: 'IGF', ghRef: 'out_ownGh', srifRef: 'Sp' },
  pulse: { every: 'pulseInterval', set: { portalGhrh: 'portalGhrh + ghrhTarget*(kGhrh*pulseInterval)' } },
};
