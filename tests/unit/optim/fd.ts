/** Test helpers: central finite differences and seeded points in an objective's window. */
import { createRng } from '../../../src/optim/random.ts';
import type { Objective, Vec } from '../../../src/optim/types.ts';

/** The central-difference gradient of f at x. */
export function numericGradient(f: (x: Vec) => number, x: Vec): Float64Array {
  const p = Float64Array.from(x);
  const out = new Float64Array(p.length);
  for (let i = 0; i < p.length; i++) {
    const xi = p[i]!;
    const h = 1e-6 * Math.max(1, Math.abs(xi));
    p[i] = xi + h;
    const fp = f(p);
    p[i] = xi - h;
    const fm = f(p);
    p[i] = xi;
    out[i] = (fp - fm) / (2 * h);
  }
  return out;
}

/** The largest |a − b| / (1 + |b|) over the coordinates. */
export function maxRelError(a: Vec, b: Vec): number {
  let worst = 0;
  for (let i = 0; i < a.length; i++) worst = Math.max(worst, Math.abs(a[i]! - b[i]!) / (1 + Math.abs(b[i]!)));
  return worst;
}

/** n seeded points, uniform in the objective's window. */
export function windowPoints(objective: Objective, n: number, seed: number): Float64Array[] {
  const rng = createRng(seed);
  return Array.from({ length: n }, () =>
    Float64Array.from(objective.window, ([lo, hi]) => lo + (hi - lo) * rng.next()),
  );
}

/** Asserts-friendly: the worst relative gradient error of an objective over n seeded window points. */
export function worstGradientError(objective: Objective, n = 100, seed = 7): number {
  const g = new Float64Array(objective.dim);
  let worst = 0;
  for (const x of windowPoints(objective, n, seed)) {
    objective.gradient(x, g);
    worst = Math.max(
      worst,
      maxRelError(
        g,
        numericGradient((p) => objective.value(p), x),
      ),
    );
  }
  return worst;
}
