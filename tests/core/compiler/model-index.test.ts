/** Definition checks: every message names the model, the symbol and the expression. */
import { describe, expect, it } from 'vitest';
import { indexModel } from '../../../src/core/compiler/model-index';
import { SMITH_1980_SOURCE } from '../../../src/core/model/smith-1980/definition';
import { MALE_HPG_SOURCE } from '../../../src/core/model/male-hpg/definition';
import type { ModelSource } from '../../../src/core/model/model-source';

const smith = (patch: Partial<ModelSource>): ModelSource => ({ ...SMITH_1980_SOURCE, ...patch });

describe('indexModel', () => {
  it('accepts both models', () => {
    expect(indexModel(SMITH_1980_SOURCE).modes.averaged.states).toEqual(['R', 'L', 'T', 'D']);
    expect(indexModel(MALE_HPG_SOURCE).modes.pulsed!.states).toHaveLength(31);
  });

  it('names an unknown symbol with the model, the formula and the expression', () => {
    expect(() => indexModel(smith({ derivatives: { ...SMITH_1980_SOURCE.derivatives, L: 'g1*R - b2*LH' } }))).toThrow(
      "smith-1980: derivative of L ('g1*R - b2*LH'): unknown symbol 'LH'",
    );
  });

  it('finds a cycle among quantities', () => {
    expect(() => indexModel(smith({ quantities: { drive: 'c - h*T + feedback', feedback: 'drive/2' } }))).toThrow(/cycle drive → feedback → drive/);
  });

  it('rejects a state without a derivative, a switch no formula uses, an unknown function and a unitless state', () => {
    const { D: _drop, ...rest } = SMITH_1980_SOURCE.derivatives;
    expect(() => indexModel(smith({ derivatives: rest }))).toThrow("smith-1980: state 'D' has no derivative");
    expect(() => indexModel(smith({ switches: { ...SMITH_1980_SOURCE.switches, unused: { when: 'T > 1', meaning: 'x' } } }))).toThrow(/switch 'unused' is declared but no formula selects on it/);
    expect(() => indexModel(smith({ derivatives: { ...SMITH_1980_SOURCE.derivatives, D: '-ka*hill(D)' } }))).toThrow(/derivative of D .*unknown function 'hill'/);
    expect(() => indexModel(smith({ states: { ...SMITH_1980_SOURCE.states, D: { label: 'Depot', unit: ' ', baseline: '0' } } }))).toThrow("smith-1980: state 'D' has no unit");
  });


  it('rejects a constant that reads a later one, and a ?: on an undeclared switch', () => {
    expect(() => indexModel(smith({ constants: { early: 'ka*2', ...SMITH_1980_SOURCE.constants } }))).toThrow(/constant early .*unknown symbol 'ka'/);
    expect(() => indexModel(smith({ derivatives: { ...SMITH_1980_SOURCE.derivatives, R: '(on ? drive : 0) - b1*R' } }))).toThrow(/unknown symbol 'on'/);
  });

  it('checks what an exact compartment follows', () => {
    const male = MALE_HPG_SOURCE;
    const gonadorelin = male.agents.gonadorelin!;
    const withAdapted = (adapted: object): ModelSource => ({
      ...male,
      agents: { ...male.agents, gonadorelin: { ...gonadorelin, exact: { ...gonadorelin.exact!, gonadorelinAdapted: { ...gonadorelin.exact!['gonadorelinAdapted']!, ...adapted } } } },
    });
    expect(() => indexModel(withAdapted({ follows: 'nothing' }))).toThrow(/exact compartment gonadorelinAdapted: it follows 'nothing', which is not an exact compartment of this agent/);
    expect(() => indexModel(withAdapted({ follows: 'gonadorelinAdapted' }))).toThrow(/follows another compartment itself/);
  });
});
