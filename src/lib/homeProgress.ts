/**
 * The home page's view of the reader's progress: read lessons, best quiz scores, where to continue,
 * and the tools to export it to a file, import it on another device, or reset it.
 */
import { storedScore } from '../quiz/answers.ts';
import { loadSchedule, saveSchedule } from '../quiz/reviewStore.ts';
import { dueCards, emptySchedule, mergeSchedules, type Schedule } from '../quiz/schedule.ts';
import { download } from './download.ts';
import { emptyProgress, loadProgress, saveProgress, type LessonProgress, type Progress } from './progress.ts';
import {
  describeProgress,
  mergeProgress,
  parseProgressFile,
  progressFileName,
  progressToFile,
} from './progressFile.ts';

/** The item ids of each card's quiz as it is now ("lesson/item"), from the cards' hashes. */
function knownItems(cards: readonly HTMLElement[]): Set<string> {
  const keys = new Set<string>();
  for (const card of cards) {
    try {
      for (const id of Object.keys(JSON.parse(card.dataset.quizHashes ?? '{}') as object))
        keys.add(`${card.dataset.lessonCard}/${id}`);
    } catch {
      /* no hashes: nothing of this lesson is counted */
    }
  }
  return keys;
}

/**
 * Shows `progress` (default: the stored one) on the lesson cards, the summary and the continue
 * link, and how many review questions are due, in all and per lesson.
 */
export function showProgress(
  progress: Progress = loadProgress().progress,
  schedule: Schedule = loadSchedule().schedule,
): void {
  let read = 0;
  const cards = [...document.querySelectorAll<HTMLElement>('[data-lesson-card]')];
  const due = dueCards(schedule, Date.now(), knownItems(cards));
  const reviewLink = document.querySelector<HTMLElement>('[data-review-due]');
  if (reviewLink) {
    reviewLink.hidden = due.length === 0;
    const a = reviewLink.querySelector('a');
    if (a) a.textContent = `${due.length} ${due.length === 1 ? 'question is' : 'questions are'} due for review`;
  }
  for (const card of cards) {
    const slug = card.dataset.lessonCard ?? '';
    const l = progress.lessons[slug];
    const badge = card.querySelector<HTMLElement>('[data-progress]');
    if (!badge) continue;
    const parts: string[] = [];
    if (l?.read) {
      parts.push('Read');
      read++;
    } else if (l?.section) parts.push('Started');
    if (l?.quiz) parts.push(quizBadge(l.quiz, card.dataset.quizHashes));
    const dueHere = due.filter((k) => k.startsWith(`${slug}/`)).length;
    if (dueHere > 0) parts.push(`${dueHere} due for review`);
    badge.textContent = parts.join(' · ');
    badge.classList.toggle('done', Boolean(l?.read));
    badge.hidden = parts.length === 0;
  }
  const summary = document.querySelector<HTMLElement>('[data-progress-summary]');
  if (summary) {
    const quizzes = cards.filter((c) => progress.lessons[c.dataset.lessonCard ?? '']?.quiz).length;
    summary.textContent =
      read === 0 && quizzes === 0 && !progress.last
        ? 'Nothing recorded yet: lessons you read and quizzes you answer will show here.'
        : `You have read ${read} of ${cards.length} ${cards.length === 1 ? 'lesson' : 'lessons'} and answered ${quizzes} ${quizzes === 1 ? 'quiz' : 'quizzes'}.`;
  }
  const wrap = document.querySelector<HTMLElement>('[data-continue]');
  const link = wrap?.querySelector<HTMLAnchorElement>('[data-continue-link]');
  const last = progress.last ? progress.lessons[progress.last] : undefined;
  const card = progress.last
    ? document.querySelector<HTMLElement>(`[data-lesson-card="${CSS.escape(progress.last)}"]`)
    : null;
  const cardLink = card?.querySelector('h2 a, h3 a');
  if (!wrap || !link) return;
  if (!(cardLink instanceof HTMLAnchorElement) || !last || !card) {
    wrap.hidden = true;
    return;
  }
  let titles: Record<string, string> = {};
  try {
    titles = JSON.parse(card.dataset.sectionTitles ?? '{}') as Record<string, string>;
  } catch {
    /* no titles: the link still works */
  }
  const where = last.section ? (last.section === 'quiz' ? 'Quiz' : titles[last.section]) : undefined;
  link.href = cardLink.href.split('#')[0] + (last.section ? `#${encodeURIComponent(last.section)}` : '');
  link.textContent = `Continue where you left off: ${cardLink.textContent?.trim() ?? ''}${where ? ` — ${where}` : ''}`;
  wrap.hidden = false;
}

