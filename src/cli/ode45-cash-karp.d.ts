// Type declarations for the benchmark's peer solvers that ship none (dev dependencies only).
declare module 'ode45-cash-karp' {
  interface CashKarpIntegrator {
    step(tLimit?: number): boolean;
    t: number;
    y: Float64Array | number[];
    dt: number;
  }
  function ode45(
    y0: Float64Array | number[],
    deriv: (dydt: Float64Array | number[], y: Float64Array | number[], t: number) => void,
    t0: number,
    dt0: number,
    options?: { tol?: number; maxIncreaseFactor?: number; maxDecreaseFactor?: number; verbose?: boolean },
  ): CashKarpIntegrator;
  export = ode45;
}
