/** The spec of figure "learning-rate-lab", in a file of its own so that the figure's page loads no other figure's spec. */
import { defineFigure } from '../../spec.ts';
import { LESSON } from './shared.ts';

export const learningRateLab = defineFigure({
  id: 'learning-rate-lab',
  lesson: LESSON,
  title: 'The learning-rate lab',
  caption:
    'Gradient descent on L(θ) = θ², where each step multiplies θ by 1 − 2η. First panel: the walk on the curve; second: the loss at every step. Try the four presets: too small creeps, a good rate glides in, too large zig-zags across the bottom, and past η = 1 every step lands higher than the last.',
  table: {
    eta: { kind: 'number', default: 0.1, min: 0.001, max: 1.2, step: 0.001, log: true, label: 'learning rate η' },
    x0: { kind: 'number', default: 2.5, min: -3, max: 3, step: 0.01, nudge: 0.05, label: 'start θ₀' },
    step: { kind: 'int', default: 0, min: 0, max: 100, label: 'step' },
  },
});
