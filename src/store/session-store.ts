// Scope: session — selection, view and play state of this page; never undone, never saved in the document or the URL.
import { create } from 'zustand';
import type { HideableTool } from './hideable-tools';

export { HIDEABLE_TOOLS, type HideableTool } from './hideable-tools';

export type Selection = { kind: 'node' | 'link' | 'request'; id: string } | null;

export interface SessionState {
  selection: Selection;
  /** The canvas multi-selection; `selection` is the one item the inspector shows (or null). */
  selectedNodeIds: readonly string[];
  selectedLinkIds: readonly string[];
  /** Whether simulated time runs; written only by the editor's time controls (src/editor/editor.ts). */
  playing: boolean;
  /** Simulated seconds per wall-clock second; written only by the editor. */
  speed: number;
  select(selection: Selection): void;
  /** Replace the multi-selection; `primary` is what the inspector shows. */
  selectMany(nodeIds: readonly string[], linkIds: readonly string[], primary: Selection): void;
  setPlaying(playing: boolean): void;
  setSpeed(speed: number): void;
  /** A shared link opened with `ro=1`: the document may be viewed and run but not edited. */
  readOnly: boolean;
  setReadOnly(readOnly: boolean): void;
  /** A pan, zoom or node drag is in progress on the canvas: streamed panels redraw less often meanwhile. */
  canvasGesture: boolean;
  setCanvasGesture(on: boolean): void;
  /** Node ids of a route pointed at in a list (a request's best paths): the canvas lights it instead of the selected request's. */
  previewPath: readonly string[] | null;
  setPreviewPath(path: readonly string[] | null): void;
  /** The guided lesson running (named by its example) and its step. */
  lesson: { exampleId: string; step: number } | null;
  setLesson(lesson: { exampleId: string; step: number } | null): void;
  /** UI parts a class link hid; none by default. */
  hiddenTools: readonly HideableTool[];
  setHiddenTools(tools: readonly HideableTool[]): void;
  /** The canvas draws the world map behind the network. */
  mapOn: boolean;
  toggleMap(): void;
}

export const DEFAULT_SPEED = 20;

export const useSession = create<SessionState>()((set) => ({
  selection: null,
  selectedNodeIds: [],
  selectedLinkIds: [],
  playing: true,
  speed: DEFAULT_SPEED,
  select: (selection) =>
    set({
      selection,
      selectedNodeIds: selection?.kind === 'node' ? [selection.id] : [],
      selectedLinkIds: selection?.kind === 'link' ? [selection.id] : [],
    }),
  selectMany: (selectedNodeIds, selectedLinkIds, selection) => set({ selectedNodeIds, selectedLinkIds, selection }),
  setPlaying: (playing) => set({ playing }),
  setSpeed: (speed) => set({ speed }),
  readOnly: false,
  setReadOnly: (readOnly) => set({ readOnly }),
  canvasGesture: false,
  setCanvasGesture: (canvasGesture) => set({ canvasGesture }),
  previewPath: null,
  setPreviewPath: (previewPath) => set({ previewPath }),
  lesson: null,
  setLesson: (lesson) => set({ lesson }),
  hiddenTools: [],
  setHiddenTools: (hiddenTools) => set({ hiddenTools }),
  mapOn: false,
  toggleMap: () => set((s) => ({ mapOn: !s.mapOn })),
}));

export type SessionStore = typeof useSession;
