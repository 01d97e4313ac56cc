import { useEffect, useRef } from 'react';
import { useEditor, useResults, useUi } from '../../editor/editor-context';
import { useSession } from '../../store/session-store';
import { formatBitsPerSecond, formatPercent } from '../../format/format-units';
import { endLesson, goToStep, runningLesson } from './classroom-actions';
import './classroom.css';

/** Keys typed into a field or pressed while a dialog is open are not lesson keys. */
function isLessonKey(e: KeyboardEvent): boolean {
  if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return false;
  const target = e.target;
  if (target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))) return false;
  return document.querySelector('dialog[open]') === null;
}

/** The guided lesson band: one change per step, what the charts now show, Next/Back (→/←) and a large-type toggle. */
export function ClassroomBar() {
  const editor = useEditor();
  const running = useSession((s) => s.lesson);
  const lesson = running ? runningLesson(editor) : null;
  const index = running?.step ?? 0;
  const presentation = useUi((s) => s.presentation);
  const evaluation = useResults((r) => r.evaluation);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (!lesson) return;
    const onKey = (e: KeyboardEvent) => {
      if ((e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') || !isLessonKey(e)) return;
      // With nodes selected the arrows nudge them (the command registry); the lesson takes them otherwise.
      if (editor.session.getState().selectedNodeIds.length > 0 && !editor.ui.getState().presentation) return;
      e.preventDefault();
      const step = editor.session.getState().lesson?.step ?? 0;
      goToStep(editor, e.key === 'ArrowRight' ? step + 1 : step - 1);
    };
    // Capture phase, like the command keys, so React Flow's own arrow handling never sees a lesson key.
    addEventListener('keydown', onKey, { capture: true });
    return () => removeEventListener('keydown', onKey, { capture: true });
  }, [lesson, editor]);

  useEffect(() => {
    if (lesson) headingRef.current?.focus();
  }, [lesson]);

  if (!lesson) return null;
  const step = lesson.steps[index];
  if (!step) return null;
  const focus = evaluation?.requests.find((r) => r.id === lesson.focusRequestId);
  const last = lesson.steps.length - 1;

  return (
    <section className="classroom" aria-labelledby="classroom-title" data-testid="classroom">
      <div className="classroom__text">
        <div className="classroom__top">
          <h2 id="classroom-title" ref={headingRef} tabIndex={-1}>
            {lesson.title}
          </h2>
          <span className="classroom__counter" data-testid="classroom-counter">
            Step {index + 1} of {lesson.steps.length}
          </span>
        </div>
        <div aria-live="polite">
          <h3 className="classroom__step">{step.title}</h3>
          <p className="classroom__explanation" data-testid="classroom-explanation">
            {step.explanation}
          </p>
        </div>
      </div>
      <div className="classroom__side">
        <p className="classroom__now" data-testid="classroom-now" data-key-rate={focus?.keyRateBitsPerSecond ?? ''}>
          Now: key rate <strong>{focus ? formatBitsPerSecond(focus.keyRateBitsPerSecond) : '—'}</strong>, QBER{' '}
          <strong>{focus ? formatPercent(focus.qber) : '—'}</strong>
        </p>
        <div className="classroom__actions">
          <button type="button" onClick={() => goToStep(editor, index - 1)} disabled={index === 0}>
            ← Back
          </button>
          <button type="button" onClick={() => goToStep(editor, index + 1)} disabled={index === last}>
            Next →
          </button>
          <button
            type="button"
            aria-pressed={presentation}
            onClick={() => editor.ui.setState({ presentation: !presentation })}
            title="Larger type for a projector (presentation mode: the document cannot be edited by hand)"
          >
            Large type
          </button>
          <button type="button" onClick={() => endLesson(editor)}>
            End lesson
          </button>
        </div>
      </div>
    </section>
  );
}
