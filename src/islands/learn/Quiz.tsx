import { defaultLearning, quizScore } from '../../lib/learning';
import type { QuizData } from '../../schemas/quiz';
import { $learning, answerQuestion, resetQuiz } from '../../stores/learning';
import { useI18n, type IslandStrings } from '../kit/i18n';
import { IslandRoot } from '../kit/IslandRoot';
import { useClientStore } from '../kit/use-client-store';

interface QuizProps {
  slug: string;
  quiz: QuizData;
}

function QuizForm({ slug, quiz }: QuizProps) {
  const { t } = useI18n();
  const learning = useClientStore($learning, defaultLearning());
  const answers = learning.quizzes[slug]?.answers ?? {};
  const score = quizScore(quiz, answers);

  return (
    <div class="quiz">
      {quiz.questions.map((question, index) => {
        const picked = question.choices.find((choice) => choice.id === answers[question.id]);
        const feedbackId = `${slug}-${question.id}-feedback`;
        return (
          <fieldset key={question.id} class="quiz-question" aria-describedby={picked ? feedbackId : undefined}>
            <legend>
              <span class="muted">{t('quiz.question', { n: index + 1 })}</span> {question.prompt}
            </legend>
            {question.choices.map((choice) => {
              const id = `${slug}-${question.id}-${choice.id}`;
              return (
                <div key={choice.id} class="choice">
                  <input
                    type="radio"
                    id={id}
                    name={`${slug}-${question.id}`}
                    value={choice.id}
                    checked={picked?.id === choice.id}
                    onChange={() => answerQuestion(slug, question.id, choice.id)}
                  />
                  <label for={id}>{choice.text}</label>
                </div>
              );
            })}
            <div id={feedbackId} class="feedback-region" aria-live="polite">
              {picked && (
                <p class={picked.correct ? 'notice success feedback' : 'notice warning feedback'}>
                  <strong>{picked.correct ? t('quiz.correct') : t('quiz.incorrect')}</strong> {picked.explanation}
                </p>
              )}
            </div>
          </fieldset>
        );
      })}
      <div class="quiz-footer">
        <p role="status" class="quiz-score">
          {score.complete
            ? t('quiz.complete', { correct: score.correct, total: score.total })
            : score.answered > 0
              ? t('quiz.score', { correct: score.correct, total: score.total })
              : t('quiz.scoreNone')}
        </p>
        {score.answered > 0 && (
          <button type="button" class="button secondary" onClick={() => resetQuiz(slug)}>
            {t('quiz.retry')}
          </button>
        )}
      </div>
    </div>
  );
}

export default function Quiz({ strings, ...props }: QuizProps & { strings: IslandStrings }) {
  return (
    <IslandRoot strings={strings}>
      <QuizForm {...props} />
    </IslandRoot>
  );
}
