/** Lesson 5's figures: mini-batches, epochs, the cost of a step, and noise that helps. */
export * from './sgd/shared.ts';
import { sgdPaths } from './sgd/sgd-paths.ts';
import { batchTradeoff } from './sgd/batch-tradeoff.ts';
import { epochAnatomy } from './sgd/epoch-anatomy.ts';
import { noiseEscape } from './sgd/noise-escape.ts';

export { sgdPaths, batchTradeoff, epochAnatomy, noiseEscape };
export * from './sgd/valley.ts';
