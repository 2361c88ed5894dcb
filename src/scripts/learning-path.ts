/**
 * The learning path's progress, without a framework: the page is rendered on the server with
 * every guide "not started"; this reads the learning area (through the same read, migrate and
 * validate path as the stores) and marks what this browser has read and answered, and follows
 * other tabs. A corrupt or newer stored value shows the path as new here; the tool pages, which
 * own the area, keep the copy and say so.
 */
import { interpolate } from '../i18n/interpolate';
import { pluralForm, type PluralForm } from '../i18n/text';
import { quizScore, type Learning, type QuizKey } from '../lib/learning';
import { learningArea } from '../lib/persist/areas/learning';
import { readArea } from '../lib/persist/read';

/** A counted message in each plural form the language writes ("other" always). */
type Counted = Partial<Record<PluralForm, string>>;

interface PathData {
  quizzes: Record<string, QuizKey>;
  messages: Record<'read' | 'unread' | 'quizNone' | 'quizSome', string> & {
    guides: Counted;
    quizzes: Counted;
  };
}

/** "3 of 8 guides read · 1 quiz completed", each count in its plural form. */
export function progressText(
  messages: { guides: Counted; quizzes: Counted },
  read: number,
  total: number,
  quizzes: number,
  lang: string,
): string {
  const pick = (forms: Counted, count: number) =>
    forms[pluralForm(count, lang)] ?? forms.other ?? '';
  return `${interpolate(pick(messages.guides, total), { read, total })} · ${interpolate(pick(messages.quizzes, quizzes), { quizzes })}`;
}

function stored(): Learning {
  try {
    return readArea(learningArea, localStorage.getItem(learningArea.key)).data;
  } catch {
    return learningArea.defaults(); // storage that throws on access: nothing read yet
  }
}

function show(path: HTMLElement, data: PathData, learning: Learning) {
  const steps = [...path.querySelectorAll<HTMLElement>('[data-guide]')];
  let read = 0;
  let completed = 0;
  for (const step of steps) {
    const slug = step.dataset.guide!;
    const quiz = data.quizzes[slug];
    const isRead = Boolean(learning.read[slug]);
    const score = quiz ? quizScore(quiz, learning.quizzes[slug]?.answers) : null;
    if (isRead) read++;
    if (score?.complete) completed++;
    step.classList.toggle('read', isRead);
    step.querySelector('.path-number')!.textContent = isRead
      ? '✓'
      : String(steps.indexOf(step) + 1);
    step.querySelector('[data-read]')!.textContent = isRead
      ? data.messages.read
      : data.messages.unread;
    step.querySelector('[data-quiz]')!.textContent =
      score && score.answered > 0
        ? interpolate(data.messages.quizSome, { correct: score.correct, total: score.total })
        : data.messages.quizNone;
  }
  const progress = document.querySelector('[data-path-progress]');
  if (progress)
    progress.textContent = progressText(
      data.messages,
      read,
      steps.length,
      completed,
      document.documentElement.lang,
    );
}

export function followLearningPath(): void {
  const path = document.querySelector<HTMLElement>('[data-learning-path]');
  const json = path?.dataset.learningPath;
  if (!path || !json) return;
  const data = JSON.parse(json) as PathData;
  show(path, data, stored());
  addEventListener('storage', (event: StorageEvent) => {
    if (event.key === learningArea.key || event.key === null) show(path, data, stored());
  });
}
