/**
 * A figure's URL, in one place: what a page's query string says about a figure (its state and the
 * parts an embed hides), the links that reopen it, the page URL kept in step with it, and the query of
 * a "show me" link. Pure: strings in, strings out, so the shell, ShowMe and the tests share it.
 *
 * On a lesson page a figure's keys carry its id as a prefix (`first-descent.eta=0.15`), so several
 * figures share one URL. The standalone page also takes plain keys (`?eta=0.15`); where both are
 * given, a prefixed key that says something (is not the default) wins over the plain one.
 */
import { HIDEABLE_PARTS, type FigureSpec } from './spec.ts';
import { clampState, parseState, serializeState, type ParamTable, type RawSource, type StateOf } from './state.ts';
import { query, replaceKeys } from './query.ts';

export { mergeShowMe, query, replaceKeys } from './query.ts';

export type FigureMode = 'lesson' | 'standalone';

/** The most names a hide list keeps. */
const MAX_HIDDEN = 32;

/** The prefix of a figure's keys on a page of this mode. */
export function keyPrefix(spec: FigureSpec, mode: FigureMode): string {
  return mode === 'standalone' ? '' : `${spec.id}.`;
}

/** Parses `hide=a,b` (under `prefix`) into the names a figure knows; anything else is ignored. */
export function parseHidden(table: ParamTable, source: RawSource, prefix = ''): string[] {
  const raw = source.get(prefix + 'hide') ?? '';
  const known = new Set<string>([...HIDEABLE_PARTS, ...Object.keys(table)]);
  return raw
    .split(',')
    .map((s) => s.trim())
    .filter((s) => known.has(s))
    .slice(0, MAX_HIDDEN);
}

/** A figure's state and hide list as a page's query string gives them. Never throws. */
export function loadFigure<T extends ParamTable>(
  spec: FigureSpec<T>,
  search: string,
  mode: FigureMode,
): { state: StateOf<T>; hidden: string[] } {
  const params = new URLSearchParams(search);
  const prefixed = parseState(spec.table, params, `${spec.id}.`);
  if (mode === 'lesson') return { state: prefixed, hidden: parseHidden(spec.table, params, `${spec.id}.`) };
  const merged: Record<string, unknown> = { ...parseState(spec.table, params) };
  for (const [k] of serializeState(spec.table, prefixed)) merged[k] = prefixed[k];
  return { state: clampState(spec.table, merged), hidden: parseHidden(spec.table, params) };
}

/** The figure's own query: its non-default values under `<id>.`. */
export function figureQuery<T extends ParamTable>(spec: FigureSpec<T>, state: StateOf<T>): string {
  return query(serializeState(spec.table, state, `${spec.id}.`));
}

/** The lesson URL that opens the figure in this state, scrolled to it. */
export function lessonLink<T extends ParamTable>(spec: FigureSpec<T>, lessonPath: string, state: StateOf<T>): string {
  return `${lessonPath}${figureQuery(spec, state)}#${spec.id}`;
}

/** The standalone page URL in this state (plain keys, then the hide list). */
export function standaloneLink<T extends ParamTable>(
  spec: FigureSpec<T>,
  standalonePath: string,
  state: StateOf<T>,
  hidden: readonly string[] = [],
): string {
  const pairs = serializeState(spec.table, state);
  if (hidden.length) pairs.push(['hide', hidden.join(',')]);
  return `${standalonePath}${query(pairs)}`;
}

/** The page URL (path, query, hash) with this figure's keys set to its state and every other key kept. */
export function pageUrl<T extends ParamTable>(
  spec: FigureSpec<T>,
  state: StateOf<T>,
  current: { readonly pathname: string; readonly search: string; readonly hash: string },
  mode: FigureMode,
): string {
  const prefix = keyPrefix(spec, mode);
  const keys = Object.keys(spec.table).map((k) => prefix + k);
  return `${current.pathname}${replaceKeys(current.search, keys, serializeState(spec.table, state, prefix))}${current.hash}`;
}

/**
 * The query of a "show me" link on a lesson page: the figure in the state the partial one names, with
 * every other key at its default (so a reader without JavaScript lands on exactly that state).
 */
export function showMeQuery(spec: FigureSpec, partial: Readonly<Record<string, unknown>>): string {
  return figureQuery(spec, clampState(spec.table, partial));
}
