/**
 * The spaced review's schedule: Leitner boxes. An item the reader misses (in a lesson's quiz or on
 * the review page) goes to box 1, due at once; answered right on the review page it moves up a
 * box and waits longer (box 2: a day, 3: three days, 4: a week, 5: sixteen days); right from box 5
 * it leaves the schedule. Pure functions over a versioned record; src/quiz/reviewStore.ts keeps it
 * in the browser, checked like the progress record.
 */

export const SCHEDULE_VERSION = 1;
export const DAY = 24 * 60 * 60 * 1000;
/** Days to wait before an item in box k (1-based) is due again. */
export const BOX_DAYS = [0, 1, 3, 7, 16] as const;
export const BOXES = BOX_DAYS.length;

export interface Card {
  /** 1 … BOXES. */
  readonly box: number;
  /** When it is due (ms since 1970). */
  readonly due: number;
  /** How many times it was missed, in all. */
  readonly misses: number;
  /** The set of numbers it was last shown in (items with "Try new numbers"). */
  readonly variant?: number;
}

export interface Schedule {
  readonly version: typeof SCHEDULE_VERSION;
  /** By `${lesson}/${item}`. */
  readonly cards: Readonly<Record<string, Card>>;
}

export const emptySchedule = (): Schedule => ({ version: SCHEDULE_VERSION, cards: {} });

const KEY = /^[a-z0-9]+(-[a-z0-9]+)*\/[a-z0-9]+(-[a-z0-9]+)*$/;
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A stored value checked: a clean schedule, or why it is not one (cards that make no sense are dropped). */
export function validateSchedule(v: unknown): Schedule | string {
  if (!isRecord(v)) return 'not an object';
  if (typeof v.version !== 'number') return 'no version';
  if (v.version > SCHEDULE_VERSION) return `saved by a newer version of Downhill (format ${v.version})`;
  if (v.version !== SCHEDULE_VERSION) return `an old format (${v.version})`;
  if (!isRecord(v.cards)) return 'no cards';
  const cards: Record<string, Card> = {};
  for (const [key, c] of Object.entries(v.cards)) {
    if (!KEY.test(key) || key.length > 130 || !isRecord(c)) continue;
    const { box, due, misses, variant } = c;
    if (!Number.isInteger(box) || (box as number) < 1 || (box as number) > BOXES) continue;
    if (typeof due !== 'number' || !Number.isFinite(due)) continue;
    if (!Number.isInteger(misses) || (misses as number) < 0) continue;
    const card: Card = { box: box as number, due, misses: misses as number };
    cards[key] = Number.isInteger(variant) && (variant as number) >= 0 ? { ...card, variant: variant as number } : card;
  }
  return { version: SCHEDULE_VERSION, cards };
}

/** A miss anywhere: back to box 1, due now. */
export function missed(s: Schedule, key: string, now: number): Schedule {
  const old = s.cards[key];
  const card: Card = { ...old, box: 1, due: now, misses: (old?.misses ?? 0) + 1 };
  return { ...s, cards: { ...s.cards, [key]: card } };
}

/** A right answer on the review page: up a box and due later, or out of the schedule from the last box. */
export function answeredRight(s: Schedule, key: string, now: number): Schedule {
  const old = s.cards[key];
  if (!old) return s;
  const cards = { ...s.cards };
  if (old.box >= BOXES) delete cards[key];
  else cards[key] = { ...old, box: old.box + 1, due: now + BOX_DAYS[old.box]! * DAY };
  return { ...s, cards };
}

/** Remembers which set of numbers an item was shown in. */
export function shownVariant(s: Schedule, key: string, variant: number): Schedule {
  const old = s.cards[key];
  return old ? { ...s, cards: { ...s.cards, [key]: { ...old, variant } } } : s;
}

/**
 * The cards due at `now` among `known` (keys of items the book still has), mixed across lessons:
 * the lessons take turns, each giving its longest-waiting card first.
 */
export function dueCards(s: Schedule, now: number, known: ReadonlySet<string>): string[] {
  const byLesson = new Map<string, string[]>();
  const due = Object.entries(s.cards)
    .filter(([key, c]) => c.due <= now && known.has(key))
    .sort(([a, x], [b, y]) => x.due - y.due || (a < b ? -1 : 1));
  for (const [key] of due) {
    const lesson = key.split('/')[0]!;
    byLesson.set(lesson, [...(byLesson.get(lesson) ?? []), key]);
  }
  const queues = [...byLesson.values()];
  const out: string[] = [];
  for (let round = 0; out.length < due.length; round++)
    for (const q of queues) if (q[round] !== undefined) out.push(q[round]!);
  return out;
}

/** When the next card not yet due comes due (undefined: none waiting). */
export function nextDue(s: Schedule, now: number, known: ReadonlySet<string>): number | undefined {
  const later = Object.entries(s.cards)
    .filter(([key, c]) => c.due > now && known.has(key))
    .map(([, c]) => c.due);
  return later.length > 0 ? Math.min(...later) : undefined;
}

/** Two schedules as one (an imported file and the browser's own): per item, the card that reviews it sooner. */
export function mergeSchedules(a: Schedule, b: Schedule): Schedule {
  const cards: Record<string, Card> = { ...a.cards };
  for (const [key, c] of Object.entries(b.cards)) {
    const mine = cards[key];
    if (!mine || c.box < mine.box || (c.box === mine.box && c.due < mine.due))
      cards[key] = { ...c, misses: Math.max(c.misses, mine?.misses ?? 0) };
    else cards[key] = { ...mine, misses: Math.max(c.misses, mine.misses) };
  }
  return { version: SCHEDULE_VERSION, cards };
}

/** "in 3 days", "in 5 hours", "in a few minutes": how long until `at`. */
export function waitText(at: number, now: number): string {
  const ms = Math.max(0, at - now);
  const days = Math.round(ms / DAY);
  if (days >= 2) return `in ${days} days`;
  if (ms >= 20 * 60 * 60 * 1000) return 'in a day';
  const hours = Math.round(ms / (60 * 60 * 1000));
  if (hours >= 2) return `in ${hours} hours`;
  return ms > 45 * 60 * 1000 ? 'in an hour' : 'in a few minutes';
}
