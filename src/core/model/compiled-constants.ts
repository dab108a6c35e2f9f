/** The constants array of a compiled model for parameter values (defaults where a value is not given). */
import type { CompiledModel } from './compiled-model';
import type { ParameterValues } from './parameter';

/** Parameters first (record order), then the derived constants (and the pulse mode's, if asked). */
export function constantsFor(model: CompiledModel, values: ParameterValues, pulsed = false): Float64Array {
  const c = new Float64Array(model.layout.constants.length);
  model.source.parameters.forEach((p, i) => { c[i] = values[p.id] ?? p.value; });
  model.constants(c);
  if (pulsed && model.pulseConstants) model.pulseConstants(c);
  return c;
}
