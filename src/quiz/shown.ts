/**
 * A quiz as the page shows it, decided at build time: options in their shown order (order.ts),
 * and numeric items with their answer and mistakes filled in, computed ones run through the
 * optimizer module (compute.ts) for their default numbers and for the fresh sets "Try new numbers"
 * offers. Without JavaScript a reader sees the default numbers with their answer.
 */
import { compute, drawParams, MISCONCEPTIONS, type Params } from './compute.ts';
import { itemHash } from './ids.ts';
import { formatNumber } from './number.ts';
import { arranged, displayOrders, seedOf } from './order.ts';
import { predictScene, type Scene } from './predict.ts';
import type { QuizItem } from './schema.ts';

export interface Mistake {
  readonly value: number;
  readonly message: string;
}

/** One set of numbers for an item: its texts, its answer and the mistakes worth a message. */
export interface Variant {
  readonly params: Params;
  readonly prompt: string;
  readonly explanation: string;
  readonly answer: number;
  readonly mistakes: readonly Mistake[];
}

type Numeric = Extract<QuizItem, { kind: 'numeric' }>;
/** A numeric item with its answer known; `variants[0]` is what the item shows first. */
export type ShownNumeric = Omit<Numeric, 'answer' | 'mistakes'> & {
  readonly answer: number;
  readonly mistakes: readonly Mistake[];
  readonly variants: readonly Variant[];
};
type Predict = Extract<QuizItem, { kind: 'predict' }>;
/** A predict item with its run done: what the plot draws and the answer it grades against. */
export type ShownPredict = Predict & { readonly scene: Scene };

/** An item as shown, with the hash of the item as authored (what a stored answer is checked against). */
export type ShownItem = (Exclude<QuizItem, { kind: 'numeric' | 'predict' }> | ShownNumeric | ShownPredict) & {
  readonly hash: string;
};

/** How many fresh sets of numbers an item that varies offers besides its own. */
export const FRESH_SETS = 5;

/** Fills {{name}} with the computed numbers; an unknown name fails the build, naming the item. */
export function fill(text: string, values: Readonly<Record<string, number>>, where: string): string {
  return text
    .split(/(\$[^$]+\$)/g)
    .map((part) => {
      const inMath = part.length > 2 && part.startsWith('$') && part.endsWith('$');
      return part.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
        const v = values[name];
        if (v === undefined)
          throw new Error(
            `${where}: {{${name}}} is not a number this item computes (it has ${Object.keys(values).join(', ')})`,
          );
        return formatNumber(v, inMath);
      });
    })
    .join('');
}

function variant(item: Numeric, params: Params | undefined, where: string): Variant {
  const authored = (values: Readonly<Record<string, number>>) =>
    item.mistakes.map((m) => ({
      value: m.value,
      message: `${formatNumber(m.value)}: ${fill(m.message, values, where)}`,
    }));
  if (!item.compute || !params) {
    const values = { answer: item.answer! };
    return {
      params: {},
      prompt: item.prompt,
      explanation: item.explanation,
      answer: item.answer!,
      mistakes: authored(values),
    };
  }
  const c = compute(item.compute.id, params, item.tolerance);
  const generated = c.mistakes
    .filter((m) => !item.mistakes.some((a) => Math.abs(a.value - m.value) <= item.tolerance))
    .map((m) => ({ value: m.value, message: `${formatNumber(m.value, false)}: ${MISCONCEPTIONS[m.kind]}.` }));
  return {
    params,
    prompt: fill(item.prompt, c.values, where),
    explanation: fill(item.explanation, c.values, where),
    answer: c.answer,
    mistakes: [...authored(c.values), ...generated],
  };
}

/** A numeric item with its numbers, answer and mistakes, and its fresh sets of numbers if it varies. */
export function shownNumeric(lesson: string, item: Numeric): ShownNumeric {
  const where = `content/quizzes/${lesson}.yaml: item "${item.id}"`;
  const first = variant(item, item.compute?.params, where);
  const fresh =
    item.compute && item.compute.vary.length > 0
      ? drawParams(item.compute.id, item.compute.params, item.compute.vary, seedOf(`${lesson}/${item.id}`), FRESH_SETS)
      : [];
  const variants = [first, ...fresh.map((p) => variant(item, p, where))];
  return {
    ...item,
    prompt: first.prompt,
    explanation: first.explanation,
    answer: first.answer,
    mistakes: first.mistakes,
    variants,
  };
}

/**
 * A predict item with its run done by the optimizer module and {{name}} filled in. The build fails,
 * naming the item, when the marker would start where the answer already counts, or when the run
 * never does what the item asks about (a crossing that does not happen).
 */
export function shownPredict(lesson: string, item: Predict): ShownPredict {
  const where = `content/quizzes/${lesson}.yaml: item "${item.id}"`;
  const scene = predictScene(item.predict.id, item.predict.params);
  if (!Number.isFinite(scene.answer) || scene.answer < scene.marker.min || scene.answer > scene.marker.max)
    throw new Error(`${where}: the run gives no answer to predict (${scene.outcome})`);
  if (Math.abs(scene.answer - scene.marker.start) <= item.tolerance)
    throw new Error(
      `${where}: the marker starts within the tolerance of the answer (${formatNumber(scene.answer)}), so leaving it where it is would count as right`,
    );
  return {
    ...item,
    prompt: fill(item.prompt, scene.values, where),
    explanation: fill(item.explanation, scene.values, where),
    scene,
  };
}

/** Every item of a lesson's quiz as shown, given every quiz of the book (for the shown order). */
export function shownQuiz(
  lesson: string,
  quizzes: readonly { readonly id: string; readonly items: readonly QuizItem[] }[],
): ShownItem[] {
  const quiz = quizzes.find((q) => q.id === lesson);
  if (!quiz) throw new Error(`Quiz: no quiz file content/quizzes/${lesson}.yaml for lesson "${lesson}"`);
  const orders = displayOrders(quizzes);
  return quiz.items.map((item) => shownItem(lesson, item, orders));
}

/** One item as shown: in the order `orders` gives its options (none: as authored), numbers filled in. */
export function shownItem(
  lesson: string,
  item: QuizItem,
  orders: ReadonlyMap<string, readonly number[]> = new Map(),
): ShownItem {
  return {
    ...(item.kind === 'numeric'
      ? shownNumeric(lesson, item)
      : item.kind === 'predict'
        ? shownPredict(lesson, item)
        : arranged(lesson, item, orders)),
    hash: itemHash(item),
  };
}
