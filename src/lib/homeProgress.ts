/** The home page's view of the reader's progress: read lessons, best quiz scores, and where to continue. */
import { loadProgress } from './progress.ts';

export function showProgress(): void {
  const { progress } = loadProgress();
  for (const card of document.querySelectorAll<HTMLElement>('[data-lesson-card]')) {
    const slug = card.dataset.lessonCard ?? '';
    const l = progress.lessons[slug];
    const badge = card.querySelector<HTMLElement>('[data-progress]');
    if (!l || !badge) continue;
    const parts: string[] = [];
    if (l.read) parts.push('Read');
    else if (l.section) parts.push('Started');
    if (l.quiz) parts.push(`Quiz best ${l.quiz.best}/${l.quiz.total}`);
    if (parts.length === 0) continue;
    badge.textContent = parts.join(' · ');
    badge.classList.toggle('done', Boolean(l.read));
    badge.hidden = false;
  }
  const last = progress.last ? progress.lessons[progress.last] : undefined;
  const wrap = document.querySelector<HTMLElement>('[data-continue]');
  const link = wrap?.querySelector<HTMLAnchorElement>('[data-continue-link]');
  const card = progress.last ? document.querySelector(`[data-lesson-card="${CSS.escape(progress.last)}"] a`) : null;
  if (wrap && link && card instanceof HTMLAnchorElement && last) {
    link.href = card.href.split('#')[0] + (last.section ? `#${encodeURIComponent(last.section)}` : '');
    wrap.hidden = false;
  }
}
