/** Lesson 2's figures: how a miss is scored, the mean over examples, the landscape, cross-entropy. */
export * from './loss/shared.ts';
import { residualSquares } from './loss/residual-squares.ts';
import { perExampleLoss } from './loss/per-example-loss.ts';
import { lossLandscape } from './loss/loss-landscape.ts';
import { crossEntropyFigure } from './loss/cross-entropy.ts';

export { residualSquares, perExampleLoss, lossLandscape, crossEntropyFigure };
