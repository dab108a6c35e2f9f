/** A number as MathML `<cn>`: plain decimal, or e-notation (SBML readers accept both). */
export function mathmlNumber(v: number): string {
  if (!Number.isFinite(v)) throw new Error(`cannot write ${v} to MathML`);
  const text = String(v);
  const e = text.indexOf('e');
  if (e < 0) return `<cn>${text}</cn>`;
  return `<cn type="e-notation">${text.slice(0, e)}<sep/>${Number(text.slice(e + 1))}</cn>`;
}
