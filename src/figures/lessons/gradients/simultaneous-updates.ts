/** The spec of figure "simultaneous-updates", in a file of its own so that the figure's page loads no other figure's spec. */
import { defineFigure } from '../../spec.ts';
import { LESSON, BOWL_START } from './shared.ts';

export const simultaneousUpdates = defineFigure({
  id: 'simultaneous-updates',
  lesson: LESSON,
  title: 'Both coordinates at once, or one at a time',
  caption:
    'The same start and η on L(θ₁, θ₂) = θ₁² + 3θ₂² − θ₁θ₂. Left (or top, on a narrow screen): gradient descent reads both partial derivatives at the same point, then moves θ₁ and θ₂ together. Right (or bottom): θ₁ moves first, then ∂L/∂θ₂ is read at the new point and θ₂ moves: a staircase. One round is one step on the left and one move of each coordinate on the right.',
  table: {
    ...BOWL_START,
    eta: { kind: 'number', default: 0.15, min: 0.01, max: 0.4, step: 0.001, log: true, label: 'learning rate η' },
    step: { kind: 'int', default: 0, min: 0, max: 100, label: 'round' },
  },
});
