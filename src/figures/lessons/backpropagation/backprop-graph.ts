/** The spec of figure "backprop-graph", in a file of its own so that the figure's page loads no other figure's spec. */
import { defineFigure } from '../../spec.ts';
import { LESSON, LESSON_EXAMPLE } from './shared.ts';

export const backpropGraph = defineFigure({
  id: 'backprop-graph',
  lesson: LESSON,
  title: 'One example through the network: forward, then backward',
  caption:
    'The tiny network with two hidden units as a computational graph. Step forward and each node gets its value, from the inputs to the loss ℓ; keep stepping and the backward pass writes each derivative ∂ℓ/∂· (in orange), from the loss back to every weight and bias. Choose the example (its two inputs and its class) and the weights: the lesson’s round ones or seeded random ones.',
  table: {
    x1: { kind: 'number', default: LESSON_EXAMPLE.x1, min: -1, max: 1, step: 0.1, label: 'input x₁' },
    x2: { kind: 'number', default: LESSON_EXAMPLE.x2, min: -1, max: 1, step: 0.1, label: 'input x₂' },
    label: { kind: 'enum', default: 'orange', values: ['orange', 'blue'], label: 'Class' },
    weights: { kind: 'enum', default: 'lesson', values: ['lesson', 'random'], label: 'Weights' },
    seed: { kind: 'int', default: 1, min: 1, max: 9999, label: 'random weights seed' },
    step: { kind: 'int', default: 15, min: 0, max: 15, label: 'step' },
  },
});
