/** The spec of figure "descent-2d", in a file of its own so that the figure's page loads no other figure's spec. */
import { defineFigure } from '../../spec.ts';
import { LESSON, BOWL_START } from './shared.ts';

export const descent2d = defineFigure({
  id: 'descent-2d',
  lesson: LESSON,
  title: 'Gradient descent on a tilted bowl',
  caption:
    'Gradient descent on L(θ₁, θ₂) = θ₁² + 3θ₂² − θ₁θ₂. Drag the orange start (or focus it and use the arrow keys), choose η, then play. The bowl curves 4 + √5 ≈ 6.236 along its sharp principal direction and 4 − √5 ≈ 1.764 along its gentle one, so the path bends. Above η = 2 / (4 + √5) ≈ 0.3207 the steps overshoot further each time across the sharp direction and the walk flies off.',
  table: {
    ...BOWL_START,
    eta: { kind: 'number', default: 0.1, min: 0.01, max: 0.4, step: 0.001, log: true, label: 'learning rate η' },
    step: { kind: 'int', default: 0, min: 0, max: 200, label: 'step' },
  },
});
