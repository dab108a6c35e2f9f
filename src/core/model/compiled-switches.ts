/**
 * Declared switches at run time: each switch's branch (1/0 in u) follows the
 * sign of its switch function. The fused solver locates crossings as state
 * events; steady-state searches, cycle searches and analyses use a right-hand
 * side that picks the branches from the state at every call.
 */
import type { CompiledMode, CompiledModel } from './compiled-model';
import type { RightHandSide } from '../solver/types';

/**
 * Sets the switch branches in u from the sign of each switch function at (t, y).
 * A switch function may read another switch's branch (a branch changes a
 * quantity another switch tests), so this repeats until no branch changes.
 */
export function setSwitches(mode: CompiledMode, when: readonly ('<' | '>')[], slot: number, t: number, y: Float64Array, c: Float64Array, u: Float64Array, o: Int32Array, g: Float64Array): void {
  for (let pass = 0; pass <= when.length; pass++) {
    mode.switches(t, y, c, u, o, g);
    let changed = false;
    for (let i = 0; i < when.length; i++) {
      const branch = (when[i] === '<' ? g[i]! < 0 : g[i]! > 0) ? 1 : 0;
      if (u[slot + i] !== branch) { u[slot + i] = branch; changed = true; }
    }
    if (!changed) return;
  }
}

/** A right-hand side that picks each switch's branch from the state at every call (steady states, analyses). */
export function inlineSwitchRhs(model: CompiledModel, mode: CompiledMode, c: Float64Array, u: Float64Array, o: Int32Array): RightHandSide {
  const when = model.layout.switches.map((s) => s.when);
  const slot = model.layout.factors.length;
  const g = new Float64Array(when.length);
  return (t, y, dydt) => {
    setSwitches(mode, when, slot, t, y, c, u, o, g);
    mode.rhs(t, y, dydt, c, u, o);
  };
}

