/**
 * Reaching the quiz at the end of a guide counts as having read it (the learning path shows
 * it). Watched here rather than by the quiz, which starts only when it is used (client:use):
 * the same store, so a quiz already started sees the mark at once. The store (and the storage
 * code under it) loads when the reader gets there, not with the page: a reader who stops
 * halfway pays nothing for it.
 */
export function markReadAtQuiz(): void {
  const quiz = document.querySelector<HTMLElement>('[data-guide-read]');
  const slug = quiz?.dataset.guideRead;
  if (!quiz || !slug) return;
  const observer = new IntersectionObserver((entries) => {
    if (!entries.some((entry) => entry.isIntersecting)) return;
    observer.disconnect();
    const at = new Date();
    void import('./mark-guide-read').then(({ default: markGuideRead }) => markGuideRead(slug, at));
  });
  observer.observe(quiz);
}