/**
 * "Quiz 4/6", or "Quiz 3/6 · best 5/6": the score the lesson's quiz shows when it restores these
 * answers (only those given to the items as they are now count), and the best, never below it.
 */
function quizBadge(quiz: NonNullable<LessonProgress['quiz']>, hashesJson: string | undefined): string {
  let hashes: Record<string, string> = {};
  try {
    hashes = JSON.parse(hashesJson ?? '{}') as Record<string, string>;
  } catch {
    /* no hashes: no answer counts */
  }
  const total = Object.keys(hashes).length || quiz.total;
  const now = storedScore(hashes, quiz.answers);
  const best = Math.min(Math.max(quiz.best, now), total);
  return best > now ? `Quiz ${now}/${total} · best ${best}/${total}` : `Quiz ${now}/${total}`;
}

/** "3 questions to review" for messages. */
function reviewCount(s: Schedule): string {
  const n = Object.keys(s.cards).length;
  return `${n} ${n === 1 ? 'question' : 'questions'} to review`;
}

/** The export / import / reset buttons of the home page's progress panel. */
export function initProgressTools(): void {
  const panel = document.querySelector<HTMLElement>('[data-progress-panel]');
  if (!panel) return;
  const message = panel.querySelector<HTMLElement>('[data-progress-message]')!;
  const fileInput = panel.querySelector<HTMLInputElement>('[data-progress-file]')!;
  const confirmBox = panel.querySelector<HTMLElement>('[data-reset-confirm]')!;
  const resetButton = panel.querySelector<HTMLButtonElement>('[data-progress-reset]')!;
  const say = (text: string, kind: 'good' | 'bad' | '' = '') => {
    message.textContent = text;
    message.dataset.kind = kind;
  };
  const first = loadProgress();
  if (first.notice) say(first.notice, 'bad');
  panel.hidden = false;

  panel.querySelector('[data-progress-export]')?.addEventListener('click', () => {
    const { progress } = loadProgress();
    download(progressFileName(), progressToFile(progress, new Date(), loadSchedule().schedule), 'application/json');
    say(
      `Saved a file with your progress (${describeProgress(progress)}). Open the home page on another device and choose “Import progress” to carry it over.`,
      'good',
    );
  });

  panel.querySelector('[data-progress-import]')?.addEventListener('click', () => fileInput.click());
  fileInput.addEventListener('change', async () => {
    const file = fileInput.files?.[0];
    fileInput.value = '';
    if (!file) return;
    let text: string;
    try {
      text = file.size > 1_000_000 ? ' '.repeat(1_000_001) : await file.text();
    } catch {
      say('That file could not be read. Nothing was changed.', 'bad');
      return;
    }
    const parsed = parseProgressFile(text);
    if (!parsed.ok) {
      say(`${file.name}: ${parsed.message}`, 'bad');
      return;
    }
    const loaded = loadProgress();
    const merged = mergeProgress(loaded.progress, parsed.progress);
    const failed = loaded.persistent
      ? saveProgress(merged)
      : 'This browser does not let Downhill save progress, so the import lasts for this visit only.';
    // The review schedule travels in the same file.
    const schedule = parsed.review ? mergeSchedules(loadSchedule().schedule, parsed.review) : loadSchedule().schedule;
    const scheduleFailed = parsed.review ? saveSchedule(schedule) : '';
    showProgress(merged, schedule);
    const notes = [failed, scheduleFailed, parsed.note].filter(Boolean).join(' ');
    say(
      `Imported ${describeProgress(parsed.progress)}${parsed.review ? `, ${reviewCount(parsed.review)}` : ''} from ${file.name}.${notes ? ` ${notes}` : ''}`,
      failed || scheduleFailed ? 'bad' : 'good',
    );
  });

  const closeConfirm = () => {
    confirmBox.hidden = true;
    resetButton.setAttribute('aria-expanded', 'false');
  };
  resetButton.addEventListener('click', () => {
    confirmBox.hidden = false;
    resetButton.setAttribute('aria-expanded', 'true');
    confirmBox.querySelector<HTMLButtonElement>('[data-reset-no]')?.focus();
  });
  confirmBox.querySelector('[data-reset-no]')?.addEventListener('click', () => {
    closeConfirm();
    resetButton.focus();
    say('Your progress was kept.');
  });
  confirmBox.querySelector('[data-reset-yes]')?.addEventListener('click', () => {
    const fresh = emptyProgress();
    const failed = saveProgress(fresh) || saveSchedule(emptySchedule());
    showProgress(fresh, emptySchedule());
    closeConfirm();
    resetButton.focus();
    say(
      failed
        ? `Progress was cleared for this visit, but: ${failed}`
        : 'Your progress was reset. Every lesson and quiz starts fresh.',
      failed ? 'bad' : 'good',
    );
  });
}
