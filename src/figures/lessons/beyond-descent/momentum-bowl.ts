/** The spec of figure "momentum-bowl", in a file of its own so that the figure's page loads no other figure's spec. */
import { defineFigure } from '../../spec.ts';
import { LESSON, BOWL_START, MOMENTUM_KAPPA } from './shared.ts';

export const momentumBowl = defineFigure({
  id: 'momentum-bowl',
  lesson: LESSON,
  title: 'Plain descent zig-zags; momentum glides',
  caption:
    'The same narrow bowl ½(θ₁² + κθ₂²), the same start, the same learning rate η. Left (or top, on a narrow screen): plain gradient descent, which bounces across the sharply curved θ₂ direction while it creeps along the gentle θ₁ direction. Right (or bottom): momentum, which adds up its past gradients, so the bounces cancel and the creep builds speed. Drag the start in either panel (both panels share it); β is how much of the past each step keeps.',
  table: {
    kappa: { kind: 'number', default: MOMENTUM_KAPPA, min: 1, max: 60, step: 1, label: 'condition number κ' },
    eta: { kind: 'number', default: 0.07, min: 0.001, max: 0.2, step: 0.001, log: true, label: 'learning rate η' },
    beta: { kind: 'number', default: 0.6, min: 0, max: 0.99, step: 0.01, label: 'momentum β' },
    x0: { kind: 'number', default: BOWL_START[0], min: -3, max: 3, step: 0.01, nudge: 0.05, label: 'start θ₁' },
    y0: { kind: 'number', default: BOWL_START[1], min: -3, max: 3, step: 0.01, nudge: 0.05, label: 'start θ₂' },
    step: { kind: 'int', default: 0, min: 0, max: 300, label: 'step' },
  },
});
