/**
 * The reader's progress, kept in localStorage under one versioned key. Unreadable or newer
 * data is moved aside (never overwritten) and the reader is told; storage that is missing or
 * throws degrades to a visit that works without saving.
 */
export const PROGRESS_KEY = 'downhill:progress';
export const PROGRESS_VERSION = 1;

export interface QuizProgress {
  /** Best score so far (never below the current one) and the number of items. */
  best: number;
  total: number;
  /**
   * The last answer to each item by item id (src/quiz/answers.ts: response, item hash, right or
   * not; checked against the item before use).
   */
  answers: Record<string, unknown>;
  /** Answers given to an earlier version of the quiz, kept but never restored. */
  aside?: Record<string, unknown>;
}

export interface LessonProgress {
  read?: boolean;
  /** Id of the last section heading the reader reached. */
  section?: string;
  quiz?: QuizProgress;
}

export interface Progress {
  version: typeof PROGRESS_VERSION;
  lessons: Record<string, LessonProgress>;
  /** Slug of the lesson read last. */
  last?: string;
}

export interface Loaded {
  progress: Progress;
  /** Whether changes can be saved. */
  persistent: boolean;
  /** Something the reader should be told, or ''. */
  notice: string;
}

export function emptyProgress(): Progress {
  return { version: PROGRESS_VERSION, lessons: {} };
}

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Checks a parsed value; returns a clean Progress or a reason it is not one. */
export function validateProgress(v: unknown): Progress | string {
  if (!isRecord(v)) return 'not an object';
  if (typeof v.version !== 'number') return 'no version';
  if (v.version > PROGRESS_VERSION) return `saved by a newer version of Downhill (format ${v.version})`;
  if (v.version !== PROGRESS_VERSION) return `an old format (${v.version})`;
  if (!isRecord(v.lessons)) return 'no lessons';
  const lessons: Record<string, LessonProgress> = {};
  for (const [slug, raw] of Object.entries(v.lessons)) {
    if (!isRecord(raw) || !/^[a-z0-9-]{1,64}$/.test(slug)) continue;
    const l: LessonProgress = {};
    if (raw.read === true) l.read = true;
    if (typeof raw.section === 'string' && raw.section.length < 128) l.section = raw.section;
    const q = raw.quiz;
    if (isRecord(q) && Number.isInteger(q.best) && Number.isInteger(q.total) && isRecord(q.answers)) {
      l.quiz = { best: q.best as number, total: q.total as number, answers: q.answers };
      if (isRecord(q.aside)) l.quiz.aside = q.aside;
    }
    lessons[slug] = l;
  }
  const out: Progress = { version: PROGRESS_VERSION, lessons };
  if (typeof v.last === 'string' && v.last in lessons) out.last = v.last;
  return out;
}

/** Moves unreadable data to a key of its own so nothing the reader saved is destroyed. */
function setAside(s: Storage, raw: string): string {
  let n = 1;
  while (s.getItem(`${PROGRESS_KEY}:unreadable-${n}`) !== null && n < 50) n++;
  const key = `${PROGRESS_KEY}:unreadable-${n}`;
  s.setItem(key, raw);
  s.removeItem(PROGRESS_KEY);
  return key;
}

/** A notice from earlier in this page's life (data set aside), repeated to every later reader. */
let pageNotice = '';

export function loadProgress(): Loaded {
  const loaded = readProgress();
  if (loaded.notice) pageNotice = loaded.notice;
  return { ...loaded, notice: loaded.notice || pageNotice };
}

function readProgress(): Loaded {
  const s = storage();
  if (!s)
    return {
      progress: emptyProgress(),
      persistent: false,
      notice: 'This browser does not let Downhill save your progress; answers work for this visit only.',
    };
  let raw: string | null;
  try {
    raw = s.getItem(PROGRESS_KEY);
  } catch {
    return {
      progress: emptyProgress(),
      persistent: false,
      notice: 'This browser does not let Downhill save your progress; answers work for this visit only.',
    };
  }
  if (raw === null) return { progress: emptyProgress(), persistent: true, notice: '' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    parsed = undefined;
  }
  const checked = validateProgress(parsed);
  if (typeof checked !== 'string') return { progress: checked, persistent: true, notice: '' };
  try {
    const key = setAside(s, raw);
    return {
      progress: emptyProgress(),
      persistent: true,
      notice: `Your saved progress could not be read (${checked}). It was kept aside under “${key}” and a fresh record started.`,
    };
  } catch {
    return {
      progress: emptyProgress(),
      persistent: false,
      notice: `Your saved progress could not be read (${checked}) and was left untouched; this visit will not be saved.`,
    };
  }
}

/** Saves; returns a notice if saving failed (storage full or gone), else ''. */
export function saveProgress(p: Progress): string {
  const s = storage();
  if (!s) return 'Progress cannot be saved in this browser.';
  try {
    s.setItem(PROGRESS_KEY, JSON.stringify(p));
    return '';
  } catch {
    return 'Your progress could not be saved (browser storage is full or blocked).';
  }
}

/** Loads, changes and saves in one go; the notice of either step, if any. */
export function updateProgress(change: (p: Progress) => void): { progress: Progress; notice: string } {
  const loaded = loadProgress();
  change(loaded.progress);
  const saveNotice = loaded.persistent ? saveProgress(loaded.progress) : '';
  return { progress: loaded.progress, notice: loaded.notice || saveNotice };
}
