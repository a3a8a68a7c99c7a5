/** The spec of figure "adam-steps", in a file of its own so that the figure's page loads no other figure's spec. */
import { defineFigure } from '../../spec.ts';
import { LESSON, BOWL_START } from './shared.ts';

export const adamSteps = defineFigure({
  id: 'adam-steps',
  lesson: LESSON,
  title: 'Adam gives every parameter its own step size',
  caption:
    'Left (or top, on a narrow screen): Adam’s path on the chosen surface. Right (or bottom): the step size it used for each parameter, η / (√ŝ + ε), on a log scale, where ŝ is a running average of that parameter’s squared slope: the larger a parameter’s recent slopes, the smaller its step size. On the bowl the two step sizes grow all run and end about 7 times apart; on Rosenbrock’s valley they grow about twentyfold as the walk reaches the flat floor.',
  table: {
    surface: { kind: 'enum', default: 'bowl', values: ['bowl', 'rosenbrock'], label: 'Surface' },
    eta: { kind: 'number', default: 0.1, min: 0.001, max: 1, step: 0.001, log: true, label: 'learning rate η' },
    beta1: { kind: 'number', default: 0.9, min: 0, max: 0.99, step: 0.01, label: 'β₁ (momentum)' },
    beta2: { kind: 'number', default: 0.999, min: 0.5, max: 0.9999, step: 0.0001, label: 'β₂ (slope memory)' },
    x0: { kind: 'number', default: BOWL_START[0], min: -3, max: 3, step: 0.01, nudge: 0.05, label: 'start θ₁' },
    y0: { kind: 'number', default: BOWL_START[1], min: -3, max: 3, step: 0.01, nudge: 0.05, label: 'start θ₂' },
    step: { kind: 'int', default: 0, min: 0, max: 2000, label: 'step' },
  },
});
