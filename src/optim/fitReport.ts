/** A fitted polynomial judged on all three splits, and the sweep of such fits over the degree. */
import { polynomialFit, polynomialMSE, type PolynomialOptions } from './polynomial.ts';
import type { Splits } from './sample.ts';

/** One fit and its mean squared error (1/2n, no penalty) on each split. */
export interface FitReport {
  readonly degree: number;
  readonly alpha: number;
  readonly theta: Float64Array;
  readonly train: number;
  readonly validation: number;
  readonly test: number;
}

/** The best degree-d fit to the training split (with the options' α), scored on every split. */
export function fitReport(splits: Splits, degree: number, options: PolynomialOptions = {}): FitReport {
  const theta = polynomialFit(splits.train, degree, options);
  const d = options.domain;
  return {
    degree,
    alpha: options.alpha ?? 0,
    theta,
    train: polynomialMSE(splits.train, theta, d),
    validation: polynomialMSE(splits.validation, theta, d),
    test: polynomialMSE(splits.test, theta, d),
  };
}

/** Fits of every degree from 0 to maxDegree (α = 0 needs maxDegree < the training split's size). */
export function degreeSweep(splits: Splits, maxDegree: number, options: PolynomialOptions = {}): FitReport[] {
  if (!(Number.isInteger(maxDegree) && maxDegree >= 0)) throw new Error(`invalid maxDegree: ${maxDegree}`);
  return Array.from({ length: maxDegree + 1 }, (_, d) => fitReport(splits, d, options));
}

/** The index of the report with the lowest loss on the given split (the first, on ties). */
export function lowest(reports: readonly FitReport[], split: 'train' | 'validation' | 'test'): number {
  if (reports.length === 0) throw new Error('invalid reports: none');
  let best = 0;
  for (let i = 1; i < reports.length; i++) if (reports[i]![split] < reports[best]![split]) best = i;
  return best;
}
