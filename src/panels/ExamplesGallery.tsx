import { useEffect, useRef, useState } from 'react';
import { useApp } from '../app/app-context';
import { EXAMPLES, type Example } from '../scenario/examples';
import { endLesson, startLesson } from './classroom/classroom-actions';
import { lessonForExample } from './classroom/lessons';
import { openExample } from './open-example';
import './examples-gallery.css';

/**
 * The "Examples" header button and its modal dialog of ready-made scenarios. Opening one replaces the document as
 * one undoable edit; examples with a guided lesson can start it from their card.
 */
export function ExamplesGallery() {
  const app = useApp();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  // A started lesson takes focus itself; otherwise focus goes back to the button that opened the dialog.
  const focusButtonOnClose = useRef(true);
  const [open, setOpen] = useState(false);

  useEffect(() => {
    // Registered at mount, before the page's command keys (a parent's effect runs after its children's): while the
    // modal is open its keys must not reach commands acting on the design behind it, and Escape must still close it.
    const onKey = (e: KeyboardEvent) => {
      if (!dialogRef.current?.open) return;
      e.stopImmediatePropagation();
      if (e.key === 'Escape') {
        e.preventDefault();
        dialogRef.current.close();
      }
    };
    addEventListener('keydown', onKey, { capture: true });
    return () => removeEventListener('keydown', onKey, { capture: true });
  }, []);

  const show = () => {
    focusButtonOnClose.current = true;
    setOpen(true);
    dialogRef.current?.showModal();
  };
  const close = () => dialogRef.current?.close();
  const onClose = () => {
    setOpen(false);
    if (focusButtonOnClose.current) buttonRef.current?.focus();
  };
  const choose = (example: Example) => {
    endLesson();
    openExample(app, example);
    close();
  };
  const teach = (example: Example) => {
    const lesson = lessonForExample(example.id);
    if (!lesson) return;
    focusButtonOnClose.current = false;
    close();
    startLesson(app, lesson);
  };

  return (
    <>
      <button ref={buttonRef} type="button" onClick={show} aria-haspopup="dialog" aria-expanded={open} data-testid="examples-button">
        Examples
      </button>
      <dialog ref={dialogRef} className="examples" aria-labelledby="examples-title" aria-modal="true" onClose={onClose} data-testid="examples-dialog">
        <div className="examples__head">
          <h2 id="examples-title">Examples</h2>
          <p className="muted">Opening one replaces your design; Ctrl+Z brings it back.</p>
          <button type="button" onClick={close} autoFocus>
            Close
          </button>
        </div>
        {open && (
          <ul className="examples__grid">
            {EXAMPLES.map((example) => (
              <li key={example.id} className="examples__card" data-testid={`example-card-${example.id}`}>
                <h3>{example.title}</h3>
                <p>{example.lesson[0]}</p>
                <p className="muted">{example.lesson[1]}</p>
                <div className="examples__actions">
                  <button type="button" onClick={() => choose(example)} aria-label={`Open ${example.title}`}>
                    Open
                  </button>
                  {lessonForExample(example.id) && (
                    <button type="button" onClick={() => teach(example)} aria-label={`Guided lesson: ${example.title}`}>
                      Guided lesson
                    </button>
                  )}
                </div>
              </li>
            ))}
          </ul>
        )}
      </dialog>
    </>
  );
}
