import type { Editor } from '../editor/editor';
import { useEffect } from 'react';
import { copyText, pasteText } from './edit-commands';
import { isEditable } from './use-command-keys';

/**
 * Ctrl+C and Ctrl+V on the page (not in a field or a dialog) copy and paste nodes through the system clipboard, so
 * nodes move between tabs and windows. The browser's copy and paste events are used rather than the async Clipboard
 * API: they need no permission, and they work on a page served over plain http too.
 */
export function useClipboardEvents(app: Editor): void {
  useEffect(() => {
    const ours = (e: ClipboardEvent) =>
      !e.defaultPrevented && !isEditable(e.target) && !(e.target instanceof Element && e.target.closest('[role="dialog"], dialog')) && !app.ui.getState().helpOpen;
    const onCopy = (e: ClipboardEvent) => {
      // Text selected on the page (a result, a note) keeps the browser's own copy.
      const selection = document.getSelection();
      if (!ours(e) || (selection && !selection.isCollapsed)) return;
      const text = copyText(app);
      if (text === null || !e.clipboardData) return;
      e.clipboardData.setData('text/plain', text);
      e.preventDefault();
    };
    const onPaste = (e: ClipboardEvent) => {
      if (!ours(e)) return;
      e.preventDefault();
      void pasteText(app, e.clipboardData?.getData('text/plain') ?? '');
    };
    document.addEventListener('copy', onCopy);
    document.addEventListener('paste', onPaste);
    return () => {
      document.removeEventListener('copy', onCopy);
      document.removeEventListener('paste', onPaste);
    };
  }, [app]);
}
