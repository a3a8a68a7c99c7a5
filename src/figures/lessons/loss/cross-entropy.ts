/** The spec of figure "cross-entropy", in a file of its own so that the figure's page loads no other figure's spec. */
import { defineFigure } from '../../spec.ts';
import { LESSON } from './shared.ts';

export const crossEntropyFigure = defineFigure({
  id: 'cross-entropy',
  lesson: LESSON,
  title: 'Cross-entropy: the price of confidence',
  caption:
    'A classifier says how likely it thinks “dog” is, q. Its loss is minus the natural logarithm of the probability it gave the true class: −ln q for a dog, −ln(1 − q) for anything else. The solid curve is that penalty against the probability the truth received; the dashed one is the squared error for comparison. Near 0, a confident wrong answer, cross-entropy shoots up while the squared error never passes 1.',
  table: {
    q: { kind: 'number', default: 0.7, min: 0.01, max: 0.99, step: 0.01, label: 'P(dog) the model says' },
    truth: { kind: 'enum', default: 'dog', values: ['dog', 'not-dog'], label: 'The picture really is' },
  },
});
