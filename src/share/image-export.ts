import type { Evaluation } from '../engine/results';
import { linkOverlays } from '../format/link-overlay';
import { LIGHT_PALETTE, type Palette } from '../format/link-paint';
import type { Scenario } from '../scenario/schema';
import { networkSvg, type NetworkSvg } from './network-svg';

/** Browsers refuse canvases much past 16k pixels a side or ~268 M pixels: large networks get fewer pixels per unit. */
const MAX_PNG_SIDE_PX = 8192;
const MAX_PNG_AREA_PX = 64e6;

const PALETTE_PROPERTIES: Record<keyof Palette, string> = {
  bg: '--bg',
  panel: '--panel',
  text: '--text',
  muted: '--muted',
  border: '--border',
  accent: '--accent',
  danger: '--danger',
  warnBg: '--warn-bg',
  fiber: '--fiber',
  freeSpace: '--free-space',
};

/** The page's theme colours now (light or dark), so an export looks like the screen it was made from. */
export function pagePalette(): Palette {
  const style = getComputedStyle(document.documentElement);
  const entries = Object.entries(PALETTE_PROPERTIES).map(([key, property]) => [key, style.getPropertyValue(property).trim() || LIGHT_PALETTE[key as keyof Palette]]);
  return Object.fromEntries(entries) as unknown as Palette;
}

/** The network drawing as SVG, from the document and the engine's latest answer (not from the page's markup). */
export function networkImage(scenario: Scenario, evaluation: Evaluation | null): NetworkSvg {
  return networkSvg(scenario, linkOverlays(evaluation), pagePalette());
}

/** The same drawing as a PNG: the SVG rasterised, at 2× where the browser allows it. */
export function networkPng({ svgText, widthPx, heightPx }: NetworkSvg): Promise<Blob> {
  const scale = Math.min(2, MAX_PNG_SIDE_PX / Math.max(widthPx, heightPx), Math.sqrt(MAX_PNG_AREA_PX / (widthPx * heightPx)));
  return svgToPng(svgText, widthPx, heightPx, scale);
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
