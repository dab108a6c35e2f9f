/**
 * The compact view of a model's equations (generated from its definition by
 * the compiler, src/core/model/<id>/generated/equations.ts), shown in the
 * researcher panel.
 */

/** One line: what is defined, its formula in plain text, and what it means. */
export interface EquationLine {
  readonly lhs: string;
  readonly rhs: string;
  readonly meaning: string;
}

/** A titled group of lines. */
export interface EquationSection {
  readonly title: string;
  readonly lines: readonly EquationLine[];
}

/** The averaged model's view and, when the model has one, the explicit-pulse mode's. */
export interface EquationViews {
  readonly averaged: readonly EquationSection[];
  readonly pulsed: readonly EquationSection[] | null;
}
