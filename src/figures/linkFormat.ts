/**
 * How a figure's link is written, and the rules by which it is read (src/figures/linkReader.ts
 * reads it; that module loads only when a page's URL has a query, so a figure page that opens
 * without one carries none of it). Pure: strings in, values out. Links are made to last:
 *
 * - Versioned: a figure's table has a version (spec.link.version, 1 unless told). A link carries
 *   `v=N` (under the figure's prefix) only when N > 1, so every link written so far is version 1 and
 *   stays as short as it was. A link of an older version goes through the figure's migrations, one
 *   version at a time; a link of a newer version is read as well as this build can, and says so.
 * - Renamed keys keep working: spec.link.aliases maps an old key to its current name, and
 *   spec.link.formerIds lists the figure's old ids (read as prefixes and anchors).
 * - Lenient where a person would be: keys in any case, a prefix typed without its hyphens
 *   (`descent2d.`), `&amp;` pasted from HTML, a decimal comma (`0,314`), a Unicode minus (as the
 *   readouts print it), trailing punctuation (`0.3.` at the end of a sentence), `Adam` for `adam`,
 *   `yes`/`on` for a switch, `captions` for `caption` in a hide list.
 * - What still cannot be read is reported (linkReader's reportText) and left in the address bar (`kept`), so the
 *   person who sent the link can see what went wrong.
 * - Short: values at their default, and keys that change nothing in this state (spec.link.relevant),
 *   are left out.
 */
import type { FigureSpec } from './spec.ts';
import { serializeState, type ParamTable, type StateOf } from './state.ts';

/** Keys a link may carry besides a figure's table. */
export const RESERVED_KEYS = ['v', 'hide', 'theme'] as const;

export type Theme = 'light' | 'dark';

/** One figure's rules for its links (all optional). */
export interface LinkRules {
  /** The table's version (1 unless told): bump it when a key changes meaning, and add a migration. */
  readonly version?: number;
  /** migrations[n - 1] turns a version-n link's raw values (key → text, prefix removed) into version n + 1's. */
  readonly migrations?: readonly ((raw: Readonly<Record<string, string>>) => Record<string, string>)[];
  /** Old key → current key, read as the current key. */
  readonly aliases?: Readonly<Record<string, string>>;
  /** The figure's old ids: links under them still open it. */
  readonly formerIds?: readonly string[];
  /** Whether a key says anything in this state (default: every key does); the others are left out of links. */
  readonly relevant?: (state: Readonly<Record<string, unknown>>, key: string) => boolean;
  /** The figure has a page to itself (the playground): its keys are plain there, never prefixed. */
  readonly ownPage?: boolean;
}

export type FigureMode = 'lesson' | 'standalone';

/** What a link said that this build could not take as it was. */
export interface LinkReport {
  /** Keys this version does not know, as the link spelled them (prefix removed). */
  readonly unknown: string[];
  /** Values that could not be read: the key, the text, and what was expected. */
  readonly unreadable: { readonly key: string; readonly value: string; readonly expected: string }[];
  /** Values outside the figure's range, moved to its edge. */
  readonly adjusted: { readonly key: string; readonly value: string; readonly to: string }[];
  /** Names in the hide list the figure does not have. */
  readonly hideUnknown: string[];
  /** The link's version, when it is newer than this build's. */
  readonly newer: number | null;
}

export interface LinkReading<T extends ParamTable> {
  readonly state: StateOf<T>;
  readonly hidden: string[];
  /** `theme=light|dark`, when the link sets one. */
  readonly theme: Theme | null;
  /** Raw keys of the URL that this figure read: they are rewritten in the current form. */
  readonly consumed: string[];
  /** Raw pairs it could not read, by table key: left in the URL until the reader sets that key. */
  readonly kept: Readonly<Record<string, readonly [string, string]>>;
  readonly report: LinkReport;
}

/** The version a spec's links are written in. */
export function versionOf(spec: FigureSpec): number {
  return Math.max(1, Math.floor(spec.link?.version ?? 1));
}

/** The prefix of a figure's keys on a page of this mode ('' where they are plain). */
export function keyPrefix(spec: FigureSpec, mode: FigureMode): string {
  return mode === 'standalone' || spec.link?.ownPage ? '' : `${spec.id}.`;
}

/** The pairs a link carries for this state: non-default, relevant values, and the version when it is not 1. */
export function linkPairs<T extends ParamTable>(
  spec: FigureSpec<T>,
  state: StateOf<T>,
  prefix = '',
): [string, string][] {
  const relevant = spec.link?.relevant;
  const s = state as Record<string, unknown>;
  const pairs = serializeState(spec.table, state, prefix).filter(
    ([k]) => !relevant || relevant(s, k.slice(prefix.length)),
  );
  const version = versionOf(spec);
  if (pairs.length > 0 && version > 1) pairs.unshift([`${prefix}v`, String(version)]);
  return pairs;
}
