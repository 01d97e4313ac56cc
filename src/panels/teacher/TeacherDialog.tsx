import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useModalKeys } from '../use-modal-keys';
import { useTeacherDialog } from '../../store/teacher-store';
import './teacher.css';

// The lessons and the link builder load when the dialog first opens, not before the first chart sample.
const TeacherPanel = lazy(() => import('./TeacherPanel').then((m) => ({ default: m.TeacherPanel })));
const TeacherSheet = lazy(() => import('./TeacherSheet').then((m) => ({ default: m.TeacherSheet })));

/** The Teacher dialog (opened from the Examples gallery): prepares a class link and opens each lesson's teacher sheet. */
export function TeacherDialog() {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const open = useTeacherDialog((s) => s.open);
  // The sheet shows outside the dialog: a modal dialog makes the rest of the page inert, and the sheet is what prints.
  const [sheet, setSheet] = useState<string | null>(null);
  useModalKeys(dialogRef, () => dialogRef.current?.close());

  useEffect(() => {
    if (open && !dialogRef.current?.open) dialogRef.current?.showModal();
  }, [open]);

  return (
    <>
      <dialog
        ref={dialogRef}
        className="teacher"
        aria-labelledby="teacher-title"
        aria-modal="true"
        data-testid="teacher-dialog"
        onClose={() => {
          useTeacherDialog.setState({ open: false });
          if (!sheet) document.querySelector<HTMLElement>('[data-testid="examples-button"]')?.focus();
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
          <TeacherSheet
            lessonId={sheet}
            onClose={() => {
              setSheet(null);
              document.querySelector<HTMLElement>('[data-testid="examples-button"]')?.focus();
            }}
          />
        </Suspense>
      )}
    </>
  );
}
