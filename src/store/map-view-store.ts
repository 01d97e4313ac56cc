// Scope: session — how the map view looks (flat or globe, the globe's turn and zoom, which labels fit, the node being placed); never saved.
import { create } from 'zustand';

export interface MapViewState {
  globe: boolean;
  /** The globe's centre as d3's rotate angles: [−longitude, −latitude], degrees. */
  rotation: [number, number];
  /** Globe zoom: 1 shows the whole disc. */
  globeZoom: number;
  /** The node waiting for a click on the map to take that place as its location. */
  placingId: string | null;
  /** Flat map: markers whose label fits without overlapping a more important one. */
  shownLabels: ReadonlySet<string>;
  setGlobe(globe: boolean): void;
  setRotation(rotation: [number, number]): void;
  setGlobeZoom(zoom: number): void;
  setPlacing(id: string | null): void;
  setShownLabels(ids: ReadonlySet<string>): void;
}

export const GLOBE_ZOOM = { min: 1, max: 40 };

export const useMapView = create<MapViewState>((set) => ({
  globe: false,
  rotation: [0, 0],
  globeZoom: 1,
  placingId: null,
  shownLabels: new Set(),
  setGlobe: (globe) => set({ globe }),
  // Latitude stays within ±90° so the globe never turns upside down.
  setRotation: ([lambda, phi]) => set({ rotation: [((((lambda + 180) % 360) + 360) % 360) - 180, Math.max(-90, Math.min(90, phi))] }),
  setGlobeZoom: (zoom) => set({ globeZoom: Math.max(GLOBE_ZOOM.min, Math.min(GLOBE_ZOOM.max, zoom)) }),
  setPlacing: (placingId) => set({ placingId }),
  setShownLabels: (shownLabels) => set({ shownLabels }),
}));
