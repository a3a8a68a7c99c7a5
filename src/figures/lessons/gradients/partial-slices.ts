/** The spec of figure "partial-slices", in a file of its own so that the figure's page loads no other figure's spec. */
import { defineFigure } from '../../spec.ts';
import { LESSON } from './shared.ts';

export const partialSlices = defineFigure({
  id: 'partial-slices',
  lesson: LESSON,
  title: 'Partial derivatives are slopes of slices',
  caption:
    'Left (or top, on a narrow screen): the contour map of L(θ₁, θ₂) = θ₁² + 3θ₂² − θ₁θ₂, whose lowest point is the origin. Drag the point. The orange line holds θ₂ fixed and the blue line holds θ₁ fixed; the two plots beside it show L along each line, a curve in one variable, with its tangent. The tangents’ slopes are the partial derivatives ∂L/∂θ₁ and ∂L/∂θ₂.',
  table: {
    x: { kind: 'number', default: 1.5, min: -3, max: 3, step: 0.05, label: 'θ₁' },
    y: { kind: 'number', default: 1, min: -3, max: 3, step: 0.05, label: 'θ₂' },
  },
});
