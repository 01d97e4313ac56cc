import { useState } from 'react';
import { useKeptCopies } from '../store/kept-copies-store';
import { downloadBlob } from './download';

const when = (iso: string) => new Date(iso).toLocaleString('en', { dateStyle: 'medium', timeStyle: 'short' });

/** The unreadable saves kept aside: download one to repair it by hand, or delete it. */
export function KeptCopies() {
  const copies = useKeptCopies((s) => s.copies);
  const [error, setError] = useState<string | null>(null);
  if (copies.length === 0) return null;
  const download = async (key: string, keptAt: string) => {
    setError(null);
    const text = await useKeptCopies.getState().read(key).catch(() => undefined);
    if (text === undefined) setError('That copy could not be read from the browser’s storage.');
    else downloadBlob(new Blob([text], { type: 'application/json' }), `unreadable-save-${keptAt.replace(/[:.]/g, '-')}.json`);
  };
  const remove = async (key: string) => {
    if (!confirm('Delete this kept copy for good? Download it first if you may want to repair it.')) return;
    setError(null);
    await useKeptCopies.getState().remove(key).catch((e: Error) => setError(`That copy could not be deleted: ${e.message}`));
  };
  return (
    <section aria-labelledby="kept-copies-title" data-testid="kept-copies">
      <h3 id="kept-copies-title">Kept copies</h3>
      <p className="muted">Saved designs that could not be read are kept here, never overwritten. Download one to repair it by hand.</p>
      <ul className="kept-copies">
        {copies.map(({ key, keptAt, chars }) => (
          <li key={key} className="files-menu__row">
            <span className="files-menu__label">Kept {when(keptAt)} ({chars.toLocaleString('en')} characters)</span>
            <button type="button" onClick={() => void download(key, keptAt)}>Download</button>
            <button type="button" onClick={() => void remove(key)}>Delete</button>
          </li>
        ))}
      </ul>
      {error && <p className="error-box" role="alert">{error}</p>}
    </section>
  );
}
