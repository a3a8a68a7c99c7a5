/** The spec of figure "tiny-network", in a file of its own so that the figure's page loads no other figure's spec. */
import { defineFigure } from '../../spec.ts';
import { LESSON, NET_DATASETS, NET_OPTIMIZERS } from './shared.ts';

export const tinyNetwork = defineFigure({
  id: 'tiny-network',
  lesson: LESSON,
  title: 'A tiny neural network, trained in the page',
  caption:
    'Two inputs, a layer of tanh hidden units, one sigmoid output: the shaded regions are where the network answers “orange” (q above one half) or “blue”, the line is where it cannot decide. Press Train and watch descent reshape the regions while the loss falls. The same seed and settings always give the same network at the same step.',
  table: {
    data: { kind: 'enum', default: 'xor', values: NET_DATASETS, label: 'Data set' },
    hidden: { kind: 'int', default: 4, min: 1, max: 8, label: 'hidden units' },
    opt: { kind: 'enum', default: 'gd', values: NET_OPTIMIZERS, label: 'Optimizer' },
    eta: { kind: 'number', default: 0.5, min: 0.001, max: 5, step: 0.001, log: true, label: 'learning rate η' },
    seed: { kind: 'int', default: 1, min: 1, max: 9999, label: 'initial weights seed' },
    step: { kind: 'int', default: 0, min: 0, max: 3000, label: 'step' },
  },
});
