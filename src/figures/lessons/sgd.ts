/** Lesson 5's figures: mini-batches, epochs, the cost of a step, and noise that helps. */
import { defineFigure } from '../spec.ts';

export const LESSON = 'sgd';

export const sgdPaths = defineFigure({
  id: 'sgd-paths',
  lesson: LESSON,
  title: 'Full batch, mini-batch, one example',
  caption:
    'Three walks on the mean squared error f(m, b) of a line through 48 points, from the same start with the same η. Grey: full-batch gradient descent. Orange: mini-batches of the size you choose. Blue dashed: one example per step. All three are shown after seeing the same number of examples; the seed fixes how the data is shuffled.',
  table: {
    batch: { kind: 'int', default: 4, min: 1, max: 48, label: 'batch size m' },
    eta: { kind: 'number', default: 0.1, min: 0.01, max: 0.5, step: 0.001, log: true, label: 'learning rate η' },
    seed: { kind: 'int', default: 1, min: 1, max: 9999, label: 'shuffle seed' },
    m0: { kind: 'number', default: -0.5, min: -1, max: 3.5, step: 0.05, label: 'start slope m₀' },
    b0: { kind: 'number', default: 3, min: -1.5, max: 3.5, step: 0.05, label: 'start intercept b₀' },
    step: { kind: 'int', default: 0, min: 0, max: 480, label: 'mini-batch step' },
  },
});

export const batchTradeoff = defineFigure({
  id: 'batch-tradeoff',
  lesson: LESSON,
  title: 'Cheap noisy steps against expensive exact ones',
  caption:
    'How far the loss is above its best possible value (log scale), for four batch sizes over 30 epochs. Left, at the end of each epoch: every curve has used the same number of example gradients, and the smaller the batch, the faster the loss falls. Right, against updates: every curve has taken the same number of steps, and they nearly coincide until the smallest batches stall in their own noise.',
  table: {
    eta: { kind: 'number', default: 0.1, min: 0.01, max: 0.5, step: 0.001, log: true, label: 'learning rate η' },
    seed: { kind: 'int', default: 1, min: 1, max: 9999, label: 'shuffle seed' },
  },
});

export const epochAnatomy = defineFigure({
  id: 'epoch-anatomy',
  lesson: LESSON,
  title: 'Epochs, iterations and batch size',
  caption:
    'Each square is one training example; each row is one epoch, shuffled anew. Squares of one shade form one mini-batch, and every mini-batch is one iteration: one gradient, one step. Step through the iterations and watch an epoch end when every example has been used once.',
  table: {
    n: { kind: 'int', default: 12, min: 2, max: 48, label: 'examples n' },
    batch: { kind: 'int', default: 4, min: 1, max: 48, label: 'batch size m' },
    seed: { kind: 'int', default: 1, min: 1, max: 9999, label: 'shuffle seed' },
    step: { kind: 'int', default: 4, min: 0, max: 144, label: 'iteration' },
  },
});

export const noiseEscape = defineFigure({
  id: 'noise-escape',
  lesson: LESSON,
  title: 'Noise can shake a walk out of a shallow valley',
  caption:
    'f(x) = x⁴ − x³ − x² + e^(−x²) with η = 0.05. Grey ring: plain gradient descent. Orange: the same walk with random noise added to each gradient, its size σ halving every 40 steps. Below: x against the step. Change the seed to replay the noise differently; the readout counts how many of 50 seeds end in the deeper valley.',
  table: {
    x0: { kind: 'number', default: -0.9, min: -1.4, max: 1.9, step: 0.01, label: 'start x₀' },
    noise: { kind: 'number', default: 6, min: 0, max: 12, step: 0.5, label: 'starting noise σ₀' },
    seed: { kind: 'int', default: 2, min: 1, max: 9999, label: 'noise seed' },
    step: { kind: 'int', default: 400, min: 0, max: 400, label: 'step' },
  },
});

export const FIGURES = [sgdPaths, batchTradeoff, epochAnatomy, noiseEscape] as const;
