import * as v from 'valibot';
import { object, record } from './persist/shapes';

const slug = v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/));

export const learningSchema = object({
  /** Guides the reader has opened, by slug, with when they first did (ISO date-time). */
  read: v.optional(record(slug, v.string()), () => ({})),
  /** Quiz answers by guide slug, then by question id: the choice id picked last. */
  quizzes: v.optional(record(slug, object({ answers: v.optional(record(v.string(), v.string()), () => ({})) })), () => ({})),
});
export type Learning = v.InferOutput<typeof learningSchema>;
export const defaultLearning = (): Learning => v.parse(learningSchema, {});

export interface QuizKey {
  questions: readonly { id: string; choices: readonly { id: string; correct: boolean }[] }[];
}

/** How a reader stands on one quiz: answered and right counts, out of all questions. */
export function quizScore(quiz: QuizKey, answers: Readonly<Record<string, string>> = {}) {
  let answered = 0;
  let correct = 0;
  for (const question of quiz.questions) {
    const picked = answers[question.id];
    if (picked === undefined) continue;
    answered++;
    if (question.choices.some((choice) => choice.id === picked && choice.correct)) correct++;
  }
  return { answered, correct, total: quiz.questions.length, complete: answered === quiz.questions.length };
}
