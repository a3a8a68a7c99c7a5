/**
 * Names that content and quiz share, with nothing behind them: which challenge checks exist and
 * which inputs each reads, and how options and items are identified. The content schema imports
 * this (at config load) without pulling in the optimizer module that the checks run.
 */

/** The checks in challenges.ts, with the input keys each one reads. */
export const CHALLENGE_INPUTS = {
  'momentum-fast-bowl': ['eta', 'beta'],
  'two-wells-jump': ['x0', 'eta'],
  'outlier-share': ['r'],
  'bowl-diverge': ['eta'],
  'bowl-overshoot': ['eta'],
  'tilted-bowl-sharp-start': ['eta'],
  'noise-escape-threshold': ['noise'],
  'difference-offset': ['e'],
} as const satisfies Record<string, readonly string[]>;

export type ChallengeId = keyof typeof CHALLENGE_INPUTS;
export const CHALLENGE_IDS = Object.keys(CHALLENGE_INPUTS) as [ChallengeId, ...ChallengeId[]];

/** FNV-1a over the string's UTF-16 code units: a short, stable, non-cryptographic hash. */
export function hashText(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36).padStart(7, '0');
}

/** The id an option is stored by: its authored `id`, or one derived from its text. */
export function optionId(option: { readonly id?: string | undefined; readonly text: string }): string {
  return option.id ?? `o${hashText(option.text.trim())}`;
}

/** The parts of an item that decide how a response is graded (not feedback or explanations). */
export interface Hashable {
  readonly kind: string;
  readonly prompt: string;
  readonly options?: readonly { readonly id?: string | undefined; readonly text: string; readonly correct: boolean }[];
  readonly answer?: number;
  readonly tolerance?: number;
  readonly unit?: string | undefined;
  readonly check?: string;
  readonly inputs?: readonly { readonly key: string }[];
}

/**
 * A hash of what the reader answered: prompt, options (as a set: reordering them is not a change)
 * and the key. A stored answer whose hash differs was given to another version of the item.
 */
export function itemHash(item: Hashable): string {
  const options = (item.options ?? []).map((o) => `${optionId(o)}${o.correct ? '+' : '-'}${o.text}`).sort();
  return hashText(
    JSON.stringify([
      item.kind,
      item.prompt,
      options,
      item.answer ?? null,
      item.tolerance ?? null,
      item.unit ?? null,
      item.check ?? null,
      (item.inputs ?? []).map((i) => i.key),
    ]),
  );
}

/** Item id → itemHash for a quiz's items. */
export function quizHashes(items: readonly (Hashable & { readonly id: string })[]): Record<string, string> {
  return Object.fromEntries(items.map((i) => [i.id, itemHash(i)]));
}
