import { lazy, Suspense, useRef, useState } from 'react';
import './examples-gallery.css';
import { openTeacher } from '../store/teacher-store';
import { useModalKeys } from './use-modal-keys';

// The examples and lessons load when the gallery is first opened (or its button hovered), not before the first chart sample.
const loadGrid = () => import('./ExamplesGrid');
const ExamplesGrid = lazy(() => loadGrid().then((m) => ({ default: m.ExamplesGrid })));

/**
 * The "Examples" header button and its modal dialog of ready-made scenarios. Opening one replaces the document as
 * one undoable edit; examples with a guided lesson can start it from their card.
 */
export function ExamplesGallery() {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  // A started lesson takes focus itself; otherwise focus goes back to the button that opened the dialog.
  const focusButtonOnClose = useRef(true);
  const [open, setOpen] = useState(false);

  useModalKeys(dialogRef, () => dialogRef.current?.close());

  const show = () => {
    focusButtonOnClose.current = true;
    setOpen(true);
    dialogRef.current?.showModal();
    // Not React's autoFocus: that calls focus() while mounting the closed dialog, a style recalculation during the first render.
    closeRef.current?.focus();
  };
  const close = () => dialogRef.current?.close();
  const onClose = () => {
    setOpen(false);
    if (focusButtonOnClose.current) buttonRef.current?.focus();
  };
  const startingLesson = () => {
    focusButtonOnClose.current = false;
  };

  return (
    <>
      <button ref={buttonRef} type="button" onClick={show} onPointerEnter={loadGrid} onFocus={loadGrid} aria-haspopup="dialog" aria-expanded={open} data-testid="examples-button">
        Examples
      </button>
      <dialog ref={dialogRef} className="examples" aria-labelledby="examples-title" aria-modal="true" onClose={onClose} data-testid="examples-dialog">
        <div className="examples__head">
          <h2 id="examples-title">Examples</h2>
          <p className="muted">Opening one replaces your design; Ctrl+Z brings it back.</p>
          <button
            type="button"
            data-testid="teacher-button"
            title="Prepare a class link (lesson, hidden tools, locked parameters) and print teacher sheets"
            onClick={() => {
              // The Teacher dialog takes focus itself.
              startingLesson();
              close();
              openTeacher();
            }}
          >
            Teacher…
          </button>
          <button ref={closeRef} type="button" onClick={close}>
            Close
          </button>
        </div>
        {open && (
          <Suspense fallback={<p className="muted">Loading examples…</p>}>
            <ExamplesGrid close={close} startingLesson={startingLesson} />
          </Suspense>
        )}
      </dialog>
    </>
  );
}
