/**
 * A small cancellable player over a precomputed run: it moves a step index forward at a
 * speed (steps a second). Scrubbing is instant because the run is cached, not replayed.
 * Reduced motion shows the end state at once; pausing never leaves a frame loop running.
 */
import { SPEEDS, prefersReducedMotion, type Playback, type Steppable } from './playback.ts';

export interface PlayerTarget {
  get(): number;
  set(step: number): void;
  /** The last step of the run. */
  max(): number;
}

export class Player implements Playback {
  playing = $state(false);
  /** Steps a second. */
  speed: number = $state(10);
  readonly speeds: readonly number[];
  readonly unit = 'second';
  #target: PlayerTarget;
  #frame = 0;
  #last = 0;
  #carry = 0;

  constructor(target: PlayerTarget, speed = 10, speeds: readonly number[] = SPEEDS) {
    this.#target = target;
    this.speed = speed;
    this.speeds = speeds;
  }

  get atEnd(): boolean {
    return this.#target.get() >= this.#target.max();
  }

  play(): void {
    if (this.playing) return;
    if (this.atEnd) this.#target.set(0);
    if (prefersReducedMotion()) {
      this.#target.set(this.#target.max());
      return;
    }
    this.playing = true;
    this.#last = performance.now();
    this.#carry = 0;
    this.#frame = requestAnimationFrame(this.#tick);
  }

  pause(): void {
    this.playing = false;
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
  }

  toggle(): void {
    if (this.playing) this.pause();
    else this.play();
  }

  /** Moves by d steps (negative goes back), clamped to the run. */
  stepBy(d: number): void {
    this.pause();
    this.#target.set(Math.max(0, Math.min(this.#target.max(), this.#target.get() + d)));
  }

  #tick = (now: number): void => {
    if (!this.playing) return;
    const dt = Math.min(100, now - this.#last);
    this.#last = now;
    this.#carry += (dt * this.speed) / 1000;
    const n = Math.floor(this.#carry);
    if (n > 0) {
      this.#carry -= n;
      const next = Math.min(this.#target.max(), this.#target.get() + n);
      this.#target.set(next);
      if (next >= this.#target.max()) {
        this.pause();
        return;
      }
    }
    this.#frame = requestAnimationFrame(this.#tick);
  };
}

/**
 * The player every run figure uses, over the figure's `step`: paused off screen and when the
 * figure goes away or a setting restarts the run (model.restart), and the step clamped to the run's
 * end (a link may ask for a step past a run that converged sooner). Call it while the component
 * initializes.
 */
export function stepPlayer(
  model: Steppable,
  last: () => number,
  speed = 10,
  speeds: readonly number[] = SPEEDS,
): Player {
  const player = new Player(
    { get: () => model.state.step, set: (v) => model.set({ step: v }), max: last },
    speed,
    speeds,
  );
  model.attachPlayer(player);
  $effect(() => {
    if (!model.visible) player.pause();
  });
  $effect(() => () => player.pause());
  $effect(() => {
    const end = last();
    if (model.state.step > end) model.set({ step: end });
  });
  return player;
}
