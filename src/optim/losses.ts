/** Losses over data: the mean squared error of a line (classification losses are in classify.ts). */
import { dataObjective } from './dataObjective.ts';
import type { DataObjective, Dataset, Vec } from './types.ts';

/** Squared error (p − y)² of a prediction p against a target y (a probability against its label, in lesson 2). */
export function squaredError(p: number, y: number): number {
  return (p - y) * (p - y);
}

/** Closed-form least squares for ŷ = m·x + b; null when all x are equal. */
export function leastSquares(data: Dataset): { readonly m: number; readonly b: number } | null {
  const { n, x, y } = data;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += x[i]!;
    my += y[i]!;
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i++) {
    const dx = x[i]! - mx;
    sxy += dx * (y[i]! - my);
    sxx += dx * dx;
  }
  if (!(sxx > 0)) return null;
  const m = sxy / sxx;
  return { m, b: my - m * mx };
}

/** Mean squared error of the line ŷ = m·x + b, f(m, b) = (1/2n) Σ (ŷᵢ − yᵢ)² (Nielsen's 1/2n convention). */
export function lineMSE(data: Dataset): DataObjective {
  if (data.features !== 1) throw new Error(`invalid data: lineMSE needs 1 feature, got ${data.features}`);
  const { x, y } = data;
  const residual = (i: number, p: Vec): number => p[0]! * x[i]! + p[1]! - y[i]!;
  const exampleValue = (i: number, p: Vec): number => 0.5 * residual(i, p) ** 2;
  const fit = leastSquares(data);
  const cm = fit?.m ?? 0;
  const cb = fit?.b ?? 0;
  const hm = Math.max(2, 1.5 * Math.abs(cm));
  const hb = Math.max(2, 1.5 * Math.abs(cb));
  const objective = dataObjective({
    id: 'line-mse',
    name: 'Line fit L(m, b)',
    dim: 2,
    tex: 'f(m, b) = \\frac{1}{2n} \\sum_{i=1}^{n} \\left(m x_i + b - y_i\\right)^2',
    goal: 'minimize' as const,
    window: [
      [cm - hm, cm + hm],
      [cb - hb, cb + hb],
    ],
    known: [],
    params: ['m', 'b'],
    data,
    exampleValue,
    addExampleGradient(i: number, p: Vec, out: Float64Array, scale: number): void {
      const r = scale * residual(i, p);
      out[0] = out[0]! + r * x[i]!;
      out[1] = out[1]! + r;
    },
  });
  // The hot paths (SGD, loss grids) as flat loops: the same sums, without a call per example.
  const n = data.n;
  const fast: DataObjective = {
    ...objective,
    value(p: Vec): number {
      const m = p[0]!;
      const b = p[1]!;
      let s = 0;
      for (let i = 0; i < n; i++) {
        const r = m * x[i]! + b - y[i]!;
        s += r * r;
      }
      return (0.5 * s) / n;
    },
    gradient(p: Vec, out: Float64Array): Float64Array {
      const m = p[0]!;
      const b = p[1]!;
      let gm = 0;
      let gb = 0;
      for (let i = 0; i < n; i++) {
        const xi = x[i]!;
        const r = m * xi + b - y[i]!;
        gm += r * xi;
        gb += r;
      }
      out[0] = gm / n;
      out[1] = gb / n;
      return out;
    },
    batchGradient(indices: ArrayLike<number>, p: Vec, out: Float64Array): Float64Array {
      const count = indices.length;
      const m = p[0]!;
      const b = p[1]!;
      let gm = 0;
      let gb = 0;
      for (let k = 0; k < count; k++) {
        const i = indices[k]!;
        const xi = x[i]!;
        const r = m * xi + b - y[i]!;
        gm += r * xi;
        gb += r;
      }
      out[0] = count === 0 ? 0 : gm / count;
      out[1] = count === 0 ? 0 : gb / count;
      return out;
    },
  };
  if (!fit) return fast;
  const f = fast.value([cm, cb]);
  return { ...fast, known: [{ kind: 'min', x: [cm, cb], f, label: 'least squares' }] };
}
