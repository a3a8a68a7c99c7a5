/** The spec of figure "epoch-anatomy", in a file of its own so that the figure's page loads no other figure's spec. */
import { defineFigure } from '../../spec.ts';
import { LESSON } from './shared.ts';

export const epochAnatomy = defineFigure({
  id: 'epoch-anatomy',
  lesson: LESSON,
  title: 'Epochs, iterations and batch size',
  caption:
    'Each square is one training example; each row is one epoch, shuffled anew. Squares of one shade form one mini-batch, and every mini-batch is one iteration: one gradient, one step. Step through the iterations and watch an epoch end when every example has been used once.',
  table: {
    n: { kind: 'int', default: 12, min: 2, max: 48, label: 'examples n' },
    batch: { kind: 'int', default: 4, min: 1, max: 48, label: 'batch size B' },
    seed: { kind: 'int', default: 1, min: 1, max: 9999, label: 'shuffle seed' },
    step: { kind: 'int', default: 4, min: 0, max: 144, label: 'iteration' },
  },
});
