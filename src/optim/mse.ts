/** The mean squared error of any predictor on a 1-feature data set: how lesson 8 scores a fit on each split. */
import type { Dataset } from './types.ts';

/** The mean squared error (1/2n) Σ (ŷᵢ − yᵢ)² of any 1-feature predictor on a data set (Nielsen's 1/2n convention). */
export function meanSquaredError(data: Dataset, predict: (x: number) => number): number {
  if (data.features !== 1) throw new Error(`invalid data: meanSquaredError needs 1 feature, got ${data.features}`);
  let s = 0;
  for (let i = 0; i < data.n; i++) {
    const r = predict(data.x[i]!) - data.y[i]!;
    s += r * r;
  }
  return (0.5 * s) / data.n;
}
