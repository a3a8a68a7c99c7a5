/** Multi-start: the same optimizer from several starting points, and which known optimum each reached. */
import { run } from './runner.ts';
import type { Objective, Optimizer, RunResult, StopRule, Vec } from './types.ts';
import { distance } from './vec.ts';

/** One start of a multi-start run. */
export interface StartOutcome {
  readonly start: readonly number[];
  readonly result: RunResult;
  /** Index into objective.known of the minimum (maximum, when climbing) it ended within `radius` of, or −1. */
  readonly reached: number;
}

/** The index of the known optimum of the goal's kind within `radius` of x (the nearest), or −1. */
export function reachedOptimum(objective: Objective, x: Vec, radius = 1e-2): number {
  const kind = objective.goal === 'maximize' ? 'max' : 'min';
  let best = -1;
  let bestD = radius;
  objective.known.forEach((p, i) => {
    const d = distance(x, p.x);
    if (p.kind === kind && d <= bestD) {
      best = i;
      bestD = d;
    }
  });
  return best;
}

/** Runs a fresh optimizer from each start and reports where each ended. */
export function multiStart(
  objective: Objective,
  makeOptimizer: () => Optimizer,
  starts: readonly Vec[],
  rule?: StopRule,
  radius = 1e-2,
): StartOutcome[] {
  return starts.map((start) => {
    const result = run(objective, makeOptimizer(), start, rule);
    const end = result.positions.subarray(result.steps * result.dim);
    return { start: Array.from(start), result, reached: reachedOptimum(objective, end, radius) };
  });
}

/** `n` evenly spaced starts from `lo` to `hi`, both end points included (one start, n = 1: the middle). */
export function evenStarts(lo: number, hi: number, n: number): number[] {
  if (n <= 1) return [(lo + hi) / 2];
  return Array.from({ length: n }, (_, i) => (i === n - 1 ? hi : lo + ((hi - lo) * i) / (n - 1)));
}
