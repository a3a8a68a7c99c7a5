/**
 * The figure a quiz item is about (its `figure`, in its `state`), as a link: an anchor on the
 * item's lesson page, or a link to the figure's lesson elsewhere (the review page). The build fails,
 * naming the quiz file and the item, when the figure does not exist or the state does not fit it.
 */
import { figureById, figureNumber, unknownFigure } from '../figures/catalog.ts';
import { validatePartial } from '../figures/state.ts';
import { showMeQuery } from '../figures/url.ts';
import { lessonPath } from '../lib/paths.ts';
import type { ShownItem } from '../quiz/shown.ts';

export interface FigureLink {
  readonly href: string;
  /** "Figure 3.2". */
  readonly name: string;
  /** Whether the link opens the figure in a state of its own. */
  readonly inState: boolean;
}

export function figureLinkOf(item: ShownItem, lesson: string, onLesson: boolean): FigureLink | undefined {
  const where = `Quiz content/quizzes/${lesson}.yaml: item "${item.id}"`;
  if (!item.figure) {
    if (item.state) throw new Error(`${where} gives a figure state but no figure`);
    return undefined;
  }
  const spec = figureById(item.figure);
  if (!spec) throw new Error(`${where} names ${unknownFigure(item.figure)}`);
  const errors = validatePartial(spec.table, item.state ?? {});
  if (errors.length) throw new Error(`${where}: its state for figure "${item.figure}": ${errors.join('; ')}`);
  const query = item.state ? showMeQuery(spec, item.state) : '';
  const href =
    spec.lesson === lesson && onLesson && !query ? `#${spec.id}` : `${lessonPath(spec.lesson)}${query}#${spec.id}`;
  return { href, name: `Figure ${figureNumber(spec.id)}`, inState: Boolean(item.state) };
}
