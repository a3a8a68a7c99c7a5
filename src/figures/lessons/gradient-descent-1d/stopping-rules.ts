/** The spec of figure "stopping-rules", in a file of its own so that the figure's page loads no other figure's spec. */
import { defineFigure } from '../../spec.ts';
import { LESSON } from './shared.ts';

export const stoppingRules = defineFigure({
  id: 'stopping-rules',
  lesson: LESSON,
  title: 'When to stop',
  caption:
    'One walk down L(θ) = θ² from θ₀ = 2, and two ways to end it: after a fixed budget of steps (square, dashed line), or once a step changes L by less than a tolerance (orange ring, solid line). The plot shows the loss at every step and where each rule would stop. With a tiny learning rate the tolerance rule stops almost at once, far from the bottom.',
  table: {
    eta: { kind: 'number', default: 0.1, min: 0.00001, max: 1, step: 0.00001, log: true, label: 'learning rate η' },
    budget: { kind: 'int', default: 20, min: 1, max: 200, label: 'step budget' },
    tol: {
      kind: 'number',
      default: 0.001,
      min: 0.000001,
      max: 0.1,
      step: 0.000001,
      log: true,
      label: 'tolerance on |ΔL|',
    },
    step: { kind: 'int', default: 0, min: 0, max: 300, label: 'step' },
  },
});
