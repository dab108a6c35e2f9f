/** Words for a held steady state's eigenvalues: the verdict and each mode's behaviour. */
import type { EigenAnalysis } from '../../core/analysis/jacobian-eigen';
import { formatHours, type Eigenmode } from '../../core/analysis/time-constants';

/** "stable set point", or "unstable: oscillates with period …" / "unstable: a disturbance grows …". */
export function verdictText(eigen: EigenAnalysis): string {
  if (!eigen.ok) return `eigenvalues could not be computed (${eigen.reason})`;
  if (eigen.verdict === 'stable') return 'stable set point';
  const growing = eigen.modes.filter((m) => m.growing);
  const ringing = growing.find((m) => m.periodHours !== null);
  if (ringing !== undefined) return `unstable: oscillates with period ${formatHours(ringing.periodHours!)}`;
  const timeConstant = growing[0]?.timeConstantHours;
  // (A growth too slow to time, e.g. an eigenvalue at +0 within the search's accuracy, has no "every …".)
  return timeConstant !== undefined && Number.isFinite(timeConstant) ? `unstable: a disturbance grows e-fold every ${formatHours(timeConstant)}` : 'unstable: a disturbance grows';
}

/** How a small disturbance along this mode behaves. */
export function modeBehaviour(mode: Eigenmode): string {
  const way = mode.growing ? 'grows' : mode.re === 0 ? 'neither grows nor decays' : 'decays';
  return mode.periodHours === null ? way : `${way}, oscillating`;
}

/** λ as text: "−0.021" or "0.15 ± 3.7i" (1/h), 2 significant digits. */
export function eigenvalueText(mode: Eigenmode): string {
  const f = (x: number): string => Number(x.toPrecision(2)).toString().replace('-', '−');
  return mode.im === 0 ? f(mode.re) : `${f(mode.re)} ± ${f(Math.abs(mode.im))}i`;
}

/** One row per real eigenvalue and per conjugate pair (the −im twin dropped). */
export function distinctModes(modes: readonly Eigenmode[]): Eigenmode[] {
  return modes.filter((m) => m.im >= 0);
}
