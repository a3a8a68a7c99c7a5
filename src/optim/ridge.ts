/**
 * The ridge penalty: L(θ) + α‖θ‖², which adds a round bowl centred on θ = 0 to any loss. Its
 * gradient adds 2αθ. On a data objective the penalty rides along with every example's loss, so
 * the mean over any batch still counts it exactly once.
 */
import type { DataObjective, Objective, Vec } from './types.ts';
import { isDataObjective } from './dataObjective.ts';

/** α‖θ‖², the penalty alone. */
export function ridgePenalty(alpha: number, theta: Vec): number {
  let s = 0;
  for (let k = 0; k < theta.length; k++) s += theta[k]! * theta[k]!;
  return alpha * s;
}

function addPenaltyGradient(alpha: number, theta: Vec, out: Float64Array): Float64Array {
  for (let k = 0; k < out.length; k++) out[k] = out[k]! + 2 * alpha * theta[k]!;
  return out;
}

/**
 * The objective plus α‖θ‖² (α ≥ 0; α = 0 returns the objective itself). Known minima are dropped,
 * since the penalty moves them; everything else (data, predict, window) carries over.
 */
export function ridge<T extends Objective>(objective: T, alpha: number): T {
  if (!(Number.isFinite(alpha) && alpha >= 0)) throw new Error(`invalid alpha: ${alpha}`);
  if (alpha === 0) return objective;
  const penalized: Objective = {
    ...objective,
    name: `${objective.name} + α‖θ‖²`,
    tex: `${objective.tex} + \\alpha\\lVert\\theta\\rVert^2`,
    known: [],
    value: (x: Vec): number => objective.value(x) + ridgePenalty(alpha, x),
    gradient: (x: Vec, out: Float64Array): Float64Array => addPenaltyGradient(alpha, x, objective.gradient(x, out)),
  };
  if (!isDataObjective(objective)) return penalized as T;
  const data: DataObjective = objective;
  const withData: DataObjective = {
    ...data,
    ...penalized,
    exampleValue: (i: number, x: Vec): number => data.exampleValue(i, x) + ridgePenalty(alpha, x),
    exampleGradient: (i: number, x: Vec, out: Float64Array): Float64Array =>
      addPenaltyGradient(alpha, x, data.exampleGradient(i, x, out)),
    batchGradient: (indices: ArrayLike<number>, x: Vec, out: Float64Array): Float64Array =>
      addPenaltyGradient(alpha, x, data.batchGradient(indices, x, out)),
  };
  return withData as unknown as T;
}
