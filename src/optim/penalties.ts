/** How a miss is scored: pointwise penalties of a residual, and the per-example losses of a data objective. */
import type { DataObjective, Dataset, Vec } from './types.ts';

/** A penalty of a residual r = ŷ − y, with its slope (derivative in r). */
export interface Penalty {
  readonly id: 'abs' | 'square' | 'fourth';
  /** Short name for controls, e.g. "squared". */
  readonly name: string;
  /** Unicode formula, e.g. "r²". */
  readonly formula: string;
  value(r: number): number;
  /** d/dr of value; for |r| at r = 0 there is no slope, reported as 0 (the kink). */
  slope(r: number): number;
}

/** The three penalties the loss lesson compares: |r|, r² and r⁴. */
export const PENALTIES = {
  abs: {
    id: 'abs',
    name: 'absolute',
    formula: '|r|',
    value: (r: number) => Math.abs(r),
    slope: (r: number) => Math.sign(r),
  },
  square: { id: 'square', name: 'squared', formula: 'r²', value: (r: number) => r * r, slope: (r: number) => 2 * r },
  fourth: {
    id: 'fourth',
    name: 'fourth power',
    formula: 'r⁴',
    value: (r: number) => r ** 4,
    slope: (r: number) => 4 * r ** 3,
  },
} as const satisfies Record<string, Penalty>;

export type PenaltyId = keyof typeof PENALTIES;

/** Residuals rᵢ = m·xᵢ + b − yᵢ of the line ŷ = m·x + b on one-feature data. */
export function lineResiduals(data: Dataset, m: number, b: number): Float64Array {
  if (data.features !== 1) throw new Error(`invalid data: lineResiduals needs 1 feature, got ${data.features}`);
  const out = new Float64Array(data.n);
  for (let i = 0; i < data.n; i++) out[i] = m * data.x[i]! + b - data.y[i]!;
  return out;
}

/** Each example's loss at parameters x; their mean is objective.value(x). */
export function exampleLosses(objective: DataObjective, x: Vec): Float64Array {
  const out = new Float64Array(objective.data.n);
  for (let i = 0; i < out.length; i++) out[i] = objective.exampleValue(i, x);
  return out;
}

/** Σ penalty(rᵢ) over the residuals, and the share of that total owed to the largest single term. */
export function penaltyTotals(
  residuals: ArrayLike<number>,
  penalty: Penalty,
): { readonly total: number; readonly mean: number; readonly largestShare: number; readonly largest: number } {
  let total = 0;
  let largestValue = -1;
  let largest = -1;
  for (let i = 0; i < residuals.length; i++) {
    const v = penalty.value(residuals[i]!);
    total += v;
    if (v > largestValue) {
      largestValue = v;
      largest = i;
    }
  }
  const n = residuals.length;
  return { total, mean: n ? total / n : 0, largestShare: total > 0 ? largestValue / total : 0, largest };
}
