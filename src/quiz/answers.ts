/**
 * The reader's answers as the progress record keeps them: per item id, the response (options by
 * id), the hash of the item it was given to, and whether it was right. Pure functions: the quiz
 * page and the home page read the same record the same way, so their scores agree.
 */
import { isResponseFor, type Gradable, type Response } from './grade.ts';

export interface StoredAnswer {
  readonly r: Response;
  /** itemHash of the item when it was answered. */
  readonly h: string;
  /** Whether it was right when graded. */
  readonly ok: boolean;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The stored answer for `item` if it was given to this version of it; undefined otherwise. */
export function answerFor(item: Gradable, stored: unknown): StoredAnswer | undefined {
  if (!isRecord(stored) || stored.h !== item.hash || typeof stored.ok !== 'boolean') return undefined;
  return isResponseFor(item, stored.r) ? (stored as unknown as StoredAnswer) : undefined;
}

/**
 * Splits saved answers into those that still fit the quiz and those to set aside: answers to an
 * item that changed since (or was removed), and answers in an older format (by position, before
 * options were shuffled), which are never restored onto an option they might not mean.
 */
export function sortAnswers(
  items: readonly Gradable[],
  answers: Readonly<Record<string, unknown>>,
): { fit: Record<string, StoredAnswer>; aside: Record<string, unknown> } {
  const fit: Record<string, StoredAnswer> = {};
  const aside: Record<string, unknown> = {};
  for (const [id, stored] of Object.entries(answers)) {
    const item = items.find((i) => i.id === id);
    const a = item ? answerFor(item, stored) : undefined;
    if (a) fit[id] = a;
    else aside[id] = stored;
  }
  return { fit, aside };
}

/**
 * The score a quiz shows for stored answers: those that were right and were given to the items
 * as they are now (`hashes`: item id → current hash).
 */
export function storedScore(hashes: Readonly<Record<string, string>>, answers: Readonly<Record<string, unknown>>) {
  return Object.entries(answers).filter(
    ([id, a]) => isRecord(a) && a.ok === true && hashes[id] !== undefined && a.h === hashes[id],
  ).length;
}
