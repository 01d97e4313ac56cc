import { bb84DistanceLesson } from './bb84-distance-lesson';
import { eavesdropperLesson } from './eavesdropper-lesson';
import type { Lesson } from './lesson';

export const LESSONS: readonly Lesson[] = [bb84DistanceLesson, eavesdropperLesson];

export function lessonForExample(exampleId: string): Lesson | undefined {
  return LESSONS.find((l) => l.exampleId === exampleId);
}
