/**
 * A figure's live state in the browser: the table-derived state, the parts an embed link
 * hides, the link that reopens it, and the URL kept in step with it.
 */
import { clampState, defaults, type ParamTable, type StateOf } from '../../figures/state.ts';
import type { FigureSpec } from '../../figures/spec.ts';
import { figureQuery, lessonLink, pageUrl, standaloneLink, type FigureMode } from '../../figures/url.ts';

export interface FigureContext {
  /** Path of the lesson page the figure lives on. */
  readonly lessonHref: string;
  /** Path of the figure's standalone page. */
  readonly standaloneHref: string;
  readonly mode: FigureMode;
}

export { SHOW_EVENT, type ShowDetail } from '../../figures/events.ts';

export class FigureModel<T extends ParamTable> {
  readonly spec: FigureSpec<T>;
  readonly ctx: FigureContext;
  state: StateOf<T> = $state({} as StateOf<T>);
  hidden: string[] = $state([]);
  /** Whether the figure is on screen (players pause when it is not). */
  visible = $state(true);
  /** The player that drives the figure's run, if any: its stop, and whether it is playing. */
  #player: { pause(): void; readonly playing?: boolean } | undefined = $state.raw();
  /** What the link said that this version could not read, in words ('' when it read it all). */
  linkReport = $state('');
  /** What the page URL held for this figure that its rewrite must know (src/figures/url.ts). */
  #read: { consumed: readonly string[]; kept: Record<string, readonly [string, string]> } = { consumed: [], kept: {} };
  /** `ctx` may be a getter, so a component can pass its prop without Svelte's initial-value warning. */
  constructor(spec: FigureSpec<T>, ctx: FigureContext | (() => FigureContext)) {
    this.spec = spec;
    this.ctx = typeof ctx === 'function' ? ctx() : ctx;
    this.state = defaults(spec.table);
  }

  /** The figure's own query string: non-default values under `<id>.`. */
  get ownQuery(): string {
    return figureQuery(this.spec, this.state);
  }

  /** The lesson URL that reopens this figure in this state. */
  get href(): string {
    return lessonLink(this.spec, this.ctx.lessonHref, this.state);
  }

  /** The standalone page URL in this state (plain keys, plus any hide list). */
  get standaloneHref(): string {
    return standaloneLink(this.spec, this.ctx.standaloneHref, this.state, this.hidden);
  }

  isHidden(name: string): boolean {
    return this.hidden.includes(name);
  }

  /** Applies a partial state; values are clamped, unknown keys dropped. */
  set(patch: Readonly<Record<string, unknown>>): void {
    const next = clampState(this.spec.table, { ...this.state, ...patch }) as Record<string, unknown>;
    // Key by key, so a figure's $derived values rerun only when a value they read changes
    // (moving the step must not recompute the run).
    const state = this.state as Record<string, unknown>;
    for (const key of Object.keys(next))
      if (state[key] !== next[key]) {
        state[key] = next[key];
        delete this.#read.kept[key]; // the reader has set it: the unread text from the link goes
      }
  }

  /** The player that drives this figure's run: restart() pauses it. */
  attachPlayer(player: { pause(): void; readonly playing?: boolean }): void {
    this.#player = player;
  }

  /** Whether the figure's run is playing (the readout keeps quiet meanwhile). */
  get playing(): boolean {
    return this.#player?.playing ?? false;
  }

  /** A setting of the run changed: pause, apply the patch, and go back to step 0. */
  restart(patch: Readonly<Record<string, unknown>>): void {
    this.#player?.pause();
    this.set({ ...patch, step: 0 });
  }

  reset(): void {
    this.#player?.pause();
    this.#read.kept = {};
    this.linkReport = '';
    this.state = defaults(this.spec.table);
  }

  /**
   * Reads the page URL (src/figures/linkReader.ts says how). A URL without a query leaves the
   * defaults; the reader loads only for one that has a query, so most visits never fetch it.
   */
  async load(search: string, hash = ''): Promise<void> {
    if (search.length < 2) return;
    const { readLink, reportText } = await import('../../figures/linkReader.ts');
    const { state, hidden, consumed, kept, report } = readLink(this.spec, search, this.ctx.mode, hash);
    this.state = state;
    this.hidden = hidden;
    this.#read = { consumed, kept: { ...kept } };
    this.linkReport = reportText(report);
  }

  /** The page URL with this figure's keys replaced by its current state (others kept). */
  pageUrl(current: URL): string {
    return pageUrl(this.spec, this.state, current, this.ctx.mode, this.#read);
  }
}
