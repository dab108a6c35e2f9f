/**
 * Structural sharing for validated edits: validation returns a fresh copy of
 * the whole scenario, so without this every regimen, the subject and the
 * parameters would be new objects after any edit, and every control showing
 * one of them would redraw. Parts equal to the previous scenario's keep their
 * old objects, so a dragged dose redraws only its own regimen's controls.
 */
import type { Scenario } from '../core/scenario/types';

const same = (a: unknown, b: unknown): boolean => a === b || JSON.stringify(a) === JSON.stringify(b);

/** `next`, with the parts equal to `previous`'s replaced by `previous`'s objects. */
export function shareUnchanged(next: Scenario, previous: Scenario): Scenario {
  const regimens = next.regimens.map((r, i) => (previous.regimens[i] !== undefined && same(r, previous.regimens[i]) ? previous.regimens[i]! : r));
  return {
    ...next,
    regimens: regimens.length === previous.regimens.length && regimens.every((r, i) => r === previous.regimens[i]) ? previous.regimens : regimens,
    subject: same(next.subject, previous.subject) ? previous.subject : next.subject,
    parameters: same(next.parameters, previous.parameters) ? previous.parameters : next.parameters,
    output: same(next.output, previous.output) ? previous.output : next.output,
    ...(next.options === undefined ? {} : { options: same(next.options, previous.options) ? previous.options! : next.options }),
  };
}
