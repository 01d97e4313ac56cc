import type { Editor } from '../editor/editor';
import { useEffect } from 'react';
import { commandForKey } from './registry';

/** Typing in a field keeps its own keys (Ctrl+Z undoes the text, arrows move the caret). */
export function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** Space and Enter activate the focused button or select the focused node; only on the page background are they commands. */
function activatesFocused(e: KeyboardEvent): boolean {
  return (e.key === ' ' || e.key === 'Enter') && e.target instanceof HTMLElement && e.target !== document.body;
}

/**
 * The one keydown handler of the page. It listens in the capture phase so a command key is handled once,
 * before React Flow's own node keys (whose arrow step would differ from ours).
 */
export function useCommandKeys(app: Editor): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.isComposing || isEditable(e.target) || activatesFocused(e)) return;
      // Popovers and dialogs (share, files) keep their own keys, Escape first of all.
      if (e.target instanceof Element && e.target.closest('[role="dialog"], dialog')) return;
      // The open dialog owns the keyboard (Tab cycles inside it, Escape closes it).
      if (app.ui.getState().helpOpen) return;
      const command = commandForKey(e, app);
      // Copy and paste go through the browser's clipboard events (use-clipboard-events.ts).
      if (!command || command.browserEvent) return;
      if (!command.enabled(app)) {
        // Keep the browser's meaning of Ctrl+D or Ctrl+A off the page, but let other listeners have plain keys.
        if (e.ctrlKey || e.metaKey) e.preventDefault();
        return;
      }
      e.preventDefault();
      e.stopPropagation();
      command.run(app);
    };
    addEventListener('keydown', onKey, { capture: true });
    return () => removeEventListener('keydown', onKey, { capture: true });
  }, [app]);
}
