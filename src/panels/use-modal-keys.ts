import { useEffect, useRef, type RefObject } from 'react';

/**
 * While the dialog is open its keys reach nothing behind it (the page's command keys act on the design), and Escape
 * calls `close`. Registered at mount, in the capture phase, before the page's own key handler.
 */
export function useModalKeys(dialog: RefObject<HTMLDialogElement | null>, close: () => void): void {
  const closeRef = useRef(close);
  closeRef.current = close;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!dialog.current?.open) return;
      e.stopImmediatePropagation();
      if (e.key === 'Escape') {
        e.preventDefault();
        closeRef.current();
      }
    };
    addEventListener('keydown', onKey, { capture: true });
    return () => removeEventListener('keydown', onKey, { capture: true });
  }, [dialog]);
}
