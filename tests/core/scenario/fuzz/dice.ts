/** Seeded random choices for the scenario fuzz (mulberry32 from the core, so runs reproduce). */
import { mulberry32, type UniformSource } from '../../../../src/core/analysis/prng';

/** A seeded source of the random choices a fuzz generator makes. */
export class Dice {
  private readonly next: UniformSource;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  /** Uniform in [0, 1). */
  unit(): number {
    return this.next();
  }
  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }
  /** Uniform real in [lo, hi]. */
  real(lo: number, hi: number): number {
    return lo + (hi - lo) * this.next();
  }
  /** Log-uniform real in [lo, hi] (lo > 0): as likely to be 0.1–1 as 10–100. */
  logReal(lo: number, hi: number): number {
    return Math.exp(this.real(Math.log(lo), Math.log(hi)));
  }
  /** Uniform integer in [lo, hi]. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  /** One element. */
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
  /** A choice weighted by the first element of each pair. */
  weighted<T>(options: readonly (readonly [number, T])[]): T {
    const total = options.reduce((sum, [w]) => sum + w, 0);
    let x = this.next() * total;
    for (const [w, value] of options) {
      x -= w;
      if (x < 0) return value;
    }
    return options[options.length - 1]![1];
  }
  /** A random subset, each element kept with probability p. */
  subset<T>(items: readonly T[], p: number): T[] {
    return items.filter(() => this.next() < p);
  }
}
