/** The spec of figure "gradient-arrows", in a file of its own so that the figure's page loads no other figure's spec. */
import { defineFigure } from '../../spec.ts';
import { LESSON } from './shared.ts';

export const gradientArrows = defineFigure({
  id: 'gradient-arrows',
  lesson: LESSON,
  title: 'The gradient as a field of arrows',
  caption:
    'At every point of the map, an arrow shows the gradient ∇L = (2θ₁ − θ₂, 6θ₂ − θ₁) of L(θ₁, θ₂) = θ₁² + 3θ₂² − θ₁θ₂, its length scaled down to fit. Each arrow crosses the contour lines at a right angle and points uphill. Drag the probe to read the gradient anywhere; flip the arrows to see −∇L, the way down.',
  table: {
    x: { kind: 'number', default: -2, min: -3, max: 3, step: 0.05, label: 'θ₁' },
    y: { kind: 'number', default: 1.5, min: -3, max: 3, step: 0.05, label: 'θ₂' },
    flip: { kind: 'bool', default: false, label: 'Show −∇L (downhill)' },
  },
});
