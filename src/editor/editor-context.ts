import { createContext, useCallback, useContext, useEffect, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { useStore } from 'zustand';
import { namer } from '../format/names';
import type { DocumentState } from '../store/scenario-store';
import type { ResultsStore } from '../store/results-store';
import type { UiState } from '../store/ui-store';
import type { EditSource, Editor } from './editor';
import { throttle } from './throttle';

export const EditorContext = createContext<Editor | null>(null);

/** The page's one app object. */
export function useEditor(): Editor {
  const editor = useContext(EditorContext);
  if (!editor) throw new Error('useEditor outside <EditorContext.Provider>');
  return editor;
}

/** A value of the document store (scenario and its history), re-rendering when it changes. */
export function useDocument<T>(selector: (state: DocumentState) => T): T {
  return useStore(useEditor().document, selector);
}

export function useUi<T>(selector: (state: UiState) => T): T {
  return useStore(useEditor().ui, selector);
}

/** An answer read from the editor (the gate, a command's enabled state), re-rendering only when it changes. */
export function useEditorState<T extends string | number | boolean>(read: (editor: Editor) => T): T {
  const editor = useEditor();
  // One subscription for the component's life: a new function each render made React unsubscribe and subscribe again
  // to the four stores on every render of every field (an edit re-renders all of a link's fields).
  const subscribe = useCallback(
    (listener: () => void) => {
      const offs = [editor.document.subscribe(listener), editor.session.subscribe(listener), editor.ui.subscribe(listener), editor.results.subscribe(listener)];
      return () => offs.forEach((off) => off());
    },
    [editor],
  );
  return useSyncExternalStore(subscribe, () => read(editor));
}

export interface ResultsReadOptions<T> {
  /** Refresh at most this often (trailing), never per sample batch: for text that need not follow every sample. */
  throttleMs?: number;
  /** With a throttle, keep the old value when the new one equals it (no re-render). */
  equal?: (a: T, b: T) => boolean;
  /** With a throttle, stop listening while false. */
  enabled?: boolean;
  /** Unthrottled, re-render at most once per animation frame however fast samples arrive (a table of the stream). */
  perFrame?: boolean;
}

/**
 * The one way a component reads the streamed results. Unthrottled, `read` must return a stable value (a field of the
 * store) and the component re-renders whenever it changes; throttled, it may compute a new value each time.
 */
export function useResults<T>(read: (results: ResultsStore) => T, options: ResultsReadOptions<T> = {}): T {
  const { results } = useEditor();
  const { throttleMs, equal = Object.is, enabled = true, perFrame = false } = options;
  const readRef = useRef(read);
  const equalRef = useRef(equal);
  useLayoutEffect(() => {
    readRef.current = read;
    equalRef.current = equal;
  });
  const subscribe = useCallback(
    (listener: () => void) => {
      if (throttleMs !== undefined) return () => {};
      if (!perFrame) return results.subscribe(listener);
      let frame = 0;
      const unsubscribe = results.subscribe(() => {
        if (frame === 0) frame = requestAnimationFrame(() => ((frame = 0), listener()));
      });
      return () => {
        unsubscribe();
        if (frame) cancelAnimationFrame(frame);
      };
    },
    [results, throttleMs, perFrame],
  );
  const immediate = useSyncExternalStore(subscribe, () => (throttleMs === undefined ? read(results) : null));
  const [throttled, setThrottled] = useState(() => (throttleMs === undefined ? null : read(results)));
  useEffect(() => {
    if (throttleMs === undefined || !enabled) return;
    const refresh = () => {
      const next = readRef.current(results);
      setThrottled((prev) => (prev !== null && equalRef.current(prev as T, next) ? prev : next));
    };
    refresh();
    const t = throttle(refresh, throttleMs);
    const unsubscribe = results.subscribe(() => t.poke());
    return () => {
      unsubscribe();
      t.cancel();
    };
  }, [results, throttleMs, enabled]);
  return (throttleMs === undefined ? immediate : throttled) as T;
}

/** The gate, as a component sees it: whether a change from `source` would be let through now. */
export function useCanEdit(source: EditSource = 'hand'): boolean {
  return useEditorState((editor) => editor.canEdit(source));
}

/** Names for the ids in the engine's sentences, built once per change of the design's nodes or links. */
export function useNamer(): (text: string) => string {
  const nodes = useDocument((s) => s.scenario.nodes);
  const links = useDocument((s) => s.scenario.links);
  return useMemo(() => namer({ nodes, links }), [nodes, links]);
}
