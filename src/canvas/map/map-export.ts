import { downloadBlob, fileStem } from '../../share/download';
import { pagePalette, svgToPng } from '../../share/image-export';
import type { GeoLocation } from './map-projection';
import { flatExportProjection, globeProjection, worldSvg, type WorldScene } from './world-svg';

/** Exported images: the flat map at a landscape page size, the globe square. */
const FLAT_SIZE = { widthPx: 1400, heightPx: 900 };
const GLOBE_SIZE = { widthPx: 1000, heightPx: 1000 };

/** The map or globe as the user sees it (the globe turned as on screen), drawn from the design rather than the page. */
export function worldImage(scene: WorldScene, view: { globe: boolean; rotation: [number, number]; globeZoom: number }): { svgText: string; widthPx: number; heightPx: number } {
  const { widthPx, heightPx } = view.globe ? GLOBE_SIZE : FLAT_SIZE;
  const places: GeoLocation[] = scene.markers.map((m) => m.location);
  const projection = view.globe ? globeProjection(view.rotation, widthPx, heightPx, view.globeZoom) : flatExportProjection(places, widthPx, heightPx);
  return { svgText: worldSvg(scene, { projection, widthPx, heightPx, palette: pagePalette(), decorated: true }), widthPx, heightPx };
}

export async function downloadWorld(scene: WorldScene, view: { globe: boolean; rotation: [number, number]; globeZoom: number }, format: 'svg' | 'png'): Promise<void> {
  const image = worldImage(scene, view);
  const name = `${fileStem(scene.title)}-${view.globe ? 'globe' : 'map'}.${format}`;
  const blob = format === 'svg' ? new Blob([image.svgText], { type: 'image/svg+xml' }) : await svgToPng(image.svgText, image.widthPx, image.heightPx, 2);
  downloadBlob(blob, name);
}
