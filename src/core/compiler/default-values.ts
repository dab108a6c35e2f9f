/**
 * Values of parameters and constants at the parameter record's defaults, at
 * build time. The generated code uses them only as guesses to specialize on
 * (see `JsEmitter` and its runtime powers): every use checks the value it
 * guessed at run time, so a wrong or missing guess costs speed, never
 * correctness.
 */
import type { Expr } from './expression';
import type { IndexedMode, ModelIndex } from './model-index';
import type { ComputedConstant } from '../model/model-source';

/** Default value of an expression of parameters and constants (null when it reads anything else). */
export type DefaultValueOf = (e: Expr) => number | null;

const FUNCTIONS: Readonly<Record<string, (...x: number[]) => number>> = {
  exp: Math.exp, log: Math.log, sqrt: Math.sqrt, abs: Math.abs, pos: (x) => (x > 0 ? x : 0), min: Math.min, max: Math.max,
};

/** The default value of an expression of parameters and constants in `mode` (the pulse mode reads its own constants). */
export function defaultValues(index: ModelIndex, mode: IndexedMode): DefaultValueOf {
  const parameters = new Map(index.source.parameters.map((p) => [p.id, p.value]));
  const memo = new Map<string, number | null>();
  const valueOf = (name: string): number | null => {
    if (memo.has(name)) return memo.get(name)!;
    memo.set(name, null); // no cycles
    let v: number | null = parameters.get(name) ?? null;
    if (v === null) {
      const def = (mode.name === 'pulsed' ? index.modeConstants.get(name) : undefined) ?? index.constantExprs.get(name);
      if (def !== undefined) v = 'compute' in def ? computedValue(def as ComputedConstant) : evaluate(def as Expr);
    }
    memo.set(name, v !== null && Number.isFinite(v) ? v : null);
    return memo.get(name)!;
  };
  const computedValue = (def: ComputedConstant): number | null => {
    const named: Record<string, number> = {};
    for (const dep of def.dependsOn) {
      const v = valueOf(dep);
      if (v === null) return null;
      named[dep] = v;
    }
    return def.compute(named);
  };
  const evaluate = (e: Expr): number | null => {
    switch (e.k) {
      case 'num':
        return e.v;
      case 'sym':
        return valueOf(e.name);
      case 'neg': {
        const a = evaluate(e.a);
        return a === null ? null : -a;
      }
      case 'bin': {
        const a = evaluate(e.a);
        const b = evaluate(e.b);
        if (a === null || b === null) return null;
        return e.op === '+' ? a + b : e.op === '-' ? a - b : e.op === '*' ? a * b : e.op === '/' ? a / b : Math.pow(a, b);
      }
      case 'call': {
        const args = e.args.map(evaluate);
        return args.some((a) => a === null) ? null : FUNCTIONS[e.fn]!(...(args as number[]));
      }
      default:
        return null;
    }
  };
  return evaluate;
}
