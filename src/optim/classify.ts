/** Classification: the logistic function, cross-entropy, logistic regression and accuracy. */
import { dataObjective } from './dataObjective.ts';
import type { DataObjective, Dataset, Vec } from './types.ts';

/** The logistic function σ(z) = 1 / (1 + e^(−z)), computed without overflow for any z. */
export function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

/** softplus(z) = ln(1 + e^z) = −ln σ(−z), stable for any z. */
export function softplus(z: number): number {
  return Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z)));
}

/** Binary cross-entropy −[y ln p + (1 − y) ln(1 − p)] of a probability p for a label y; p is clamped to [1e−15, 1 − 1e−15]. */
export function crossEntropy(p: number, y: number): number {
  const q = Math.min(Math.max(p, 1e-15), 1 - 1e-15);
  return -(y * Math.log(q) + (1 - y) * Math.log(1 - q));
}

/** Cross-entropy of σ(z) against y, from the logit z (exact, no clamping): softplus(z) − y·z. */
export function logitCrossEntropy(z: number, y: number): number {
  return softplus(z) - y * z;
}

/** A classifier over 2-D inputs: a data objective that also predicts P(y = 1 | x1, x2). */
export interface Classifier extends DataObjective {
  predict(params: Vec, x1: number, x2: number): number;
}

/** Logistic regression: mean cross-entropy of σ(w1·x1 + w2·x2 + b) against labels in {0, 1}. */
export function logisticLoss(data: Dataset): Classifier {
  if (data.features !== 2) throw new Error(`invalid data: logisticLoss needs 2 features, got ${data.features}`);
  const { x, y } = data;
  const logit = (i: number, p: Vec): number => p[0]! * x[2 * i]! + p[1]! * x[2 * i + 1]! + p[2]!;
  return dataObjective({
    id: 'logistic',
    name: 'Logistic regression (cross-entropy)',
    dim: 3,
    tex: 'f(w_1, w_2, b) = -\\frac{1}{n} \\sum_{i} \\left[y_i \\ln \\sigma(z_i) + (1 - y_i) \\ln\\left(1 - \\sigma(z_i)\\right)\\right],\\quad z_i = w_1 x_{i1} + w_2 x_{i2} + b',
    goal: 'minimize' as const,
    window: [
      [-6, 6],
      [-6, 6],
      [-6, 6],
    ],
    known: [],
    params: ['w1', 'w2', 'b'],
    data,
    exampleValue: (i: number, p: Vec): number => logitCrossEntropy(logit(i, p), y[i]!),
    addExampleGradient(i: number, p: Vec, out: Float64Array, scale: number): void {
      const d = scale * (sigmoid(logit(i, p)) - y[i]!);
      out[0] = out[0]! + d * x[2 * i]!;
      out[1] = out[1]! + d * x[2 * i + 1]!;
      out[2] = out[2]! + d;
    },
    predict: (p: Vec, x1: number, x2: number): number => sigmoid(p[0]! * x1 + p[1]! * x2 + p[2]!),
  });
}

/** The fraction of examples a classifier labels right (P ≥ 0.5 means label 1). */
export function accuracy(objective: Classifier, params: Vec): number {
  const { n, x, y } = objective.data;
  let right = 0;
  for (let i = 0; i < n; i++) {
    const label = objective.predict(params, x[2 * i]!, x[2 * i + 1]!) >= 0.5 ? 1 : 0;
    if (label === y[i]) right++;
  }
  return right / n;
}
