import qrcode from 'qrcode-generator';
import { useMemo } from 'react';

/** A QR code drawn as one SVG path from the module matrix (no HTML strings, so nothing is ever injected). */
export function QrCode({ text, sizePx = 176 }: { text: string; sizePx?: number }) {
  const drawing = useMemo(() => {
    try {
      const qr = qrcode(0, 'L');
      qr.addData(text, 'Byte');
      qr.make();
      const count = qr.getModuleCount();
      let d = '';
      for (let row = 0; row < count; row++) for (let col = 0; col < count; col++) if (qr.isDark(row, col)) d += `M${col} ${row}h1v1h-1z`;
      return { count, d };
    } catch {
      // Above about 2,900 bytes no QR code version can hold the link.
      return null;
    }
  }, [text]);
  if (!drawing) return <p className="muted" data-testid="share-qr-too-long">This link is too long for a QR code.</p>;
  const quietZone = 4;
  const side = drawing.count + 2 * quietZone;
  return (
    <svg className="share-qr" data-testid="share-qr" role="img" aria-label="QR code of the link" width={sizePx} height={sizePx} viewBox={`${-quietZone} ${-quietZone} ${side} ${side}`} shapeRendering="crispEdges">
      <rect x={-quietZone} y={-quietZone} width={side} height={side} fill="#fff" />
      <path d={drawing.d} fill="#000" />
    </svg>
  );
}
