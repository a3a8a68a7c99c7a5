/**
 * A figure's URL, in one place: the links that reopen it, the page URL kept in step with it, and the
 * query of a "show me" link (how a URL is read is src/figures/linkReader.ts). Pure: strings in,
 * strings out, so the shell, ShowMe and the tests share it.
 *
 * On a lesson page a figure's keys carry its id as a prefix (`first-descent.eta=0.15`), so several
 * figures share one URL. The standalone page takes plain keys (`?eta=0.15`).
 */
import type { FigureSpec } from './spec.ts';
import { clampState, type ParamTable, type StateOf } from './state.ts';
import { keyPrefix, linkPairs, type FigureMode } from './linkFormat.ts';
import { query, replaceKeys } from './query.ts';

export { keyPrefix, type FigureMode };
export { mergeShowMe, query, replaceKeys } from './query.ts';

/** The figure's own query as a lesson page writes it: its non-default, relevant values under `<id>.`. */
export function figureQuery<T extends ParamTable>(spec: FigureSpec<T>, state: StateOf<T>): string {
  return query(linkPairs(spec, state, keyPrefix(spec, 'lesson')));
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
  const pairs = linkPairs(spec, state);
  if (hidden.length) pairs.push(['hide', hidden.join(',')]);
  return `${standalonePath}${query(pairs)}`;
}

/** What a figure read from the page URL that its rewrite must know (from readLink). */
export interface ReadKeys {
  /** Raw keys it read: rewritten in the current form. */
  readonly consumed?: readonly string[];
  /** Raw pairs it could not read, by table key: kept in the URL while that key is at its default. */
  readonly kept?: Readonly<Record<string, readonly [string, string]>>;
}

/**
 * The page URL (path, query, hash) with this figure's keys set to its state and every other key kept,
 * including what the link said that this figure could not read (so the sender can still see it).
 */
export function pageUrl<T extends ParamTable>(
  spec: FigureSpec<T>,
  state: StateOf<T>,
  current: { readonly pathname: string; readonly search: string; readonly hash: string },
  mode: FigureMode,
  read: ReadKeys = {},
): string {
  const prefix = keyPrefix(spec, mode);
  const keys = [...Object.keys(spec.table), 'v'].map((k) => prefix + k);
  const pairs: (readonly [string, string])[] = linkPairs(spec, state, prefix);
  const written = new Set(pairs.map(([k]) => k.slice(prefix.length)));
  for (const [key, pair] of Object.entries(read.kept ?? {})) if (!written.has(key)) pairs.push(pair);
  return `${current.pathname}${replaceKeys(current.search, [...keys, ...(read.consumed ?? [])], pairs)}${current.hash}`;
}

/**
 * The query of a "show me" link on a lesson page: the figure in the state the partial one names, with
 * every other key at its default (so a reader without JavaScript lands on exactly that state).
 */
export function showMeQuery(spec: FigureSpec, partial: Readonly<Record<string, unknown>>): string {
  return figureQuery(spec, showMeState(spec, partial));
}

/**
 * The whole state a "show me" puts its figure in: the keys its sentence names, every other key at
 * its default. A click sets all of them, so the reader sees the state the sentence describes
 * whatever they had moved before, the same state the link's URL gives a reader without JavaScript.
 */
export function showMeState<T extends ParamTable>(
  spec: FigureSpec<T>,
  partial: Readonly<Record<string, unknown>>,
): StateOf<T> {
  return clampState(spec.table, partial);
}
