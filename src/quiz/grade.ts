/** Grading is a pure function of an item and the reader's response. */
import type { QuizItem } from '../content/schemas.ts';
import type { ChallengeId, Verdict } from './challenges.ts';

/**
 * What grading needs of a quiz item, and all a lesson page carries of it for its script: the
 * prompts, options and explanations are already in the page's HTML.
 */
export type Gradable =
  | {
      readonly id: string;
      readonly kind: 'choice' | 'multi';
      readonly options: readonly { readonly correct: boolean }[];
    }
  | {
      readonly id: string;
      readonly kind: 'numeric';
      readonly answer: number;
      readonly tolerance: number;
      readonly unit?: string | undefined;
    }
  | {
      readonly id: string;
      readonly kind: 'challenge';
      readonly check: ChallengeId;
      readonly inputs: readonly { readonly key: string; readonly default: number }[];
    };

/** An item cut down to its Gradable part. */
export function gradable(item: QuizItem): Gradable {
  switch (item.kind) {
    case 'choice':
    case 'multi':
      return { id: item.id, kind: item.kind, options: item.options.map((o) => ({ correct: o.correct })) };
    case 'numeric':
      return { id: item.id, kind: item.kind, answer: item.answer, tolerance: item.tolerance, unit: item.unit };
    case 'challenge':
      return {
        id: item.id,
        kind: item.kind,
        check: item.check,
        inputs: item.inputs.map((i) => ({ key: i.key, default: i.default })),
      };
  }
}

/** Grades a challenge through the optimizer module (challenges.ts; loaded lazily by the page). */
export type ChallengeChecker = (id: ChallengeId, inputs: Readonly<Record<string, number>>) => Verdict;

export type Response =
  | { readonly kind: 'choice'; readonly choice: number }
  | { readonly kind: 'multi'; readonly choices: readonly number[] }
  | { readonly kind: 'numeric'; readonly value: number }
  | { readonly kind: 'challenge'; readonly inputs: Readonly<Record<string, number>> };

export interface Grade {
  readonly correct: boolean;
  /** For choice items: whether each option was marked correctly by the reader. */
  readonly options?: readonly boolean[];
  /** For challenges: what the optimizer module found. */
  readonly message?: string;
}

export function grade(item: Gradable, response: Response, check?: ChallengeChecker): Grade {
  switch (item.kind) {
    case 'choice': {
      if (response.kind !== 'choice') return { correct: false };
      const picked = item.options[response.choice];
      return {
        correct: picked?.correct === true,
        options: item.options.map((o, i) => (i === response.choice ? o.correct : true)),
      };
    }
    case 'multi': {
      if (response.kind !== 'multi') return { correct: false };
      const chosen = new Set(response.choices);
      const options = item.options.map((o, i) => o.correct === chosen.has(i));
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
      return Number.isInteger(o.choice) && (o.choice as number) >= 0 && (o.choice as number) < item.options.length;
    case 'multi':
      return (
        Array.isArray(o.choices) && o.choices.every((c) => Number.isInteger(c) && c >= 0 && c < item.options.length)
      );
    case 'numeric':
      return typeof o.value === 'number' && Number.isFinite(o.value);
    case 'challenge':
      return (
        typeof o.inputs === 'object' &&
        o.inputs !== null &&
        Object.values(o.inputs).every((v) => typeof v === 'number' && Number.isFinite(v))
      );
  }
}
