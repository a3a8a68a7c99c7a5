/**
 * The review schedule (schedule.ts) in the browser, under a key of its own and checked like the
 * progress record: a schedule that is unreadable, foreign or from a newer Downhill is moved aside
 * (never overwritten) with a notice; storage that is missing or throws leaves a schedule that
 * lasts for the visit, so the quizzes and the review page keep working.
 */
import { emptySchedule, validateSchedule, type Schedule } from './schedule.ts';

export const REVIEW_KEY = 'downhill:review';

export interface LoadedSchedule {
  readonly schedule: Schedule;
  /** Something the reader should be told, or ''. */
  readonly notice: string;
}

/** For a visit whose storage cannot be used: the schedule lives as long as the page. */
let memory: Schedule | undefined;
/** A notice from earlier in this page's life, repeated to later readers. */
let pageNotice = '';

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export const NO_STORAGE = 'This browser does not let Downhill save your review schedule; it lasts for this visit only.';

export function loadSchedule(): LoadedSchedule {
  const loaded = readSchedule();
  if (loaded.notice) pageNotice = loaded.notice;
  return { ...loaded, notice: loaded.notice || pageNotice };
}

function readSchedule(): LoadedSchedule {
  if (memory) return { schedule: memory, notice: '' };
  const s = storage();
  let raw: string | null;
  try {
    if (!s) throw new Error('no storage');
    raw = s.getItem(REVIEW_KEY);
  } catch {
    memory = emptySchedule();
    return { schedule: memory, notice: NO_STORAGE };
  }
  if (raw === null) return { schedule: emptySchedule(), notice: '' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    parsed = undefined;
  }
  const checked = validateSchedule(parsed);
  if (typeof checked !== 'string') return { schedule: checked, notice: '' };
  try {
    let n = 1;
    while (s!.getItem(`${REVIEW_KEY}:unreadable-${n}`) !== null && n < 50) n++;
    const key = `${REVIEW_KEY}:unreadable-${n}`;
    s!.setItem(key, raw);
    s!.removeItem(REVIEW_KEY);
    return {
      schedule: emptySchedule(),
      notice: `Your review schedule could not be read (${checked}). It was kept aside under “${key}” and a fresh one started.`,
    };
  } catch {
    memory = emptySchedule();
    return {
      schedule: memory,
      notice: `Your review schedule could not be read (${checked}) and was left untouched; this visit's reviews will not be saved.`,
    };
  }
}

/** Saves; a notice if that failed (the schedule then lasts for the visit), else ''. */
export function saveSchedule(schedule: Schedule): string {
  if (memory) {
    memory = schedule;
    return '';
  }
  try {
    const s = storage();
    if (!s) throw new Error('no storage');
    s.setItem(REVIEW_KEY, JSON.stringify(schedule));
    return '';
  } catch {
    memory = schedule;
    return 'Your review schedule could not be saved (browser storage is full or blocked); it lasts for this visit only.';
  }
}

/** Loads, changes and saves; the notice of either step, if any. */
export function updateSchedule(change: (s: Schedule) => Schedule): { schedule: Schedule; notice: string } {
  const loaded = loadSchedule();
  const schedule = change(loaded.schedule);
  const failed = saveSchedule(schedule);
  return { schedule, notice: loaded.notice || failed };
}
