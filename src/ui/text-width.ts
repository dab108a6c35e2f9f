/**
 * The rendered width of a line of text, px, measured with a canvas in the
 * browser (so SVG labels can be given the room they need); where there is no
 * canvas (tests, server) an estimate of 0.6 em per character.
 */
let context: CanvasRenderingContext2D | null | undefined;

export function textWidth(text: string, fontPx: number, weight = 400): number {
  if (context === undefined) {
    try {
      context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
    } catch {
      context = null;
    }
  }
  if (context === null || context === undefined) return text.length * fontPx * 0.6;
  context.font = `${weight} ${fontPx}px system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif`;
  return context.measureText(text).width;
}
