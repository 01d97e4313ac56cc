import type { Editor } from '../../editor/editor';
import { exampleById } from '../../scenario/examples';
import { openExample } from '../open-example';
import { answerKey, useAnswers } from '../../store/answers-store';
import type { Lesson } from './lesson';
import { LESSONS } from './lessons';

/** The lesson the session is running, if any. */
export function runningLesson(editor: Editor): Lesson | null {
  const running = editor.session.getState().lesson;
  return running ? (LESSONS.find((l) => l.exampleId === running.exampleId) ?? null) : null;
}

/** Open the lesson's example with its first step already applied: one undoable edit. Returns whether it started. */
export function startLesson(editor: Editor, lesson: Lesson): boolean {
  const example = exampleById(lesson.exampleId);
  const first = lesson.steps[0];
  if (!example || !first) throw new Error(`Lesson ${lesson.title} has no example or no steps`);
  const refused = editor.whyNot('content');
  if (refused !== null) {
    editor.announce(refused, 'error');
    return false;
  }
  // The lesson band shows first, so the view is framed in the canvas that is left beside it.
  editor.session.getState().setLesson({ exampleId: lesson.exampleId, step: 0 });
  return openExample(editor, example, first.apply);
}

/** Whether the step at `index` still waits for the student's prediction (its change is not applied yet). */
export function isAsking(lesson: Lesson, index: number): boolean {
  return lesson.steps[index]?.predict !== undefined && useAnswers.getState().answers[answerKey(lesson.exampleId, index)] === undefined;
}

/**
 * Go to a step (Next, Back), or to the challenge one past the last step. A step with a question shows it first and
 * applies nothing until it is answered; otherwise its one change is applied as one undoable edit.
 */
export function goToStep(editor: Editor, index: number): boolean {
  const lesson = runningLesson(editor);
  if (!lesson || index < 0 || index > lesson.steps.length) return false;
  // A question is answered before the lesson moves on: its change is what the next steps build on.
  const current = editor.session.getState().lesson?.step ?? 0;
  if (index > current && isAsking(lesson, current)) return false;
  const step = lesson.steps[index];
  const change = step ? (isAsking(lesson, index) ? null : step.apply) : (lesson.challenge.setup ?? null);
  if (change && !editor.edit((s) => change(s), 'record', 'lesson')) return false;
  editor.session.getState().setLesson({ exampleId: lesson.exampleId, step: index });
  return true;
}

/** Record the student's prediction for the current step, then apply the step's change. Returns whether the answer was kept. */
export function answerPrediction(editor: Editor, answer: number): boolean {
  const lesson = runningLesson(editor);
  const index = editor.session.getState().lesson?.step ?? -1;
  const step = lesson?.steps[index];
  if (!lesson || !step?.predict || !Number.isFinite(answer)) return false;
  if (!editor.edit((s) => step.apply(s), 'record', 'lesson')) return false;
  useAnswers.getState().record(answerKey(lesson.exampleId, index), answer);
  return true;
}

export function endLesson(editor: Editor): void {
  editor.session.getState().setLesson(null);
}
