/**
 * A tiny two-layer network for 2-D inputs: `hidden` tanh units, one sigmoid output, trained on mean
 * cross-entropy with exact backpropagation.
 *
 * Parameter layout (one flat vector of length 4·hidden + 1), for hidden units j = 0 … h − 1:
 *   [0, 2h)      W1, row-major: W1[j][k] at 2j + k, the weight from input k to hidden unit j
 *   [2h, 3h)     b1[j], the hidden biases
 *   [3h, 4h)     W2[j], the weights from hidden unit j to the output
 *   4h           b2, the output bias
 */
import { dataObjective } from './dataObjective.ts';
import { type Classifier, logitCrossEntropy, sigmoid } from './classify.ts';
import { createRng } from './random.ts';
import type { Dataset, Vec } from './types.ts';

/** The network's shape. */
export interface TinyNetOptions {
  /** Number of tanh hidden units, an integer ≥ 1. */
  readonly hidden: number;
}

/** The tiny network's loss over a data set; `hidden` gives the parameter layout. */
export interface TinyNet extends Classifier {
  readonly hidden: number;
}

function checkHidden(hidden: number): void {
  if (!(Number.isInteger(hidden) && hidden >= 1)) throw new Error(`invalid hidden: ${hidden}`);
}

/** The number of parameters of a network with `hidden` units: 4·hidden + 1. */
export function tinyNetDim(hidden: number): number {
  return 4 * hidden + 1;
}

/** The network's logit z (before the sigmoid) at (x1, x2). Allocates nothing. */
function logit(h: number, p: Vec, x1: number, x2: number): number {
  let z = p[4 * h]!;
  for (let j = 0; j < h; j++) {
    const a = Math.tanh(p[2 * j]! * x1 + p[2 * j + 1]! * x2 + p[2 * h + j]!);
    z += p[3 * h + j]! * a;
  }
  return z;
}

/** P(y = 1 | x1, x2) under the network with these parameters. */
export function tinyNetPredict(net: { readonly hidden: number }, params: Vec, x1: number, x2: number): number {
  return sigmoid(logit(net.hidden, params, x1, x2));
}

/** Seeded initial parameters: weights N(0, 1/fan-in) (Xavier for tanh), biases 0. */
export function tinyNetInit(hidden: number, seed: number): Float64Array {
  checkHidden(hidden);
  const rng = createRng(seed);
  const p = new Float64Array(tinyNetDim(hidden));
  for (let i = 0; i < 2 * hidden; i++) p[i] = rng.normal() * Math.SQRT1_2;
  const s = 1 / Math.sqrt(hidden);
  for (let j = 0; j < hidden; j++) p[3 * hidden + j] = rng.normal() * s;
  return p;
}

/** The tiny network's mean cross-entropy over a 2-feature, 0/1-labelled data set. */
export function tinyNet(data: Dataset, { hidden }: TinyNetOptions): TinyNet {
  checkHidden(hidden);
  if (data.features !== 2) throw new Error(`invalid data: tinyNet needs 2 features, got ${data.features}`);
  const h = hidden;
  const { x, y } = data;
  const act = new Float64Array(h);
  const params: string[] = [];
  for (let j = 1; j <= h; j++) params.push(`W1[${j},1]`, `W1[${j},2]`);
  for (let j = 1; j <= h; j++) params.push(`b1[${j}]`);
  for (let j = 1; j <= h; j++) params.push(`W2[${j}]`);
  params.push('b2');
  const window: (readonly [number, number])[] = params.map(() => [-4, 4] as const);

  return dataObjective({
    id: 'tiny-net',
    name: `Tiny network (${h} hidden units)`,
    dim: tinyNetDim(h),
    tex: 'f(\\theta) = \\frac{1}{n}\\sum_i \\mathrm{CE}\\!\\left(\\sigma\\!\\left(W_2 \\tanh(W_1 x_i + b_1) + b_2\\right), y_i\\right)',
    goal: 'minimize' as const,
    window,
    known: [],
    params,
    data,
    hidden: h,
    exampleValue: (i: number, p: Vec): number => logitCrossEntropy(logit(h, p, x[2 * i]!, x[2 * i + 1]!), y[i]!),
    addExampleGradient(i: number, p: Vec, out: Float64Array, scale: number): void {
      const x1 = x[2 * i]!;
      const x2 = x[2 * i + 1]!;
      let z = p[4 * h]!;
      for (let j = 0; j < h; j++) {
        const a = Math.tanh(p[2 * j]! * x1 + p[2 * j + 1]! * x2 + p[2 * h + j]!);
        act[j] = a;
        z += p[3 * h + j]! * a;
      }
      // d(loss)/dz for sigmoid + cross-entropy is σ(z) − y.
      const dz = scale * (sigmoid(z) - y[i]!);
      out[4 * h] = out[4 * h]! + dz;
      for (let j = 0; j < h; j++) {
        const a = act[j]!;
        out[3 * h + j] = out[3 * h + j]! + dz * a;
        const dh = dz * p[3 * h + j]! * (1 - a * a);
        out[2 * h + j] = out[2 * h + j]! + dh;
        out[2 * j] = out[2 * j]! + dh * x1;
        out[2 * j + 1] = out[2 * j + 1]! + dh * x2;
      }
    },
    predict: (p: Vec, x1: number, x2: number): number => sigmoid(logit(h, p, x1, x2)),
  });
}
