import { defaultLearning, quizScore, type QuizKey } from '../../lib/learning';
import { $learning } from '../../stores/learning';
import { useI18n, type IslandStrings } from '../kit/i18n';
import { IslandRoot } from '../kit/IslandRoot';
import { useClientStore } from '../kit/use-client-store';

export interface PathGuide {
  slug: string;
  title: string;
  description: string;
  href: string;
  minutes: number;
  quiz: QuizKey;
}

function Path({ guides }: { guides: PathGuide[] }) {
  const { t } = useI18n();
  const learning = useClientStore($learning, defaultLearning());
  const scores = guides.map((guide) => quizScore(guide.quiz, learning.quizzes[guide.slug]?.answers));
  const read = guides.filter((guide) => learning.read[guide.slug]).length;
  const completed = scores.filter((score) => score.complete).length;

  return (
    <>
      {/* Progress and status are this browser's state, not content: search leaves them out. */}
      <p class="path-progress" role="status" data-pagefind-ignore>
        {t('learn.progress', { read, total: guides.length, quizzes: completed })}
      </p>
      <ol class="path">
        {guides.map((guide, index) => {
          const score = scores[index]!;
          const isRead = Boolean(learning.read[guide.slug]);
          return (
            <li key={guide.slug} class={isRead ? 'path-step read' : 'path-step'}>
              <span class="path-number" aria-hidden="true">
                {isRead ? '✓' : index + 1}
              </span>
              <div>
                <h2>
                  <a href={guide.href}>{guide.title}</a>
                </h2>
                <p>{guide.description}</p>
                <p class="path-status" data-pagefind-ignore>
                  <span>{isRead ? t('learn.status.read') : t('learn.status.unread')}</span>
                  <span>
                    {score.answered > 0
                      ? t('learn.quizStatus.some', { correct: score.correct, total: score.total })
                      : t('learn.quizStatus.none')}
                  </span>
                  <span>{t('learn.readingTime', { n: guide.minutes })}</span>
                </p>
              </div>
            </li>
          );
        })}
      </ol>
    </>
  );
}

export default function LearningPath({ strings, guides }: { strings: IslandStrings; guides: PathGuide[] }) {
  return (
    <IslandRoot strings={strings}>
      <Path guides={guides} />
    </IslandRoot>
  );
}
