import { useUi } from '../editor/editor-context';

/** The live region: what was added or deleted, and why a gesture was refused. Always rendered, so screen readers hear changes. */
export function StatusMessage() {
  const message = useUi((s) => s.message);
  return (
    <p className={`status-message${message?.tone === 'error' ? ' status-message--error' : ''}${message ? '' : ' status-message--empty'}`} role="status" aria-live="polite" data-testid="status-message">
      {/* The key re-renders the text, so the same words are announced again. */}
      {message && <span key={message.seq}>{message.text}</span>}
    </p>
  );
}
