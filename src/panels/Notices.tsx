import { useStore } from 'zustand';
import { useEditor } from '../editor/editor-context';

/** Messages the user must see once, each dismissable. */
export function Notices() {
  const { notices } = useEditor();
  const visible = useStore(notices, (s) => s.notices);
  if (visible.length === 0) return null;
  return (
    <div className="notices" role="alert" data-testid="notices">
      {visible.map((n) => (
        <p key={n.id}>
          {n.text}{' '}
          <button type="button" onClick={() => notices.getState().dismiss(n.id)} aria-label="Dismiss this message">Dismiss</button>
        </p>
      ))}
    </div>
  );
}
