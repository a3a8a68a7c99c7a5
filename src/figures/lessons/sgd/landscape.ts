/**
 * Lesson 5's line-fit landscape, computed from the lesson's data: 48 points, their loss, the best line
 * and its loss, and the trade-off figure's runs. Apart from shared.ts so that the figures that do not
 * draw it do not compute it.
 */
import { leastSquares, lineMSE, run, sgd } from '../../../optim/index.ts';
import { sgdLineData } from '../data.ts';
import { SGD_START, TRADEOFF_BATCHES, TRADEOFF_EPOCHS } from './shared.ts';

export const SGD_DATA = sgdLineData();
export const SGD_LOSS = lineMSE(SGD_DATA);
export const SGD_FIT = leastSquares(SGD_DATA) ?? { m: 0, b: 0 };
/** f at the least-squares line: the lowest any walk can reach. */
export const SGD_BEST = SGD_LOSS.value([SGD_FIT.m, SGD_FIT.b]);

/** One SGD run per batch size over TRADEOFF_EPOCHS epochs: the full loss after every update. */
export function tradeoffRuns(eta: number, seed: number) {
  return TRADEOFF_BATCHES.map((m) => {
    const per = Math.ceil(SGD_DATA.n / m);
    const r = run(SGD_LOSS, sgd({ learningRate: eta, batchSize: m, seed }), SGD_START, {
      maxSteps: TRADEOFF_EPOCHS * per,
      bound: 1e3,
    });
    return { m, per, result: r };
  });
}
