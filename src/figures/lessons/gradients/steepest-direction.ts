/** The spec of figure "steepest-direction", in a file of its own so that the figure's page loads no other figure's spec. */
import { defineFigure } from '../../spec.ts';
import { LESSON } from './shared.ts';

export const steepestDirection = defineFigure({
  id: 'steepest-direction',
  lesson: LESSON,
  title: 'Which way is steepest?',
  caption:
    'Turn the dial (or drag the orange knob): the bold arrow is a unit direction d at the point θ. The right plot (or bottom, on a narrow screen) shows the rate of change of L along d, ∇L · d, for every angle φ: a wave, ‖∇L‖ times the cosine of the angle between d and the gradient, whose lowest point, −‖∇L‖, sits exactly opposite the gradient. No direction goes down faster.',
  table: {
    x: { kind: 'number', default: 2, min: -3, max: 3, step: 0.05, label: 'θ₁' },
    y: { kind: 'number', default: 1, min: -3, max: 3, step: 0.05, label: 'θ₂' },
    angle: { kind: 'int', default: 90, min: 0, max: 359, label: 'direction φ (degrees)' },
  },
});
