/** Series styles (src/ui/palette.ts): one per hormone, dark enough on white, told apart by dash where colours repeat or look alike. */
import { describe, expect, it } from 'vitest';
import { MODELS } from '../../src/core/model/registry';
import { CHART_GROUPS } from '../../src/ui/labels';
import { AGENT_COLORS, CURSOR_COLOR, OUTPUT_STYLES, PINNED_COLOR, pinnedStyleFor, styleFor } from '../../src/ui/palette';

/** WCAG contrast ratio of a colour against white. */
function contrastOnWhite(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  const luminance = 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  return 1.05 / (luminance + 0.05);
}

describe('series styles', () => {
  it('name a style for every output of every model, the same in each model', () => {
    for (const model of Object.values(MODELS)) for (const o of model.outputs) expect(OUTPUT_STYLES[o.id], `${model.id}/${o.id}`).toBeDefined();
    expect(styleFor('testosterone')).toBe(OUTPUT_STYLES.testosterone);
  });

  it('are dark enough to read on white (≥ 4.5:1), as are pinned lines, the cursor and agent bars', () => {
    for (const [id, style] of Object.entries(OUTPUT_STYLES)) expect(contrastOnWhite(style.color), id).toBeGreaterThanOrEqual(4.5);
    for (const color of [PINNED_COLOR, CURSOR_COLOR, ...AGENT_COLORS]) expect(contrastOnWhite(color), color).toBeGreaterThanOrEqual(4.5);
  });

  it('differ within each chart in colour and dash together, so no two lines of a chart look alike', () => {
    for (const group of CHART_GROUPS) {
      const keys = group.outputs.map((id) => `${OUTPUT_STYLES[id]!.color} ${OUTPUT_STYLES[id]!.dash}`);
      expect(new Set(keys).size, group.id).toBe(keys.length);
      // Testosterone and the testes' own production share a colour on purpose: their dashes differ.
      const dashes = group.outputs.map((id) => OUTPUT_STYLES[id]!.dash);
      expect(new Set(dashes).size, group.id).toBeGreaterThanOrEqual(Math.min(dashes.length, 5));
    }
  });

  it("draw every pinned line in one grey, keeping its hormone's dash", () => {
    expect(pinnedStyleFor('lh')).toEqual({ color: PINNED_COLOR, dash: OUTPUT_STYLES.lh!.dash, width: 2 });
    expect(new Set(Object.keys(OUTPUT_STYLES).map((id) => pinnedStyleFor(id).color))).toEqual(new Set([PINNED_COLOR]));
  });
});
