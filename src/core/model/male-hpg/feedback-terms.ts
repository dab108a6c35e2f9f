/**
 * The feedback terms of the male HPG model at one state, read off the
 * model's own equations (./equations.ts, docs/model.md), for the "why" view.
 * Nothing here changes the dynamics.
 *
 *   GnRH denominator     1 + aH·Xa^nA + eH·Xe^nE      androgen- and estrogen-receptor feedback
 *   pituitary (LH)       1 + eP·Xe^nE                 estrogen-receptor feedback on LH release
 *   FSH denominator      1 + iB·B + eF·Xe^nE          inhibin B and estrogen feedback on FSH
 *   GnRH receptor        (1 − Dz)                     desensitized receptors do not signal
 *                        Rn                           receptor number after down-regulation
 *                        (1 + g + u + b)/(1 + g + u)  occupancy lost to an antagonist load b
 *   G* = f.hyp·(1 + aH + eH)/(GnRH denominator)      pulse-averaged GnRH (its unrestrained level
 *                                                    is the numerator: no steroid feedback)
 *
 * with g = wG·G, u = s.agonist, b = s.antagonist. Each term is 0 (or 1 for
 * Rn, 0 for Dz) when its feedback does nothing.
 */
import type { AgentSignals } from '../../agents/agent-module';
import type { AxisCoefficients } from './coefficients';
import type { SubjectFactors } from './subject';
import { axisQuantities, emptyQuantities, gnrhTarget } from './equations';
import { power } from './power';
import { S } from './states';

const pos = (x: number): number => (x > 0 ? x : 0);

/** The feedback terms and the levels they set, at one state (concentrations relative to the healthy baseline). */
export interface FeedbackTerms {
  /** aH·Xa^nA: androgen-receptor term of the GnRH denominator. */
  readonly androgenHypothalamus: number;
  /** eH·Xe^nE: estrogen-receptor term of the GnRH denominator. */
  readonly estrogenHypothalamus: number;
  /** eP·Xe^nE: estrogen-receptor term of the pituitary factor on LH release. */
  readonly estrogenPituitary: number;
  /** eF·Xe^nE: estrogen term of the FSH denominator. */
  readonly estrogenFsh: number;
  /** iB·B: inhibin B term of the FSH denominator. */
  readonly inhibinFsh: number;
  /** Dz: fraction of GnRH receptors desensitized. */
  readonly desensitized: number;
  /** Rn: pituitary responsiveness (receptor number; 1 = none down-regulated). */
  readonly responsiveness: number;
  /** (1 + g + u + b)/(1 + g + u): fold loss of GnRH-receptor occupancy to an antagonist (1 = none). */
  readonly antagonistBlock: number;
  /** G*: pulse-averaged hypothalamic GnRH output, and f.hyp·(1 + aH + eH), its level without steroid feedback. */
  readonly gnrh: number;
  readonly gnrhUnrestrained: number;
  /** GnRH-receptor occupancy, the GnRH signal π (1 at baseline) and the LH release drive D. */
  readonly occupancy: number;
  readonly signal: number;
  readonly drive: number;
  /** Serum LH, testosterone and estradiol (raw model units: 1 at the healthy baseline). */
  readonly lh: number;
  readonly testosterone: number;
  readonly estradiol: number;
}

/** The feedback terms at state y with agent signals s (explicit pulses when `pulsed`). */
export function feedbackTerms(k: AxisCoefficients, f: SubjectFactors, s: AgentSignals, y: Float64Array, pulsed: boolean): FeedbackTerms {
  const q = emptyQuantities();
  axisQuantities(k, f, s, y, pulsed, q);
  const g = k.wG * q.gnrh;
  const u = s.gnrhAgonistLoad;
  return {
    androgenHypothalamus: k.aH * power(pos(y[S.Xa]!), k.nA),
    estrogenHypothalamus: k.eH * q.erHill,
    estrogenPituitary: k.eP * q.erHill,
    estrogenFsh: k.eF * q.erHill,
    inhibinFsh: k.iB * pos(y[S.B]!),
    desensitized: y[S.Dz]!,
    responsiveness: y[S.Rn]!,
    antagonistBlock: (1 + g + u + s.gnrhAntagonistLoad) / (1 + g + u),
    gnrh: gnrhTarget(k, f, y),
    gnrhUnrestrained: f.hypothalamus * (1 + k.aH + k.eH),
    occupancy: q.occupancy,
    signal: q.signal,
    drive: q.drive,
    lh: q.lh,
    testosterone: q.testosterone,
    estradiol: q.estradiol,
  };
}
