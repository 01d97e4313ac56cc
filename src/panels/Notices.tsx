import { useState } from 'react';
import { useApp } from '../app/app-context';

/** Messages the user must see once: an unreadable autosave, a failed save, a restarted engine. */
export function Notices() {
  const { notices } = useApp();
  const [dismissed, setDismissed] = useState(0);
  const visible = notices.slice(dismissed);
  if (visible.length === 0) return null;
  return (
    <div className="notices" role="alert">
      {visible.map((n) => <p key={n}>{n}</p>)}
      <button type="button" onClick={() => setDismissed(notices.length)}>Dismiss</button>
    </div>
  );
}
