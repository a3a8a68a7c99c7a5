/** The spec of figure "first-descent", in a file of its own so that the figure's page loads no other figure's spec. */
import { defineFigure } from '../../spec.ts';
import { LESSON } from './shared.ts';

export const firstDescent = defineFigure({
  id: 'first-descent',
  lesson: LESSON,
  title: 'A first walk downhill',
  caption:
    'L(θ) = θ⁴ − θ³ − θ² + e^(−θ²), standing in for a loss, has two valleys. Drag the orange start (or focus it and use the arrow keys), then step: each step moves θ against the slope L′(θ), by η times it. Which valley you end in depends on where you start.',
  table: {
    x0: { kind: 'number', default: -1.2, min: -1.4, max: 1.9, step: 0.01, label: 'start θ₀' },
    eta: { kind: 'number', default: 0.05, min: 0.001, max: 1, step: 0.001, log: true, label: 'learning rate η' },
    step: { kind: 'int', default: 0, min: 0, max: 200, label: 'step' },
  },
});
