import { useLayoutEffect, useRef } from 'react';
import { GLOSSARY } from './glossary';
import { useEditor, useUi } from '../../editor/editor-context';
import './help.css';
import { useModalKeys } from '../use-modal-keys';

export const glossaryEntryId = (id: string) => `glossary-${id}`;

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
  }, [open, entry]);

  return (
    <dialog ref={ref} className="glossary" aria-labelledby="glossary-title" aria-modal="true" onClose={closeGlossary} data-testid="glossary-dialog">
      <div className="glossary__head">
        <h2 id="glossary-title">Glossary</h2>
        <button ref={closeRef} type="button" onClick={closeGlossary}>Close</button>
      </div>
      {/* Built only while open: nothing of it is laid out at load. */}
      {open && (
        <dl className="glossary__list">
          {GLOSSARY.map((e) => (
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
