// mathjs 15.2 ships solveODE at run time but not in its type declarations.
import 'mathjs';

declare module 'mathjs' {
  interface SolveOdeOptions {
    method?: 'RK23' | 'RK45';
    tol?: number;
    firstStep?: number;
    minStep?: number;
    maxStep?: number;
    minDelta?: number;
    maxDelta?: number;
    maxIter?: number;
  }
  export function solveODE(
    func: (t: number, y: number[]) => number[],
    tspan: [number, number],
    y0: number[],
    options?: SolveOdeOptions,
  ): { t: number[]; y: number[][] };
}
