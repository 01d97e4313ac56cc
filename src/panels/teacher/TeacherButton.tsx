import { lazy, Suspense, useRef, useState } from 'react';
import { useModalKeys } from '../use-modal-keys';
import './teacher.css';

// The lessons and the link builder load when the panel is first opened (or its button hovered), not before the first chart sample.
const loadPanel = () => import('./TeacherPanel');
const TeacherPanel = lazy(() => loadPanel().then((m) => ({ default: m.TeacherPanel })));
const TeacherSheet = lazy(() => import('./TeacherSheet').then((m) => ({ default: m.TeacherSheet })));

/** The header's "Teacher" button: prepares a class link (lesson or example, hidden tools, locks) and prints teacher sheets. */
export function TeacherButton() {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  // The sheet shows outside the dialog: a modal dialog makes the rest of the page inert, and the sheet is what prints.
  const [sheet, setSheet] = useState<string | null>(null);
  useModalKeys(dialogRef, () => dialogRef.current?.close());

  const show = () => {
    setOpen(true);
    dialogRef.current?.showModal();
  };
  return (
    <>
      <button ref={buttonRef} type="button" onClick={show} onPointerEnter={loadPanel} onFocus={loadPanel} aria-haspopup="dialog" aria-expanded={open} data-testid="teacher-button">
        Teacher
      </button>
      <dialog
        ref={dialogRef}
        className="teacher"
        aria-labelledby="teacher-title"
        aria-modal="true"
        data-testid="teacher-dialog"
        onClose={() => {
          setOpen(false);
          buttonRef.current?.focus();
        }}
      >
        {open && (
          <Suspense fallback={<p className="muted">Loading…</p>}>
            <TeacherPanel
              close={() => dialogRef.current?.close()}
              openSheet={(id) => {
                setSheet(id);
                dialogRef.current?.close();
              }}
            />
          </Suspense>
        )}
      </dialog>
      {sheet && (
        <Suspense fallback={null}>
          <TeacherSheet lessonId={sheet} onClose={() => setSheet(null)} />
        </Suspense>
      )}
    </>
  );
}
