/** What the site knows of a figure before any JavaScript runs. */
import type { ParamTable } from './state.ts';
import type { LinkRules } from './linkFormat.ts';

export interface FigureSpec<T extends ParamTable = ParamTable> {
  /** Stable, unique, kebab-case; a public contract (see tests/unit/figures/ids.json). */
  readonly id: string;
  /** Slug of the lesson the figure belongs to. */
  readonly lesson: string;
  readonly title: string;
  /** Plain text (Unicode math), shown under the figure. */
  readonly caption: string;
  /** The linkable state. A `step` int parameter makes the run's iteration part of a link. */
  readonly table: T;
  /** How its links are versioned, what old keys and ids still read, which keys a link may leave out. */
  readonly link?: LinkRules;
}

/** Names that `hide=` accepts besides the table's own keys. */
export const HIDEABLE_PARTS = ['caption', 'title', 'toolbar', 'readout', 'timeline', 'controls'] as const;

/**
 * A figure's spec, typed by its table. Marked free of side effects so that a page which imports one
 * figure's spec from a lesson's file does not carry the lesson's other specs.
 */
/*#__NO_SIDE_EFFECTS__*/
export function defineFigure<const T extends ParamTable>(spec: FigureSpec<T>): FigureSpec<T> {
  return spec;
}
