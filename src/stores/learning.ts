import { learningArea } from '../lib/persist/areas/learning';
import { createAreaStore } from './area-store';

export const learningStore = createAreaStore(learningArea);
export const $learning = learningStore.$store;

/** Records that a guide was opened (the first time only). */
export function markGuideRead(slug: string, at: Date): void {
  if ($learning.get().read[slug]) return;
  learningStore.update((state) => ({ ...state, read: { ...state.read, [slug]: at.toISOString() } }));
}

export function answerQuestion(slug: string, questionId: string, choiceId: string): void {
  learningStore.update((state) => {
    const quiz = state.quizzes[slug] ?? { answers: {} };
    return {
      ...state,
      quizzes: { ...state.quizzes, [slug]: { answers: { ...quiz.answers, [questionId]: choiceId } } },
    };
  });
}

export function resetQuiz(slug: string): void {
  learningStore.update((state) => {
    const { [slug]: _dropped, ...rest } = state.quizzes;
    return { ...state, quizzes: rest };
  });
}
