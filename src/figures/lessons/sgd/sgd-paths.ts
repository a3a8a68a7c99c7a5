/** The spec of figure "sgd-paths", in a file of its own so that the figure's page loads no other figure's spec. */
import { defineFigure } from '../../spec.ts';
import { LESSON, SGD_BS, SGD_MS, SGD_START } from './shared.ts';

export const sgdPaths = defineFigure({
  id: 'sgd-paths',
  lesson: LESSON,
  title: 'Full batch, mini-batch, one example',
  caption:
    'Three walks on the mean squared error L(m, b) of a line through 48 points, from the same start with the same η. Grey: full-batch gradient descent. Orange: mini-batches of the size B you choose. Blue dashed: one example per step. All three are shown after seeing the same number of examples; the seed fixes how the data is shuffled.',
  table: {
    batch: { kind: 'int', default: 4, min: 1, max: 48, label: 'batch size B' },
    eta: { kind: 'number', default: 0.1, min: 0.01, max: 0.5, step: 0.001, log: true, label: 'learning rate η' },
    seed: { kind: 'int', default: 1, min: 1, max: 9999, label: 'shuffle seed' },
    m0: { kind: 'number', default: SGD_START[0], min: SGD_MS[0], max: SGD_MS[1], step: 0.05, label: 'start slope m₀' },
    b0: {
      kind: 'number',
      default: SGD_START[1],
      min: SGD_BS[0],
      max: SGD_BS[1],
      step: 0.05,
      label: 'start intercept b₀',
    },
    step: { kind: 'int', default: 0, min: 0, max: 480, label: 'mini-batch step' },
  },
});
