import { create } from 'zustand';

/** Whether the canvas shows the world map: a view setting of this session, never saved in the document. */
export const useMapView = create<{ on: boolean; toggle(): void }>()((set) => ({
  on: false,
  toggle: () => set((s) => ({ on: !s.on })),
}));
