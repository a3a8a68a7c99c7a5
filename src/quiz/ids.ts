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
  'ridge-validation': ['alpha'],
} as const satisfies Record<string, readonly string[]>;

export type ChallengeId = keyof typeof CHALLENGE_INPUTS;
export const CHALLENGE_IDS = Object.keys(CHALLENGE_INPUTS) as [ChallengeId, ...ChallengeId[]];

/** The computations in compute.ts (answers run through the optimizer module), with the numbers each takes. */
export const COMPUTE_PARAMS = {
  'descent-steps': ['theta0', 'eta', 'steps'],
  'line-loss': ['m', 'b', 'y1', 'y2', 'y3'],
  'descent-step-2d': ['t1', 't2', 'eta'],
  'epoch-updates': ['n', 'batch', 'epochs'],
  'momentum-velocity': ['beta', 'g'],
  'central-difference': ['theta', 'h'],
} as const satisfies Record<string, readonly string[]>;

export type ComputeId = keyof typeof COMPUTE_PARAMS;
export const COMPUTE_IDS = Object.keys(COMPUTE_PARAMS) as [ComputeId, ...ComputeId[]];

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
  readonly options?:
    readonly { readonly id?: string | undefined; readonly text: string; readonly correct: boolean }[] | undefined;
  readonly answer?: number | undefined;
  readonly tolerance?: number | undefined;
  readonly unit?: string | undefined;
  readonly check?: string | undefined;
  readonly inputs?: readonly { readonly key: string }[] | undefined;
  readonly compute?: unknown;
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
      // Only where there is one, so that adding the field changed no other item's hash.
      ...(item.compute ? [item.compute] : []),
    ]),
  );
}

/** Item id → itemHash for a quiz's items. */
export function quizHashes(items: readonly (Hashable & { readonly id: string })[]): Record<string, string> {
  return Object.fromEntries(items.map((i) => [i.id, itemHash(i)]));
}
