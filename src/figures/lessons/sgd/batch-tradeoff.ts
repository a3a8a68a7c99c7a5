/** The spec of figure "batch-tradeoff", in a file of its own so that the figure's page loads no other figure's spec. */
import { defineFigure } from '../../spec.ts';
import { LESSON } from './shared.ts';

export const batchTradeoff = defineFigure({
  id: 'batch-tradeoff',
  lesson: LESSON,
  title: 'Cheap noisy steps against expensive exact ones',
  caption:
    'How far the loss is above its best possible value, L − L* (log scale: each tick is ten times the one below), for four batch sizes over 30 epochs. Left (or top, on a narrow screen), at the end of each epoch: every curve has used the same number of example gradients, and the smaller the batch, the faster the loss falls at first. Right (or bottom), against updates: every curve has taken the same number of steps, and they nearly coincide until the smallest batches stall in their own noise.',
  table: {
    eta: { kind: 'number', default: 0.1, min: 0.01, max: 0.5, step: 0.001, log: true, label: 'learning rate η' },
    seed: { kind: 'int', default: 1, min: 1, max: 9999, label: 'shuffle seed' },
  },
});
