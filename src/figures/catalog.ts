/**
 * Every figure of the book, grouped by lesson in reading order. A figure's number
 * ("Figure 3.2") is its lesson's order and its place in that lesson's list.
 */
import type { FigureSpec } from './spec.ts';
import * as whatIsLearning from './lessons/what-is-learning.ts';
import * as loss from './lessons/loss.ts';
import * as gradientDescent1d from './lessons/gradient-descent-1d.ts';
import * as beyondDescent from './lessons/beyond-descent.ts';
import * as gradients from './lessons/gradients.ts';
import * as sgd from './lessons/sgd.ts';
import * as backpropagation from './lessons/backpropagation.ts';
import * as generalization from './lessons/generalization.ts';

/** Lessons in reading order with their figures. The lesson order must match the MDX frontmatter. */
export const LESSON_FIGURES: readonly {
  readonly lesson: string;
  readonly order: number;
  readonly figures: readonly FigureSpec[];
}[] = [
  { lesson: whatIsLearning.LESSON, order: 1, figures: whatIsLearning.FIGURES },
  { lesson: loss.LESSON, order: 2, figures: loss.FIGURES },
  { lesson: gradientDescent1d.LESSON, order: 3, figures: gradientDescent1d.FIGURES },
  { lesson: gradients.LESSON, order: 4, figures: gradients.FIGURES },
  { lesson: sgd.LESSON, order: 5, figures: sgd.FIGURES },
  { lesson: beyondDescent.LESSON, order: 6, figures: beyondDescent.FIGURES },
  { lesson: backpropagation.LESSON, order: 7, figures: backpropagation.FIGURES },
  { lesson: generalization.LESSON, order: 8, figures: generalization.FIGURES },
];

export const FIGURES: readonly FigureSpec[] = LESSON_FIGURES.flatMap((g) => g.figures);

export function figureById(id: string): FigureSpec | undefined {
  return FIGURES.find((f) => f.id === id);
}

/** "1.2" for the second figure of lesson 1. */
export function figureNumber(id: string): string {
  for (const group of LESSON_FIGURES) {
    const fi = group.figures.findIndex((f) => f.id === id);
    if (fi >= 0) return `${group.order}.${fi + 1}`;
  }
  throw new Error(`invalid figure id: ${id}`);
}
