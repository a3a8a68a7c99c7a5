/**
 * A player over a run that is computed as it plays (optim's createTrainer): each animation frame
 * trains up to `speed` steps within a few milliseconds, so the page never blocks and its controls
 * answer while it learns. Every step is kept, so moving back is instant, and a link that asks for a
 * step the trainer has not reached yet trains up to it (a frame at a time) and shows it. A figure
 * whose training code loads late says so with `ready`: nothing is trained until it answers true.
 */
import type { Trainer } from '../../optim/index.ts';
import { prefersReducedMotion, type Playback, type Steppable } from './playback.ts';

/** Milliseconds of training a frame: well under a 16 ms frame, far under a 50 ms long task. */
const BUDGET_MS = 4;

export class TrainerPlayer implements Playback {
  playing = $state(false);
  /** Steps a frame. */
  speed: number = $state(4);
  readonly speeds: readonly number[];
  readonly unit = 'frame';
  /** The step budget: the most steps a run takes. */
  readonly max: number;
  /** Bumped each frame the trainer advances, so what reads the trainer through this player redraws. */
  #progress = $state(0);
  #model: Steppable;
  #trainer: () => Trainer;
  #ready: () => boolean;

  constructor(
    model: Steppable,
    trainer: () => Trainer,
    max: number,
    speeds: readonly number[],
    ready: () => boolean = () => true,
  ) {
    this.#model = model;
    this.#trainer = trainer;
    this.max = max;
    this.speeds = speeds;
    this.#ready = ready;
  }

  #t(): Trainer {
    void this.#progress;
    return this.#trainer();
  }
  /** Steps trained so far. */
  get trained(): number {
    return this.#t().step;
  }
  /** Why the run stopped (diverged), once it has. */
  get stopped(): Trainer['stop'] {
    return this.#t().stop;
  }
  /** The last step a reader can reach: where the run stopped, else the budget. */
  get last(): number {
    const t = this.#t();
    return t.stop === undefined ? this.max : t.step;
  }
  /** Training towards a step a link or the scrubber asked for. */
  get catchingUp(): boolean {
    return !this.playing && this.#model.state.step > this.trained && this.stopped === undefined;
  }
  positionAt(k: number): Float64Array {
    return this.#t().positionAt(k);
  }
  valueAt(k: number): number {
    return this.#t().valueAt(k);
  }
  values(): Float64Array {
    return this.#t().values();
  }

  toggle(): void {
    if (this.playing) this.pause();
    else this.play();
  }
  play(): void {
    if (prefersReducedMotion()) {
      this.#model.set({ step: this.max });
      return;
    }
    // Playing goes on from the newest network, not from a step scrubbed back to.
    if (this.#model.state.step < this.trained) this.#model.set({ step: this.trained });
    this.playing = true;
  }
  pause(): void {
    this.playing = false;
  }
  stepBy(d: number): void {
    this.pause();
    const shown = Math.min(this.#model.state.step, this.trained);
    this.#model.set({ step: Math.max(0, Math.min(this.last, shown + d)) });
  }

  /** Schedules at most one frame of training (run inside an effect; returns its cleanup). */
  schedule(): (() => void) | undefined {
    const t = this.#t();
    const model = this.#model;
    // Off screen, training waits, and picks up again when the figure scrolls back into view.
    if (this.playing && !model.visible) return undefined;
    const target = this.playing ? this.max : model.state.step;
    if (t.stop !== undefined || t.step >= target) {
      if (this.playing) this.playing = false;
      if (t.stop !== undefined && model.state.step > t.step) model.set({ step: t.step });
      return undefined;
    }
    // Training waits for its code (a reactive answer: this effect reruns once it has loaded).
    if (!this.#ready()) return undefined;
    const id = requestAnimationFrame(() => {
      const start = performance.now();
      const goal = this.playing ? Math.min(target, t.step + this.speed) : target;
      while (t.step < goal && t.stop === undefined && performance.now() - start < BUDGET_MS)
        t.advance(Math.min(4, goal - t.step));
      this.#progress++;
      if (this.playing) model.set({ step: t.step });
    });
    return () => cancelAnimationFrame(id);
  }
}

/**
 * The player of a figure whose run trains in the page, over the figure's `step` and a trainer that
 * is rebuilt when a setting changes. `ready` says whether the trainer can take steps yet (it is asked
 * only when a step is wanted, so it may start loading what training needs). Call it while the
 * component initializes.
 */
export function trainerPlayer(
  model: Steppable,
  trainer: () => Trainer,
  max: number,
  speeds: readonly number[] = [1, 4, 16, 64],
  ready?: () => boolean,
): TrainerPlayer {
  const player = new TrainerPlayer(model, trainer, max, speeds, ready);
  model.attachPlayer(player);
  $effect(() => player.schedule());
  $effect(() => () => player.pause());
  return player;
}
