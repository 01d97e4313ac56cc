import { getNodesBounds, getViewportForBounds, type Node } from '@xyflow/react';
import { toPng, toSvg } from 'html-to-image';
import type { Scenario } from '../scenario/schema';

/** Presentation properties that charts take from CSS; copied inline so the file looks the same outside the page. */
const SVG_STYLE_PROPERTIES = ['fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-dasharray', 'opacity', 'font-family', 'font-size', 'font-weight', 'text-anchor', 'dominant-baseline'];

const backgroundOf = (element: Element) => {
  for (let el: Element | null = element; el; el = el.parentElement) {
    const color = getComputedStyle(el).backgroundColor;
    if (color && color !== 'transparent' && color !== 'rgba(0, 0, 0, 0)') return color;
  }
  return '#ffffff';
};

/** A standalone SVG file of an on-page chart: computed colours and fonts inlined, the panel background behind it. */
export function chartToSvg(svg: SVGSVGElement): { svgText: string; widthPx: number; heightPx: number } {
  const box = svg.getBoundingClientRect();
  const widthPx = Math.max(1, Math.round(box.width));
  const heightPx = Math.max(1, Math.round(box.height));
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const sources = [svg, ...svg.querySelectorAll('*')];
  const targets = [clone, ...clone.querySelectorAll('*')];
  sources.forEach((source, i) => {
    const target = targets[i] as SVGElement | undefined;
    if (!target) return;
    const computed = getComputedStyle(source);
    for (const property of SVG_STYLE_PROPERTIES) target.style.setProperty(property, computed.getPropertyValue(property));
  });
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(widthPx));
  clone.setAttribute('height', String(heightPx));
  const background = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', backgroundOf(svg));
  clone.insertBefore(background, clone.firstChild);
  return { svgText: new XMLSerializer().serializeToString(clone), widthPx, heightPx };
}

/** Rasterise SVG text through an <img> on a <canvas>, at `scale` pixels per CSS pixel. */
export async function svgToPng(svgText: string, widthPx: number, heightPx: number, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(widthPx * scale);
    canvas.height = Math.round(heightPx * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('this browser cannot draw on a canvas');
    context.scale(scale, scale);
    context.drawImage(img, 0, 0, widthPx, heightPx);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the image could not be encoded'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** The whole network drawing (not just what is scrolled into view), as React Flow's docs recommend. */
export async function canvasToImage(scenario: Scenario, format: 'png' | 'svg'): Promise<string> {
  const viewport = document.querySelector<HTMLElement>('.react-flow__viewport');
  if (!viewport) throw new Error('the canvas is not on the page');
  const nodes: Node[] = scenario.nodes.map((n) => {
    const element = document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(n.id)}"]`);
    return { id: n.id, position: n.position, data: {}, width: element?.offsetWidth ?? 150, height: element?.offsetHeight ?? 50 };
  });
  const bounds = getNodesBounds(nodes);
  const widthPx = Math.min(2400, Math.max(480, Math.round(bounds.width + 200)));
  const heightPx = Math.min(1800, Math.max(320, Math.round(bounds.height + 200)));
  const view = getViewportForBounds(bounds, widthPx, heightPx, 0.1, 2, 0.1);
  const options = {
    backgroundColor: backgroundOf(viewport),
    width: widthPx,
    height: heightPx,
    style: { width: `${widthPx}px`, height: `${heightPx}px`, transform: `translate(${view.x}px, ${view.y}px) scale(${view.zoom})` },
  };
  return format === 'png' ? toPng(viewport, { ...options, pixelRatio: 2 }) : toSvg(viewport, options);
}
