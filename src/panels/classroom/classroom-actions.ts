import type { Editor } from '../../editor/editor';
import { exampleById } from '../../scenario/examples';
import { openExample } from '../open-example';
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

/** Go to a step (Next, Back): its one change is applied to the current document as one undoable edit. */
export function goToStep(editor: Editor, index: number): boolean {
  const lesson = runningLesson(editor);
  const step = lesson?.steps[index];
  if (!lesson || !step) return false;
  if (!editor.edit((s) => step.apply(s), 'record', 'content')) return false;
  editor.session.getState().setLesson({ exampleId: lesson.exampleId, step: index });
  return true;
}

export function endLesson(editor: Editor): void {
  editor.session.getState().setLesson(null);
}
