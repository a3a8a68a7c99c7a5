/**
 * The order options are shown in, decided at build time so that readers with and without
 * JavaScript see the same: never the authored one, a shuffle seeded by the item, with the
 * single-choice keys spread evenly over the displayed positions across the book. Answers are
 * stored by option id (ids.ts), so a reorder never moves a saved answer to another option.
 */
import { createRng } from '../optim/random.ts';
import { hashText } from './ids.ts';

export function seedOf(s: string): number {
  return parseInt(hashText(s), 36) | 0;
}

interface Orderable {
  readonly id: string;
  readonly kind: string;
  readonly options?: readonly { readonly correct: boolean }[];
}

const isIdentity = (p: readonly number[]) => p.every((v, i) => v === i);

/**
 * A permutation of 0…n−1 (display position → authored index) that is not the identity, with the
 * authored index `key` at display position `at` when `key` is given. Seeded: the same arguments
 * always give the same order.
 */
export function permutation(n: number, seed: number, key?: number, at?: number): number[] {
  if (n < 2) return [...Array(n).keys()];
  const rng = createRng(seed);
  for (let attempt = 0; ; attempt++) {
    const rest = [...Array(n).keys()].filter((i) => i !== key);
    rng.shuffle(rest);
    const p = key === undefined || at === undefined ? rest : [...rest.slice(0, at), key, ...rest.slice(at)];
    if (!isIdentity(p)) return p;
    // Only possible when the key sits where it was authored and the rest kept their order.
    if (attempt > 20 || n === 2) return [...p.slice(1), p[0]!];
  }
}

/**
 * Display orders for every choice and multi item of the book, by `${quiz}/${item}`: each a list
 * of authored option indices in the order they are shown.
 *
 * Single-choice items are visited in a seeded order and each puts its key on the displayed
 * position that holds the fewest keys so far (ties broken by the seed), so no position collects
 * the keys; multi items are shuffled. Adding an item may reorder others: answers are stored by
 * option id, so that is harmless.
 */
export function displayOrders(
  quizzes: readonly { readonly id: string; readonly items: readonly Orderable[] }[],
): Map<string, number[]> {
  const orders = new Map<string, number[]>();
  const all = [...quizzes]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .flatMap((q) => q.items.map((item) => ({ key: `${q.id}/${item.id}`, item })));
  const keysAt: number[] = [];
  const singles = all
    .filter(({ item }) => item.kind === 'choice' && item.options)
    .sort((a, b) => seedOf(a.key) - seedOf(b.key) || (a.key < b.key ? -1 : 1));
  for (const { key, item } of singles) {
    const n = item.options!.length;
    const authored = item.options!.findIndex((o) => o.correct);
    const tie = (pos: number) => seedOf(`${key}#${pos}`) >>> 0;
    let best = -1;
    for (let pos = 0; pos < n; pos++) {
      if (n === 2 && pos === authored) continue; // a two-option item can only swap
      const fewer = best < 0 || (keysAt[pos] ?? 0) < (keysAt[best] ?? 0);
      if (fewer || ((keysAt[pos] ?? 0) === (keysAt[best] ?? 0) && tie(pos) < tie(best))) best = pos;
    }
    keysAt[best] = (keysAt[best] ?? 0) + 1;
    orders.set(key, permutation(n, seedOf(key), authored, best));
  }
  for (const { key, item } of all) {
    if (item.kind === 'multi' && item.options) orders.set(key, permutation(item.options.length, seedOf(key)));
  }
  return orders;
}

/** The item with its options in the order `displayOrders` chose for it (unchanged if none). */
export function arranged<T extends { readonly id: string; readonly options?: readonly unknown[] }>(
  quiz: string,
  item: T,
  orders: ReadonlyMap<string, readonly number[]>,
): T {
  const order = orders.get(`${quiz}/${item.id}`);
  if (!order || !item.options) return item;
  return { ...item, options: order.map((k) => item.options![k]) };
}
