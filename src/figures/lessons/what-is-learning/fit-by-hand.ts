/** The spec of figure "fit-by-hand", in a file of its own so that the figure's page loads no other figure's spec. */
import { defineFigure } from '../../spec.ts';
import { LESSON } from './shared.ts';

export const fitByHand = defineFigure({
  id: 'fit-by-hand',
  lesson: LESSON,
  title: 'Fit a line by hand',
  caption:
    'Twelve noisy points and the line ŷ = m·x + b. Each orange segment is a residual: how far the line misses a point. The mean squared error averages their squares (with this book’s ½); the target is to get within 10 % of the best line’s error.',
  table: {
    m: { kind: 'number', default: 0, min: -3, max: 5, step: 0.01, label: 'slope m' },
    b: { kind: 'number', default: 0.5, min: -2, max: 4, step: 0.01, label: 'intercept b' },
    seed: { kind: 'int', default: 7, min: 1, max: 9999, label: 'data seed' },
  },
});
