const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text or an attribute value made safe for XML: names come from users and may hold any character. */
export function escapeXml(text: string): string {
  // Characters XML 1.0 forbids even escaped (most control characters) are dropped rather than breaking the file.
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '').replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!);
}

/** `name="value"` pairs for an SVG element; null and undefined values are left out. */
export function svgAttrs(attrs: Readonly<Record<string, string | number | null | undefined>>): string {
  return Object.entries(attrs)
    .filter(([, v]) => v !== null && v !== undefined)
    .map(([k, v]) => `${k}="${escapeXml(String(v))}"`)
    .join(' ');
}

/** A rough text width for boxes around text: no fonts to measure with outside a page, and a box a little wide is harmless. */
export const textWidth = (text: string, fontSizePx: number, bold = false) => [...text].length * fontSizePx * (bold ? 0.62 : 0.56);

/** Coordinates to a tenth of a unit: finer is invisible and only makes the file longer. */
export const round = (v: number) => Math.round(v * 10) / 10;
