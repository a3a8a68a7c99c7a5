/**
 * The tiny network of lesson 6 with one input and a plain output, fitted to a curve:
 * ŷ(x) = Σⱼ uⱼ tanh(wⱼx + bⱼ) + c, on the mean squared error (1/2n convention).
 *
 * Parameter layout (one flat vector of length 3·hidden + 1), for hidden units j = 0 … H − 1:
 *   [0, H)    wⱼ, the input weights
 *   [H, 2H)   bⱼ, the hidden biases
 *   [2H, 3H)  uⱼ, the output weights
 *   3H        c, the output bias
 */
import { dataObjective } from './dataObjective.ts';
import { createRng } from './random.ts';
import type { Curve } from './sample.ts';
import type { DataObjective, Dataset, Vec } from './types.ts';

function checkHidden(hidden: number): void {
  if (!(Number.isInteger(hidden) && hidden >= 1)) throw new Error(`invalid hidden: ${hidden}`);
}

/** The number of parameters of a curve network with `hidden` units: 3·hidden + 1. */
export function curveNetDim(hidden: number): number {
  checkHidden(hidden);
  return 3 * hidden + 1;
}

/** Hidden unit j's contribution uⱼ tanh(wⱼx + bⱼ) to the output at x. */
export function curveNetUnit(params: Vec, hidden: number, j: number, x: number): number {
  return params[2 * hidden + j]! * Math.tanh(params[j]! * x + params[hidden + j]!);
}

/** The network's output ŷ at x. Allocates nothing. */
export function curveNetValue(params: Vec, hidden: number, x: number): number {
  let y = params[3 * hidden]!;
  for (let j = 0; j < hidden; j++) y += curveNetUnit(params, hidden, j, x);
  return y;
}

/** Seeded random starting weights: wⱼ ~ N(0, 2²), bⱼ ~ N(0, 1), uⱼ ~ N(0, 1/H), c = 0. */
export function curveNetInit(hidden: number, seed: number): Float64Array {
  const p = new Float64Array(curveNetDim(hidden));
  const rng = createRng(seed);
  for (let j = 0; j < hidden; j++) {
    p[j] = 2 * rng.normal();
    p[hidden + j] = rng.normal();
    p[2 * hidden + j] = rng.normal() / Math.sqrt(hidden);
  }
  return p;
}

/**
 * Weights built by hand, not learned, that make the network follow a curve: cut the curve's
 * domain into H + 1 equal pieces, give each piece the curve's value at its middle, and let hidden
 * unit j be a soft step, of the height between pieces j and j + 1, at their border. `sharpness`
 * (> 0) is each step's steepness in steps per piece: the larger, the closer to a staircase.
 * With more units the pieces narrow and the staircase hugs the curve: the idea behind universal
 * approximation.
 */
export function curveNetStaircase(curve: Curve, hidden: number, sharpness: number): Float64Array {
  checkHidden(hidden);
  if (!(Number.isFinite(sharpness) && sharpness > 0)) throw new Error(`invalid sharpness: ${sharpness}`);
  const [lo, hi] = curve.domain;
  const width = (hi - lo) / (hidden + 1);
  const level = (piece: number): number => curve.value(lo + (piece + 0.5) * width);
  const p = new Float64Array(curveNetDim(hidden));
  const k = sharpness / width;
  let c = level(0);
  for (let j = 0; j < hidden; j++) {
    const border = lo + (j + 1) * width;
    // A step of height s from tanh: (s/2)(1 + tanh(k(x − border))).
    const half = (level(j + 1) - level(j)) / 2;
    p[j] = k;
    p[hidden + j] = -k * border;
    p[2 * hidden + j] = half;
    c += half;
  }
  p[3 * hidden] = c;
  return p;
}

/** The largest |ŷ(x) − f(x)| over `samples` evenly spaced points of the curve's domain (ends included). */
export function maxCurveError(predict: (x: number) => number, curve: Curve, samples = 401): number {
  if (!(Number.isInteger(samples) && samples >= 2)) throw new Error(`invalid samples: ${samples}`);
  const [lo, hi] = curve.domain;
  let worst = 0;
  for (let i = 0; i < samples; i++) {
    const x = lo + ((hi - lo) * i) / (samples - 1);
    worst = Math.max(worst, Math.abs(predict(x) - curve.value(x)));
  }
  return worst;
}

/** The curve network's mean squared error over a 1-feature data set, as a data objective. */
export function curveNet(data: Dataset, hidden: number): DataObjective & { readonly hidden: number } {
  checkHidden(hidden);
  if (data.features !== 1) throw new Error(`invalid data: curveNet needs 1 feature, got ${data.features}`);
  const h = hidden;
  const { x, y } = data;
  const act = new Float64Array(h);
  const params: string[] = [];
  for (let j = 1; j <= h; j++) params.push(`w${j}`);
  for (let j = 1; j <= h; j++) params.push(`b${j}`);
  for (let j = 1; j <= h; j++) params.push(`u${j}`);
  params.push('c');
  return dataObjective({
    id: 'curve-net',
    name: `Curve network (${h} hidden units)`,
    dim: curveNetDim(h),
    tex: 'L(\\theta) = \\frac{1}{2n}\\sum_{i=1}^{n} \\Big(\\sum_{j=1}^{H} u_j \\tanh(w_j x_i + b_j) + c - y_i\\Big)^2',
    goal: 'minimize' as const,
    window: params.map(() => [-4, 4] as const),
    known: [],
    params,
    data,
    hidden: h,
    exampleValue: (i: number, p: Vec): number => 0.5 * (curveNetValue(p, h, x[i]!) - y[i]!) ** 2,
    addExampleGradient(i: number, p: Vec, out: Float64Array, scale: number): void {
      const xi = x[i]!;
      let yhat = p[3 * h]!;
      for (let j = 0; j < h; j++) {
        const a = Math.tanh(p[j]! * xi + p[h + j]!);
        act[j] = a;
        yhat += p[2 * h + j]! * a;
      }
      const d = scale * (yhat - y[i]!);
      out[3 * h] = out[3 * h]! + d;
      for (let j = 0; j < h; j++) {
        const a = act[j]!;
        out[2 * h + j] = out[2 * h + j]! + d * a;
        const dz = d * p[2 * h + j]! * (1 - a * a);
        out[h + j] = out[h + j]! + dz;
        out[j] = out[j]! + dz * xi;
      }
    },
  });
}
