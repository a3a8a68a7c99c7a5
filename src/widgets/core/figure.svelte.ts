/**
 * A figure's live state in the browser: the table-derived state, the parts an embed link
 * hides, the link that reopens it, and the URL kept in step with it.
 */
import {
  clampState,
  defaults,
  parseState,
  serializeState,
  type ParamTable,
  type RawSource,
  type StateOf,
} from '../../figures/state.ts';
import { HIDEABLE_PARTS, type FigureSpec } from '../../figures/spec.ts';

export interface FigureContext {
  /** Path of the lesson page the figure lives on. */
  readonly lessonHref: string;
  /** Path of the figure's standalone page. */
  readonly standaloneHref: string;
  readonly mode: 'lesson' | 'standalone';
}

export { SHOW_EVENT, type ShowDetail } from '../../figures/events.ts';

function query(pairs: [string, string][]): string {
  if (pairs.length === 0) return '';
  return '?' + pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&');
}

/** Parses hide=a,b into the names a figure knows; anything else is ignored. */
export function parseHidden(table: ParamTable, source: RawSource, prefix: string): string[] {
  const raw = source.get(prefix + 'hide') ?? '';
  const known = new Set<string>([...HIDEABLE_PARTS, ...Object.keys(table)]);
  return raw
    .split(',')
    .map((s) => s.trim())
    .filter((s) => known.has(s))
    .slice(0, 32);
}

export class FigureModel<T extends ParamTable> {
  readonly spec: FigureSpec<T>;
  readonly ctx: FigureContext;
  state: StateOf<T> = $state({} as StateOf<T>);
  hidden: string[] = $state([]);
  /** Whether the figure is on screen (players pause when it is not). */
  visible = $state(true);
  /** `ctx` may be a getter, so a component can pass its prop without Svelte's initial-value warning. */
  constructor(spec: FigureSpec<T>, ctx: FigureContext | (() => FigureContext)) {
    this.spec = spec;
    this.ctx = typeof ctx === 'function' ? ctx() : ctx;
    this.state = defaults(spec.table);
  }

  /** The figure's own query string: non-default values under `<id>.`. */
  get ownQuery(): string {
    return query(serializeState(this.spec.table, this.state, `${this.spec.id}.`));
  }

  /** The lesson URL that reopens this figure in this state. */
  get href(): string {
    return `${this.ctx.lessonHref}${this.ownQuery}#${this.spec.id}`;
  }

  /** The standalone page URL in this state (plain keys, plus any hide list). */
  get standaloneHref(): string {
    const pairs = serializeState(this.spec.table, this.state);
    if (this.hidden.length) pairs.push(['hide', this.hidden.join(',')]);
    return `${this.ctx.standaloneHref}${query(pairs)}`;
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
    for (const key of Object.keys(next)) if (state[key] !== next[key]) state[key] = next[key];
  }

  reset(): void {
    this.state = defaults(this.spec.table);
  }

  /** Reads the page URL: `<id>.key` everywhere, plain `key` on the standalone page too. */
  load(search: string): void {
    const params = new URLSearchParams(search);
    const prefix = `${this.spec.id}.`;
    if (this.ctx.mode === 'standalone') {
      const plain = parseState(this.spec.table, params);
      const prefixed = parseState(this.spec.table, params, prefix);
      const merged: Record<string, unknown> = { ...plain };
      for (const [k] of serializeState(this.spec.table, prefixed)) merged[k] = prefixed[k as keyof typeof prefixed];
      this.state = clampState(this.spec.table, merged);
      this.hidden = parseHidden(this.spec.table, params, '');
    } else {
      this.state = parseState(this.spec.table, params, prefix);
      this.hidden = parseHidden(this.spec.table, params, prefix);
    }
  }

  /** The page URL with this figure's keys replaced by its current state (others kept). */
  pageUrl(current: URL): string {
    const prefix = this.ctx.mode === 'standalone' ? '' : `${this.spec.id}.`;
    const params = new URLSearchParams(current.search);
    for (const key of Object.keys(this.spec.table)) params.delete(prefix + key);
    for (const [k, v] of serializeState(this.spec.table, this.state, prefix)) params.set(k, v);
    const q = params.toString();
    return `${current.pathname}${q ? '?' + q : ''}${current.hash}`;
  }
}
