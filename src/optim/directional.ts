/** Rates of change along a direction: the directional derivative and the steepest way down. */
import type { Objective, Vec } from './types.ts';
import { norm } from './vec.ts';

/** What the gradient says at a point about every direction (angles in radians, from the +x axis). */
export interface DirectionalRates {
  /** ∇f at the point. */
  readonly gradient: readonly number[];
  /** ‖∇f‖: by Cauchy–Schwarz, no unit direction changes f faster than this. */
  readonly gradNorm: number;
  /** The angle of −∇f, the steepest descent direction (0 when the gradient vanishes). */
  readonly steepestAngle: number;
}

/** The gradient facts at x of a 2-D objective. */
export function directionalRates(objective: Objective, x: Vec): DirectionalRates {
  if (objective.dim !== 2) throw new Error(`invalid objective: directionalRates needs dim 2, got ${objective.dim}`);
  const g = objective.gradient(x, new Float64Array(2));
  const gradNorm = norm(g);
  const steepestAngle = gradNorm === 0 ? 0 : Math.atan2(-g[1]!, -g[0]!);
  return { gradient: [g[0]!, g[1]!], gradNorm, steepestAngle };
}

/** D_u f = ∇f · u for the unit vector u = (cos θ, sin θ): how fast f changes per unit moved along θ. */
export function rateAlong(rates: DirectionalRates, angle: number): number {
  return rates.gradient[0]! * Math.cos(angle) + rates.gradient[1]! * Math.sin(angle);
}
