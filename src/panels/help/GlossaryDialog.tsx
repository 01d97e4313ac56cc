import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { GlossaryEntry } from './glossary';
import { useEditor, useUi } from '../../editor/editor-context';
import './help.css';
import { useModalKeys } from '../use-modal-keys';

export const glossaryEntryId = (id: string) => `glossary-${id}`;

let loading: Promise<readonly GlossaryEntry[]> | null = null;

/** The entries (8 kB of text) load the first time the glossary opens, not before the page's first chart sample. */
function useGlossaryEntries(open: boolean): readonly GlossaryEntry[] | 'failed' | null {
  const [entries, setEntries] = useState<readonly GlossaryEntry[] | 'failed' | null>(null);
  useEffect(() => {
    if (!open || (entries !== null && entries !== 'failed')) return;
    let live = true;
    loading ??= import('./glossary').then((m) => m.GLOSSARY);
    loading.then(
      (loaded) => live && setEntries(loaded),
      () => {
        loading = null;
        if (live) setEntries('failed');
      },
    );
    return () => {
      live = false;
    };
  }, [open, entries]);
  return entries;
}

/**
 * The glossary as a modal dialog: every term in plain words with its source, opened from the header or from a result
 * number at that number's entry. Escape closes it and focus goes back to what opened it.
 */
export function GlossaryDialog() {
  const { ui } = useEditor();
  const { open, entry } = useUi((s) => s.glossary);
  const closeGlossary = () => ui.setState({ glossary: { open: false, entry: null } });
  const ref = useRef<HTMLDialogElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  const opener = useRef<HTMLElement | null>(null);

  useModalKeys(ref, closeGlossary);
  const entries = useGlossaryEntries(open);

  // A layout effect: the entries exist (built only while open) before we scroll to the one asked for.
  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open) {
      if (!dialog.open) {
        opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
        dialog.showModal();
      }
      const target = entry ? dialog.querySelector<HTMLElement>(`#${glossaryEntryId(entry)}`) : null;
      (target ?? closeRef.current)?.focus();
      target?.scrollIntoView({ block: 'start' });
    } else if (dialog.open) {
      dialog.close();
      opener.current?.focus();
    }
    // Again once the entries arrive, to reach the one asked for.
  }, [open, entry, entries]);

  return (
    <dialog ref={ref} className="glossary" aria-labelledby="glossary-title" aria-modal="true" onClose={closeGlossary} data-testid="glossary-dialog">
      <div className="glossary__head">
        <h2 id="glossary-title">Glossary</h2>
        <button ref={closeRef} type="button" onClick={closeGlossary}>Close</button>
      </div>
      {/* Built only while open: nothing of it is laid out at load. */}
      {open && entries === 'failed' && <p className="error-box">The glossary could not be loaded (the connection may have dropped). Close it and open it again.</p>}
      {open && entries !== null && entries !== 'failed' && (
        <dl className="glossary__list">
          {entries.map((e) => (
            <div key={e.id} className={`glossary__entry${e.id === entry ? ' glossary__entry--current' : ''}`}>
              <dt id={glossaryEntryId(e.id)} tabIndex={-1}>{e.term}</dt>
              <dd>
                {e.definition}
                {e.source && <span className="glossary__source">Source: {e.source}</span>}
              </dd>
            </div>
          ))}
        </dl>
      )}
    </dialog>
  );
}
