// Scope: session — the students' predictions, kept only while the page is open (no accounts, no server, not saved).
import { create } from 'zustand';

interface AnswersState {
  /** The answer given at each step, keyed `lessonId#stepIndex`: a choice's index or a number. */
  answers: Readonly<Record<string, number>>;
  record(key: string, answer: number): void;
}

export const useAnswers = create<AnswersState>()((set) => ({
  answers: {},
  record: (key, answer) => set((s) => ({ answers: { ...s.answers, [key]: answer } })),
}));

export const answerKey = (lessonId: string, step: number) => `${lessonId}#${step}`;
