import { useEffect, useRef } from 'react';
import { createPortal } from 'react-dom';
import { LESSONS } from '../classroom/lessons';
import { expectedAnswer } from '../classroom/observed';

/** While a sheet is open, printing shows only the sheet (teacher.css). */
const PRINTING_CLASS = 'printing-teacher-sheet';

/** One lesson's teacher sheet: goals, timings, each step's question and expected answer, the challenge, key questions. */
export function TeacherSheet({ lessonId, onClose }: { lessonId: string; onClose(): void }) {
  const lesson = LESSONS.find((l) => l.exampleId === lessonId);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.body.classList.add(PRINTING_CLASS);
    headingRef.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.preventDefault();
      e.stopImmediatePropagation();
      onClose();
    };
    addEventListener('keydown', onKey, { capture: true });
    return () => {
      document.body.classList.remove(PRINTING_CLASS);
      removeEventListener('keydown', onKey, { capture: true });
    };
  }, [onClose]);
  if (!lesson) return null;
  const { explore, guided, challenge, discuss } = lesson.minutes;

  return createPortal(
    <article className="teacher-sheet" aria-labelledby="teacher-sheet-title" data-testid="teacher-sheet">
      <div className="teacher-sheet__tools">
        <button type="button" onClick={() => print()}>Print</button>
        <button type="button" onClick={onClose}>Close</button>
      </div>
      <p className="teacher-sheet__kicker">QNet Designer · teacher sheet</p>
      <h1 id="teacher-sheet-title" ref={headingRef} tabIndex={-1}>{lesson.title}</h1>
      <h2>Learning goals</h2>
      <ul>{lesson.goals.map((g) => <li key={g}>{g}</li>)}</ul>
      <h2>Timing ({explore + guided + challenge + discuss} min)</h2>
      <table className="teacher-sheet__timing">
        <tbody>
          <tr><th scope="row">Free play with the example</th><td>{explore} min</td></tr>
          <tr><th scope="row">Guided inquiry (the steps, predictions first)</th><td>{guided} min</td></tr>
          <tr><th scope="row">Challenge</th><td>{challenge} min</td></tr>
          <tr><th scope="row">Discussion</th><td>{discuss} min</td></tr>
        </tbody>
      </table>
      <h2>Steps and expected answers</h2>
      <ol className="teacher-sheet__steps">
        {lesson.steps.map((step) => (
          <li key={step.title}>
            <strong>{step.title}</strong>
            {step.predict && (
              <p>
                Ask: {step.predict.question} <em>Expected answer: {expectedAnswer(step.predict)}.</em>
              </p>
            )}
            <p>{step.explanation}</p>
          </li>
        ))}
      </ol>
      <h2>Challenge</h2>
      <p>{lesson.challenge.goal}</p>
      <p><em>Expected answer: {lesson.challenge.hint}</em></p>
      <h2>Key questions for the discussion</h2>
      <ul>{lesson.keyQuestions.map((q) => <li key={q}>{q}</li>)}</ul>
      <p className="teacher-sheet__foot">Every number above is recomputed from the simulator's engine by its tests. Students' predictions stay in their browser for the session only.</p>
    </article>,
    document.body,
  );
}
