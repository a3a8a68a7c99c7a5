/** Lesson 5's shared line-fit landscape: 48 points, their loss, its best value, a plot window and samples. */
import { leastSquares, lineMSE, lossGrid, run, sgd } from '../../optim/index.ts';
import { sgdLineData } from '../../figures/lessons/data.ts';

export const SGD_DATA = sgdLineData();
export const SGD_LOSS = lineMSE(SGD_DATA);
export const SGD_FIT = leastSquares(SGD_DATA) ?? { m: 0, b: 0 };
/** f at the least-squares line: the lowest any walk can reach. */
export const SGD_BEST = SGD_LOSS.value([SGD_FIT.m, SGD_FIT.b]);
export const SGD_MS = [-1, 3.5] as const;
export const SGD_BS = [-1.5, 3.5] as const;
export const SGD_N = 41;
export const SGD_GRID = lossGrid(SGD_LOSS, 0, 1, SGD_MS, SGD_BS, SGD_N, SGD_N);

/** The batch sizes the trade-off figure compares, and how many epochs it runs. */
export const TRADEOFF_BATCHES = [1, 4, 16, 48] as const;
export const TRADEOFF_EPOCHS = 30;
/** Where every walk of lesson 5 starts unless the reader moves it. */
export const SGD_START = [-0.5, 3] as const;

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
