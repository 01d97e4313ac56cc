import { useEffect, useState } from 'react';
import { useUi } from '../editor/editor-context';

/** How long a message stays readable: long enough to read twice, short enough not to be taken for the current state. */
const SHOWN_MS = { info: 6_000, error: 12_000 };

/** The live region: what was added or deleted, and why a gesture was refused. Always rendered, so screen readers hear changes. */
export function StatusMessage() {
  const message = useUi((s) => s.message);
  const [expired, setExpired] = useState<number | null>(null);
  useEffect(() => {
    if (!message) return;
    const timer = setTimeout(() => setExpired(message.seq), SHOWN_MS[message.tone]);
    return () => clearTimeout(timer);
  }, [message]);
  const shown = message && expired !== message.seq ? message : null;
  return (
    <p className={`status-message${shown?.tone === 'error' ? ' status-message--error' : ''}${shown ? '' : ' status-message--empty'}`} role="status" aria-live="polite" data-testid="status-message">
      {/* The key re-renders the text, so the same words are announced again. */}
      {shown && <span key={shown.seq}>{shown.text}</span>}
    </p>
  );
}
