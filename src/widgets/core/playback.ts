/**
 * What a run figure's timeline drives, whatever computes the run: a precomputed run's Player
 * (player.svelte.ts) or a trainer that computes as it plays (trainerPlayer.svelte.ts).
 */

export const SPEEDS = [2, 5, 10, 30, 100] as const;

/** What a timeline drives: a precomputed run's Player, or a trainer that computes as it plays. */
export interface Playback {
  readonly playing: boolean;
  /** Steps a second (or a frame, for a trainer). */
  speed: number;
  /** The speeds offered, and what they count. */
  readonly speeds: readonly number[];
  readonly unit: 'second' | 'frame';
  toggle(): void;
  pause(): void;
  /** Moves by d steps (negative goes back), clamped to the run. */
  stepBy(d: number): void;
}

export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** What stepPlayer needs of a figure: its step, whether it is on screen, a setter, and a slot for its player. */
export interface Steppable {
  readonly state: { readonly step: number };
  readonly visible: boolean;
  set(patch: { step: number }): void;
  attachPlayer(player: { pause(): void; readonly playing: boolean }): void;
}
