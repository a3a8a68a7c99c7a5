/**
 * Progress as a file: export it from one browser and import it in another. Pure functions (the
 * home page wires them to buttons): a file that is not a Downhill progress file is refused with a
 * clear message and changes nothing; a good one is merged into what the browser already has,
 * keeping the better of the two for every lesson.
 */
import { validateSchedule, type Schedule } from '../quiz/schedule.ts';
import { PROGRESS_VERSION, validateProgress, type LessonProgress, type Progress } from './progress.ts';

export const FILE_KIND = 'downhill-progress';
/** Files larger than this are refused unread (a progress file is a few kilobytes). */
export const MAX_FILE_BYTES = 1_000_000;

export interface ProgressFile {
  kind: typeof FILE_KIND;
  /** When it was exported (ISO 8601). */
  exported: string;
  progress: Progress;
  /** The review page's schedule (src/quiz/schedule.ts), when there is one. */
  review?: Schedule;
}

/** The file's text: pretty JSON, so a curious reader can open it. */
export function progressToFile(progress: Progress, now: Date = new Date(), review?: Schedule): string {
  const file: ProgressFile = { kind: FILE_KIND, exported: now.toISOString(), progress };
  if (review && Object.keys(review.cards).length > 0) file.review = review;
  return JSON.stringify(file, null, 2) + '\n';
}

/** e.g. downhill-progress-2025-01-31.json */
export function progressFileName(now: Date = new Date()): string {
  return `downhill-progress-${now.toISOString().slice(0, 10)}.json`;
}

export type ParsedFile =
  | {
      ok: true;
      progress: Progress;
      /** The review schedule it carried, checked. */
      review?: Schedule;
      /** What of the file was left out, said to the reader. */
      note?: string;
    }
  | { ok: false; message: string };

const refuse = (why: string): ParsedFile => ({ ok: false, message: `${why} Nothing was changed.` });

/** Reads a file's text. Also accepts the bare stored record ({ version, lessons }). */
export function parseProgressFile(text: string): ParsedFile {
  if (text.length > MAX_FILE_BYTES) return refuse('That file is too large to be a Downhill progress file.');
  if (text.trim() === '') return refuse('That file is empty.');
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return refuse('That file is not a Downhill progress file (it is not valid JSON).');
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return refuse('That file is not a Downhill progress file.');
  }
  const rec = data as Record<string, unknown>;
  let body: unknown;
  if ('kind' in rec) {
    if (rec.kind !== FILE_KIND) return refuse('That file is not a Downhill progress file.');
    body = rec.progress;
  } else if ('version' in rec && 'lessons' in rec) {
    body = rec;
  } else {
    return refuse('That file is not a Downhill progress file.');
  }
  const checked = validateProgress(body);
  if (typeof checked === 'string') return refuse(`That progress file cannot be used: ${checked}.`);
  if (!('kind' in rec) || rec.review === undefined) return { ok: true, progress: checked };
  const review = validateSchedule(rec.review);
  return typeof review === 'string'
    ? { ok: true, progress: checked, note: `Its review schedule could not be used (${review}) and was left out.` }
    : { ok: true, progress: checked, review };
}

function better(a: LessonProgress['quiz'], b: LessonProgress['quiz']): LessonProgress['quiz'] {
  if (!a) return b;
  if (!b) return a;
  const ra = a.total > 0 ? a.best / a.total : 0;
  const rb = b.total > 0 ? b.best / b.total : 0;
  return rb >= ra ? b : a;
}

/**
 * Merges imported progress into the current one: a lesson read on either device is read, the
 * better quiz score is kept (with its answers), and the imported "where you left off" wins.
 */
export function mergeProgress(current: Progress, incoming: Progress): Progress {
  const lessons: Record<string, LessonProgress> = {};
  for (const [slug, l] of Object.entries(current.lessons)) lessons[slug] = { ...l };
  for (const [slug, b] of Object.entries(incoming.lessons)) {
    const a = lessons[slug] ?? {};
    const m: LessonProgress = {};
    if (a.read || b.read) m.read = true;
    const section = b.section ?? a.section;
    if (section !== undefined) m.section = section;
    const quiz = better(a.quiz, b.quiz);
    if (quiz) m.quiz = quiz;
    lessons[slug] = m;
  }
  const out: Progress = { version: PROGRESS_VERSION, lessons };
  const last = incoming.last ?? current.last;
  if (last !== undefined && last in lessons) out.last = last;
  return out;
}

/** How much a record holds, for messages: "2 lessons read, 1 quiz answered". */
export function describeProgress(p: Progress): string {
  const all = Object.values(p.lessons);
  const read = all.filter((l) => l.read).length;
  const quizzes = all.filter((l) => l.quiz).length;
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  return `${plural(read, 'lesson', 'lessons')} read, ${plural(quizzes, 'quiz', 'quizzes')} answered`;
}
