import * as z from 'zod/mini';

const slug = z.string().check(z.regex(/^[a-z0-9-]+$/));

export const learningSchema = z.object({
  /** Guides the reader has opened, by slug, with when they first did (ISO date-time). */
  read: z._default(z.record(slug, z.string()), {}),
  /** Quiz answers by guide slug, then by question id: the choice id picked last. */
  quizzes: z._default(z.record(slug, z.object({ answers: z._default(z.record(z.string(), z.string()), {}) })), {}),
});
export type Learning = z.infer<typeof learningSchema>;
export const defaultLearning = (): Learning => learningSchema.parse({});

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
