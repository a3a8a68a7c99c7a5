/** The spec of figure "partial-slices", in a file of its own so that the figure's page loads no other figure's spec. */
import { defineFigure } from '../../spec.ts';
import { LESSON } from './shared.ts';

export const partialSlices = defineFigure({
  id: 'partial-slices',
  lesson: LESSON,
  title: 'Partial derivatives are slopes of slices',
  caption:
    'Left: the contour map of f(x, y) = x² + 3y² − xy, whose lowest point is the origin. Drag the point. The orange line holds y fixed and the blue line holds x fixed; the two plots beside it show f along each line, a curve in one variable, with its tangent. The tangents’ slopes are the partial derivatives ∂f/∂x and ∂f/∂y.',
  table: {
    x: { kind: 'number', default: 1.5, min: -3, max: 3, step: 0.05, label: 'x' },
    y: { kind: 'number', default: 1, min: -3, max: 3, step: 0.05, label: 'y' },
  },
});
