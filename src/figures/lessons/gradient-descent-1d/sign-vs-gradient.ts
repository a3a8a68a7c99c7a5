/** The spec of figure "sign-vs-gradient", in a file of its own so that the figure's page loads no other figure's spec. */
import { defineFigure } from '../../spec.ts';
import { LESSON } from './shared.ts';

export const signVsGradient = defineFigure({
  id: 'sign-vs-gradient',
  lesson: LESSON,
  title: 'Fixed steps or steps sized by the slope',
  caption:
    'Climbing the revenue R(p) = p(100 − 2p) from the same price. Squares take a fixed step h in the direction the slope points; orange dots take a step η·R′(p), long where the curve is steep and short near the top. The second panel plots the price at each step: fixed steps overshoot the peak at p = 25 and bounce; sized steps settle.',
  table: {
    p0: { kind: 'number', default: 5, min: 0, max: 50, step: 0.5, label: 'start price p₀' },
    h: { kind: 'number', default: 3, min: 0.5, max: 12, step: 0.5, label: 'fixed step h' },
    eta: { kind: 'number', default: 0.1, min: 0.01, max: 0.6, step: 0.01, label: 'learning rate η' },
    step: { kind: 'int', default: 0, min: 0, max: 30, label: 'step' },
  },
});
