/**
 * A small seeded pseudo-random number generator, so that sweeps are
 * reproducible: the same seed gives the same samples on every machine and in
 * every worker. mulberry32 (Tommy Ettinger, 2017): a 32-bit state advanced by
 * the Weyl increment 0x6D2B79F5 and scrambled by two multiply–xorshift rounds;
 * period 2³², ample for the thousands of draws a sweep makes, and it passes
 * the usual statistical batteries at that scale. The core never calls
 * Math.random (conventions: determinism).
 */

/** A generator of uniform numbers in [0, 1). */
export type UniformSource = () => number;

/** A mulberry32 generator seeded with `seed` (any number; its low 32 bits are used). */
export function mulberry32(seed: number): UniformSource {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 15), z | 1);
    z ^= z + Math.imul(z ^ (z >>> 7), z | 61);
    return ((z ^ (z >>> 14)) >>> 0) / 4294967296;
  };
}
