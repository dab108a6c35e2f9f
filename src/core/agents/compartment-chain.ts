/**
 * A linear chain of first-order compartments, the kinetics shared by most agents:
 *
 *   dx₀/dt = u(t) − k₀·x₀
 *   dxᵢ/dt = kᵢ₋₁·xᵢ₋₁ − kᵢ·xᵢ          (i = 1 … n−1)
 *
 * Boluses add to x₀; an infusion sets u. The chain's output is the flux out
 * of the last compartment, k_{n−1}·x_{n−1} (absorption into the blood), or
 * the amount in a chosen compartment.
 */

/** A chain bound to y[offset … offset + rates.length − 1]. */
export class CompartmentChain {
  /** Infusion into the first compartment, amount per hour. */
  input = 0;

  constructor(
    readonly offset: number,
    /** Rate constants k₀ … k_{n−1}, 1/h. */
    readonly rates: readonly number[],
  ) {}

  /** Writes the chain's derivatives. */
  derivatives(y: Float64Array, dydt: Float64Array): void {
    const o = this.offset;
    const k = this.rates;
    let inflow = this.input;
    for (let i = 0; i < k.length; i++) {
      const out = k[i]! * y[o + i]!;
      dydt[o + i] = inflow - out;
      inflow = out;
    }
  }

  /** Flux out of the last compartment, amount per hour. */
  outflow(y: Float64Array): number {
    const last = this.rates.length - 1;
    return this.rates[last]! * y[this.offset + last]!;
  }

  /** Amount in compartment i. */
  amount(y: Float64Array, i: number): number {
    return y[this.offset + i]!;
  }

  /** Adds a bolus to the first compartment. */
  addBolus(y: Float64Array, amount: number): void {
    y[this.offset] = y[this.offset]! + amount;
  }
}
