import { create } from 'zustand';
import type { Lesson } from './lesson';

/** Which guided lesson is running and at which step: page state, never saved or undone. */
export interface ClassroomState {
  lesson: Lesson | null;
  step: number;
}

export const useClassroom = create<ClassroomState>()(() => ({ lesson: null, step: 0 }));
