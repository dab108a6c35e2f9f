/**
 * The shape of a model's SBML template (src/core/model/<id>/generated/sbml.ts):
 * every formula of its definition as content MathML, written at build time by
 * the compiler. ./sbml.ts assembles a document from it and a scenario.
 */

/** MathML of every formula, by what it defines. */
export interface SbmlTemplateData {
  /** Constants in declaration order; null for one computed numerically (exported as its value). */
  readonly constants: ReadonlyArray<readonly [string, string | null]>;
  /** Per mode: quantities (assignment rules) in dependency order and the axis derivatives (rate rules). */
  readonly modes: Readonly<Record<'averaged' | 'pulsed', { readonly quantities: ReadonlyArray<readonly [string, string]>; readonly derivatives: ReadonlyArray<readonly [string, string]> } | null>>;
  readonly agents: ReadonlyArray<{
    readonly id: string;
    readonly derivatives: ReadonlyArray<readonly [string, string]>;
    readonly signals: ReadonlyArray<readonly [string, string]>;
    /** Exact compartments become ordinary states here: dx/dt = input − rate·x. */
    readonly exact: ReadonlyArray<{ readonly name: string; readonly derivative: string }>;
  }>;
  /** What each condition sets, factor by factor. */
  readonly conditions: Readonly<Record<string, ReadonlyArray<readonly [string, string]>>>;
  readonly outputs: ReadonlyArray<readonly [string, string]>;
  /** The explicit pulse: state := value. */
  readonly pulse: ReadonlyArray<readonly [string, string]>;
}
