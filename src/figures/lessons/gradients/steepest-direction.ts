/** The spec of figure "steepest-direction", in a file of its own so that the figure's page loads no other figure's spec. */
import { defineFigure } from '../../spec.ts';
import { LESSON } from './shared.ts';

export const steepestDirection = defineFigure({
  id: 'steepest-direction',
  lesson: LESSON,
  title: 'Which way is steepest?',
  caption:
    'Turn the dial (or drag the orange knob): the bold arrow is a unit direction u at the point (x, y). The right plot shows the rate of change of f along u, ∇f · u, for every angle: a wave whose lowest point, −‖∇f‖, sits exactly opposite the gradient. No direction goes down faster.',
  table: {
    x: { kind: 'number', default: 2, min: -3, max: 3, step: 0.05, label: 'x' },
    y: { kind: 'number', default: 1, min: -3, max: 3, step: 0.05, label: 'y' },
    angle: { kind: 'int', default: 90, min: 0, max: 359, label: 'direction φ (degrees)' },
  },
});
