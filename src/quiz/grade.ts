/** Grading is a pure function of an item and the reader's response. */
import type { ShownItem } from './shown.ts';
import type { Verdict } from './challenges.ts';
import type { ChallengeId } from './ids.ts';
import { readNumber } from './number.ts';
import type { Marker } from './predict.ts';

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
      /** Wrong answers with a message of their own. */
      readonly mistakes?: readonly { readonly value: number; readonly message: string }[];
      /** Other sets of numbers ("Try new numbers"), [0] being the item's own. */
      readonly variants?: readonly {
        readonly answer: number;
        readonly mistakes: readonly { readonly value: number; readonly message: string }[];
      }[];
    }
  | {
      readonly kind: 'challenge';
      readonly check: ChallengeId;
      readonly inputs: readonly { readonly key: string; readonly default: number }[];
    }
  | {
      readonly kind: 'predict';
      /** Where the run ended (or the step it crossed at…), as the optimizer module found it. */
      readonly answer: number;
      readonly tolerance: number;
      readonly marker: Marker;
      /** What the run did, in words. */
      readonly outcome: string;
    }
);

/** An item as shown (shown.ts) cut down to its Gradable part. */
export function gradable(item: ShownItem): Gradable {
  const base = { id: item.id, hash: item.hash };
  switch (item.kind) {
    case 'choice':
    case 'multi':
      return { ...base, kind: item.kind, options: item.options.map((o) => ({ id: o.id, correct: o.correct })) };
    case 'numeric':
      return {
        ...base,
        kind: item.kind,
        answer: item.answer,
        tolerance: item.tolerance,
        unit: item.unit,
        ...(item.mistakes.length > 0 ? { mistakes: item.mistakes } : {}),
        ...(item.variants.length > 1
          ? { variants: item.variants.map((v) => ({ answer: v.answer, mistakes: v.mistakes })) }
          : {}),
      };
    case 'challenge':
      return {
        ...base,
        kind: item.kind,
        check: item.check,
        inputs: item.inputs.map((i) => ({ key: i.key, default: i.default })),
      };
    case 'predict':
      return {
        ...base,
        kind: item.kind,
        answer: item.scene.answer,
        tolerance: item.tolerance,
        marker: item.scene.marker,
        outcome: item.scene.outcome,
      };
  }
}

/** Grades a challenge through the optimizer module (challenges.ts; loaded lazily by the page). */
export type ChallengeChecker = (id: ChallengeId, inputs: Readonly<Record<string, number>>) => Verdict;

/** What the reader answered; options by id, never by position. */
export type Response =
  | { readonly kind: 'choice'; readonly choice: string }
  | { readonly kind: 'multi'; readonly choices: readonly string[] }
  | {
      readonly kind: 'numeric';
      readonly value: number;
      readonly typed?: string;
      /** Which set of numbers it answered (Gradable.variants), when the item has several. */
      readonly variant?: number;
    }
  | { readonly kind: 'challenge'; readonly inputs: Readonly<Record<string, number>> }
  | { readonly kind: 'predict'; readonly value: number };

export interface Grade {
  readonly correct: boolean;
  /** For choice items: whether each option (in the item's order) was marked correctly by the reader. */
  readonly options?: readonly boolean[];
  /** For challenges: what the optimizer module found. */
  readonly message?: string;
}

/** Says a graded prediction in words (predictWords.ts; loaded with a predict item's plot). */
export type PredictWords = (item: Gradable & { readonly kind: 'predict' }, value: number, correct: boolean) => string;

export function grade(item: Gradable, response: Response, check?: ChallengeChecker, words?: PredictWords): Grade {
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
      const { answer, mistakes } = item.variants?.[response.variant ?? 0] ?? item;
      const near = (target: number) =>
        Math.abs(response.value - target) <= item.tolerance + 1e-9 * Math.max(1, Math.abs(target));
      if (near(answer)) return { correct: true };
      const mistake = mistakes?.find((m) => near(m.value));
      return mistake ? { correct: false, message: mistake.message } : { correct: false };
    }
    case 'challenge': {
      if (response.kind !== 'challenge' || !check) return { correct: false };
      const v = check(item.check, response.inputs);
      return { correct: v.passed, message: v.message };
    }
    case 'predict': {
      if (response.kind !== 'predict' || !Number.isFinite(response.value)) return { correct: false };
      const correct = Math.abs(response.value - item.answer) <= item.tolerance + 1e-9;
      return words ? { correct, message: words(item, response.value, correct) } : { correct };
    }
  }
}

/** A typed answer to a numeric item, read as the reader means it (number.ts), or why it cannot be graded. */
export function readTyped(
  item: Gradable & { readonly kind: 'numeric' },
  typed: string,
  variant = 0,
): Response | { readonly problem: string } {
  const n = readNumber(typed, item.unit);
  if (!n.ok) return { problem: n.why };
  const r = { kind: 'numeric', value: n.value, typed: typed.trim() } as const;
  return item.variants ? { ...r, variant } : r;
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
        (o.variant === undefined ||
          (Number.isInteger(o.variant) &&
            (o.variant as number) >= 0 &&
            (o.variant as number) < (item.variants?.length ?? 1))) &&
        typeof o.value === 'number' &&
        Number.isFinite(o.value) &&
        (o.typed === undefined || typeof o.typed === 'string')
      );
    case 'predict':
      return (
        typeof o.value === 'number' &&
        Number.isFinite(o.value) &&
        o.value >= item.marker.min &&
        o.value <= item.marker.max
      );
    case 'challenge':
      return (
        typeof o.inputs === 'object' &&
        o.inputs !== null &&
        Object.values(o.inputs).every((v) => typeof v === 'number' && Number.isFinite(v))
      );
  }
}
