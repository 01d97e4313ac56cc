import type { AppState } from '../../app/app-state';
import { exampleById } from '../../scenario/examples';
import { openExample } from '../open-example';
import { useClassroom } from './classroom-store';
import type { Lesson } from './lesson';

/** Open the lesson's example with its first step already applied: one undoable edit. */
export function startLesson(app: AppState, lesson: Lesson): void {
  const example = exampleById(lesson.exampleId);
  const first = lesson.steps[0];
  if (!example || !first) throw new Error(`Lesson ${lesson.title} has no example or no steps`);
  // The lesson band shows first, so the view is framed in the canvas that is left beside it.
  useClassroom.setState({ lesson, step: 0 });
  openExample(app, example, first.apply);
}

/** Go to a step (Next, Back): its one change is applied to the current document as one undoable edit. */
export function goToStep(app: AppState, index: number): void {
  const { lesson } = useClassroom.getState();
  const step = lesson?.steps[index];
  if (!lesson || !step) return;
  app.scenarioStore.getState().apply((s) => step.apply(s), 'record');
  useClassroom.setState({ step: index });
}

export function endLesson(): void {
  useClassroom.setState({ lesson: null, step: 0 });
}
