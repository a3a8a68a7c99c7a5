/** Records the last section a reader reached, and the lesson as read once they reach its quiz. */
import { updateProgress } from './progress.ts';

export function trackReading(): void {
  const root = document.querySelector<HTMLElement>('[data-lesson]');
  const slug = root?.dataset.lesson;
  if (!slug || typeof IntersectionObserver !== 'function') return;
  let lastSaved = '';
  const save = (section: string, read: boolean) => {
    if (section === lastSaved && !read) return;
    lastSaved = section;
    updateProgress((p) => {
      const l = (p.lessons[slug] ??= {});
      l.section = section;
      if (read) l.read = true;
      p.last = slug;
    });
  };
  const io = new IntersectionObserver(
    (entries) => {
      for (const e of entries) {
        if (!e.isIntersecting) continue;
        const id = e.target.id;
        save(id, id === 'quiz');
      }
    },
    { rootMargin: '0px 0px -60% 0px' },
  );
  for (const h of root.querySelectorAll('h2[id]')) io.observe(h);
  const quiz = document.getElementById('quiz');
  if (quiz) io.observe(quiz);
}
