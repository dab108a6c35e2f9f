/**
 * Chart export without libraries: the charts' SVG (as the app drew them),
 * stacked under their titles with their legends redrawn in SVG, serialized as
 * one standalone SVG file; a PNG is that SVG drawn onto a canvas. Reads the
 * charts from the DOM under `root` (the `.chart-figure` elements).
 */

const SVG_NS = 'http://www.w3.org/2000/svg';
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
const TITLE_H = 34;
const LEGEND_ROW = 24;
const FOOTER_H = 40;

function el(name: string, attrs: Record<string, string | number>, text?: string): SVGElement {
  const node = document.createElementNS(SVG_NS, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The charts under `root` as one standalone SVG document; null when no chart is drawn. */
export function buildChartsSvg(root: ParentNode, heading: string): { text: string; width: number; height: number } | null {
  const figures = [...root.querySelectorAll<HTMLElement>('.chart-figure')];
  const surfaces = figures.map((f) => f.querySelector<SVGSVGElement>('svg.trajectory-plot'));
  if (figures.length === 0 || surfaces.some((s) => s === null)) return null;
  const width = Math.max(...surfaces.map((s) => Number(s!.getAttribute('width')) || s!.getBoundingClientRect().width));
  const out = el('svg', { xmlns: SVG_NS, 'font-family': FONT, width, version: '1.1' }) as SVGSVGElement;
  const body = el('g', {});
  let y = 0;
  body.append(el('text', { x: 12, y: 26, 'font-size': 20, 'font-weight': 700, fill: '#1a1a1a' }, heading));
  y += TITLE_H + 4;
  figures.forEach((figure, i) => {
    const surface = surfaces[i]!;
    const h = Number(surface.getAttribute('height')) || surface.getBoundingClientRect().height;
    body.append(el('text', { x: 12, y: y + 20, 'font-size': 17, 'font-weight': 600, fill: '#1a1a1a' }, figure.querySelector('.chart-title')?.textContent ?? ''));
    y += TITLE_H;
    const copy = surface.cloneNode(true) as SVGSVGElement;
    copy.removeAttribute('style');
    copy.setAttribute('x', '0');
    copy.setAttribute('y', String(y));
    copy.setAttribute('width', String(width));
    copy.setAttribute('height', String(h));
    body.append(copy);
    y += h + 6;
    let x = 16;
    for (const item of figure.querySelectorAll('.chart-legend li')) {
      // The line's name (not its value on the cursor day, nor the screen-reader word for a glossary link).
      const label = (item.querySelector('[data-legend-label]')?.textContent ?? item.textContent ?? '').replaceAll(' (glossary)', '');
      const itemWidth = 48 + label.length * 8.2;
      if (x + itemWidth > width && x > 16) {
        x = 16;
        y += LEGEND_ROW;
      }
      const sample = item.querySelector('line');
      if (sample !== null) {
        const line = sample.cloneNode(true) as SVGLineElement;
        line.setAttribute('transform', `translate(${x} ${y + 6})`);
        body.append(line);
      }
      body.append(el('text', { x: x + 42, y: y + 16, 'font-size': 14, fill: '#1a1a1a' }, label));
      x += itemWidth;
    }
    y += LEGEND_ROW + 10;
  });
  body.append(
    el('text', { x: 12, y: y + 22, 'font-size': 13, fill: '#444' }, 'Gonadostat — a teaching model, not a dosing tool. Values relative to the healthy baseline (1 = baseline).'),
  );
  y += FOOTER_H;
  out.prepend(el('rect', { x: 0, y: 0, width, height: y, fill: '#ffffff' }));
  out.append(body);
  out.setAttribute('height', String(y));
  out.setAttribute('viewBox', `0 0 ${width} ${y}`);
  const text = `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(out)}\n`;
  return { text, width, height: y };
}

/** Draws a standalone SVG onto a canvas at `scale` × its size and returns it as PNG. */
export async function svgToPng(svg: { text: string; width: number; height: number }, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg.text], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.width = svg.width;
    image.height = svg.height;
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('the chart image could not be drawn'));
      image.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(svg.width * scale);
    canvas.height = Math.round(svg.height * scale);
    const context = canvas.getContext('2d');
    if (context === null) throw new Error('this browser cannot draw on a canvas');
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, svg.width, svg.height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b === null ? reject(new Error('PNG encoding failed')) : resolve(b)), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}
