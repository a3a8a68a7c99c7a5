/** Grading is a pure function of an item and the reader's response. */
import type { QuizItem } from './schema.ts';
import type { Verdict } from './challenges.ts';
import type { ChallengeId } from './ids.ts';
import { itemHash } from './ids.ts';
import { readNumber } from './number.ts';

/**
 * What grading needs of a quiz item, and all a lesson page carries of it for its script: the
 * prompts, options and explanations are already in the page's HTML. Options are listed in the
 * order they are shown; `hash` says which version of the item an answer was given to.
 */
export type Gradable = { readonly id: string; readonly hash: string } & (
  | {
      readonly kind: 'choice' | 'multi';
      readonly options: readonly { readonly id: string; readonly correct: boolean }[];
    }
  | {
      readonly kind: 'numeric';
      readonly answer: number;
      readonly tolerance: number;
      readonly unit?: string | undefined;
    }
  | {
      readonly kind: 'challenge';
      readonly check: ChallengeId;
      readonly inputs: readonly { readonly key: string; readonly default: number }[];
    }
);

/** An item cut down to its Gradable part (options in the order given: pass the shown order). */
export function gradable(item: QuizItem): Gradable {
  const base = { id: item.id, hash: itemHash(item) };
  switch (item.kind) {
    case 'choice':
    case 'multi':
      return { ...base, kind: item.kind, options: item.options.map((o) => ({ id: o.id, correct: o.correct })) };
    case 'numeric':
      return { ...base, kind: item.kind, answer: item.answer, tolerance: item.tolerance, unit: item.unit };
    case 'challenge':
      return {
        ...base,
        kind: item.kind,
        check: item.check,
        inputs: item.inputs.map((i) => ({ key: i.key, default: i.default })),
      };
  }
}

/** Grades a challenge through the optimizer module (challenges.ts; loaded lazily by the page). */
export type ChallengeChecker = (id: ChallengeId, inputs: Readonly<Record<string, number>>) => Verdict;

/** What the reader answered; options by id, never by position. */
export type Response =
  | { readonly kind: 'choice'; readonly choice: string }
  | { readonly kind: 'multi'; readonly choices: readonly string[] }
  | { readonly kind: 'numeric'; readonly value: number; readonly typed?: string }
  | { readonly kind: 'challenge'; readonly inputs: Readonly<Record<string, number>> };

export interface Grade {
  readonly correct: boolean;
  /** For choice items: whether each option (in the item's order) was marked correctly by the reader. */
  readonly options?: readonly boolean[];
  /** For challenges: what the optimizer module found. */
  readonly message?: string;
}

export function grade(item: Gradable, response: Response, check?: ChallengeChecker): Grade {
  switch (item.kind) {
    case 'choice': {
      if (response.kind !== 'choice') return { correct: false };
      const picked = item.options.find((o) => o.id === response.choice);
      return {
        correct: picked?.correct === true,
        options: item.options.map((o) => (o.id === response.choice ? o.correct : true)),
      };
    }
    case 'multi': {
      if (response.kind !== 'multi') return { correct: false };
      const chosen = new Set(response.choices);
      const options = item.options.map((o) => o.correct === chosen.has(o.id));
      return { correct: options.every(Boolean), options };
    }
    case 'numeric': {
      if (response.kind !== 'numeric' || !Number.isFinite(response.value)) return { correct: false };
      return { correct: Math.abs(response.value - item.answer) <= item.tolerance + 1e-12 };
    }
    case 'challenge': {
      if (response.kind !== 'challenge' || !check) return { correct: false };
      const v = check(item.check, response.inputs);
      return { correct: v.passed, message: v.message };
    }
  }
}

/** A typed answer to a numeric item, read as the reader means it (number.ts), or why it cannot be graded. */
export function readTyped(
  item: Gradable & { readonly kind: 'numeric' },
  typed: string,
): Response | { readonly problem: string } {
  const n = readNumber(typed, item.unit);
  return n.ok ? { kind: 'numeric', value: n.value, typed: typed.trim() } : { problem: n.why };
}

/** Correct answers over items, as a whole number of points. */
export function score(grades: readonly (Grade | undefined)[]): number {
  return grades.filter((g) => g?.correct).length;
}

/** Whether a stored response has the shape its item expects (storage may hold anything). */
export function isResponseFor(item: Gradable, r: unknown): r is Response {
  if (typeof r !== 'object' || r === null) return false;
  const o = r as Record<string, unknown>;
  if (o.kind !== item.kind) return false;
  switch (item.kind) {
    case 'choice':
      return item.options.some((opt) => opt.id === o.choice);
    case 'multi':
      return Array.isArray(o.choices) && o.choices.every((c) => item.options.some((opt) => opt.id === c));
    case 'numeric':
      return (
        typeof o.value === 'number' &&
        Number.isFinite(o.value) &&
        (o.typed === undefined || typeof o.typed === 'string')
      );
    case 'challenge':
      return (
        typeof o.inputs === 'object' &&
        o.inputs !== null &&
        Object.values(o.inputs).every((v) => typeof v === 'number' && Number.isFinite(v))
      );
  }
}
