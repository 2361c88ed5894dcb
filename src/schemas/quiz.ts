import { z } from 'zod';

const idSchema = z.string().regex(/^[a-z0-9-]+$/);

/** One answer to a question, with the feedback shown when it is picked. */
export const choiceSchema = z.object({
  /** Stable id within the question ('a', 'b', …); the same in every locale. Required. */
  id: idSchema,
  /** The answer as the reader sees it. Required. */
  text: z.string().min(1),
  /** Whether this is the right answer. Exactly one choice per question is. */
  correct: z.boolean().default(false),
  /** Why this answer is right or wrong, shown as soon as it is picked. Required. */
  explanation: z.string().min(10),
});

export const questionSchema = z
  .object({
    /** Stable id within the quiz ('q1', …); the same in every locale. Required. */
    id: idSchema,
    /** The question. Required. */
    prompt: z.string().min(5),
    /** Two to five answers. */
    choices: z.array(choiceSchema).min(2).max(5),
  })
  .refine((q) => q.choices.filter((c) => c.correct).length === 1, {
    message: 'exactly one choice must be correct',
  })
  .refine((q) => new Set(q.choices.map((c) => c.id)).size === q.choices.length, {
    message: 'choice ids must be unique',
  });

/** The quiz at the end of a guide (content/quizzes/<locale>/<guide-slug>.yaml). */
export const quizSchema = z
  .object({
    /** Four to six questions. */
    questions: z.array(questionSchema).min(4).max(6),
  })
  .refine((quiz) => new Set(quiz.questions.map((q) => q.id)).size === quiz.questions.length, {
    message: 'question ids must be unique',
  });
export type QuizData = z.infer<typeof quizSchema>;
export type Question = z.infer<typeof questionSchema>;
