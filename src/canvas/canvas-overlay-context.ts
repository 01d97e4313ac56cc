import { createContext, useCallback, useContext, useMemo, useSyncExternalStore } from 'react';
import type { CanvasOverlays } from './overlays/canvas-overlays';
import type { LinkOverlay } from '../format/link-overlay';

/** The canvas's shared view of the results (one per canvas); null outside a canvas, where nodes draw no overlays. */
export const CanvasOverlaysContext = createContext<CanvasOverlays | null>(null);
/** Whether the canvas is zoomed out far enough to draw plain shapes and no labels (see level-of-detail.ts). */
export const LowDetailContext = createContext(false);
/**
 * React Flow's viewport portal, found once per canvas. Its own `ViewportPortal` looks the element up with
 * querySelector in a store selector, so every label ran a search of the whole canvas on every store update.
 */
export const TopLayerContext = createContext<HTMLElement | null>(null);

const noSubscription = () => () => {};

function useOverlayValue<T>(subscribe: (o: CanvasOverlays, listener: () => void) => () => void, read: (o: CanvasOverlays) => T, fallback: T): T {
  const overlays = useContext(CanvasOverlaysContext);
  const subscribeTo = useCallback((l: () => void) => (overlays ? subscribe(overlays, l) : noSubscription()), [overlays, subscribe]);
  return useSyncExternalStore(subscribeTo, () => (overlays ? read(overlays) : fallback));
}

const subscribeLink = (id: string) => (o: CanvasOverlays, l: () => void) => o.subscribeLink(id, l);
const subscribeNode = (id: string) => (o: CanvasOverlays, l: () => void) => o.subscribeNode(id, l);
const subscribePath = (o: CanvasOverlays, l: () => void) => o.subscribePath(l);
const subscribeNothing = () => noSubscription();

/** This link's rate, loss, status and alarm; re-renders only when one of them changes. */
export function useLinkOverlay(id: string): LinkOverlay | undefined {
  const subscribe = useMemo(() => subscribeLink(id), [id]);
  return useOverlayValue(subscribe, (o) => o.link(id), undefined);
}

/** Key stored at this node, bits, or null; a node that shows no badge (`enabled` false) does not listen at all. */
export function useStoredKeyBits(id: string, enabled: boolean): number | null {
  const subscribe = useMemo(() => (enabled ? subscribeNode(id) : subscribeNothing), [id, enabled]);
  return useOverlayValue(subscribe, (o) => (enabled ? o.storedKeyBits(id) : null), null);
}

export function useNodeOnPath(id: string): boolean {
  return useOverlayValue(subscribePath, (o) => o.nodeOnPath(id), false);
}

export function useLinkOnPath(source: string, target: string): boolean {
  return useOverlayValue(subscribePath, (o) => o.linkOnPath(source, target), false);
}

export function useLowDetail(): boolean {
  return useContext(LowDetailContext);
}

export function useTopLayer(): HTMLElement | null {
  return useContext(TopLayerContext);
}
