/**
 * Backpropagation through the tiny network (tinyNet.ts), one example at a time, with every
 * intermediate value kept: the forward values and backward derivatives of the computational graph,
 * as data a figure can draw and prose can quote. The same parameter layout as tinyNet:
 *   [0, 2H) w_jk at 2j + k · [2H, 3H) b_j · [3H, 4H) u_j · 4H c   (j, k from 0 here, from 1 in the prose)
 *
 * Forward:  z_j = w_j1 x1 + w_j2 x2 + b_j,  a_j = tanh z_j,  z = Σ u_j a_j + c,  q = σ(z),
 *           ℓ = −[y ln q + (1 − y) ln(1 − q)].
 * Backward: δ = ∂ℓ/∂z = q − y,  ∂ℓ/∂c = δ,  ∂ℓ/∂u_j = δ a_j,  ∂ℓ/∂a_j = δ u_j,
 *           δ_j = ∂ℓ/∂z_j = ∂ℓ/∂a_j (1 − a_j²),  ∂ℓ/∂b_j = δ_j,  ∂ℓ/∂w_jk = δ_j x_k.
 */
import { logitCrossEntropy, sigmoid } from './classify.ts';
import type { DataObjective, Vec } from './types.ts';

/** One training example for the network: two inputs and a 0/1 label. */
export interface NetExample {
  readonly x1: number;
  readonly x2: number;
  readonly y: number;
}

/**
 * Slips a backward pass can make, for showing what a gradient check catches: `tanh-slope` forgets the
 * factor 1 − a_j² (the slope of tanh), `sign` uses y − q for q − y, `input` forgets the factor x_k.
 */
export const BACKPROP_MISTAKES = ['none', 'tanh-slope', 'sign', 'input'] as const;
export type BackpropMistake = (typeof BACKPROP_MISTAKES)[number];

/** Everything one example's forward and backward passes compute. */
export interface NetTrace {
  readonly hidden: number;
  readonly example: NetExample;
  /** Forward: the hidden units' input sums z_j and outputs a_j = tanh z_j. */
  readonly z: Float64Array;
  readonly a: Float64Array;
  /** Forward: the output's input sum z, its probability q = σ(z), and the example's loss ℓ. */
  readonly out: number;
  readonly q: number;
  readonly loss: number;
  /** Backward: δ = ∂ℓ/∂z at the output, ∂ℓ/∂a_j, the slopes 1 − a_j² of the tanh links, δ_j = ∂ℓ/∂z_j. */
  readonly delta: number;
  readonly dA: Float64Array;
  readonly tanhSlope: Float64Array;
  readonly deltaHidden: Float64Array;
  /** Backward: ∂ℓ/∂θ for every parameter, in tinyNet's layout. */
  readonly gradient: Float64Array;
}

function checkShape(params: Vec, hidden: number): void {
  if (!(Number.isInteger(hidden) && hidden >= 1)) throw new Error(`invalid hidden: ${hidden}`);
  if (params.length !== 4 * hidden + 1)
    throw new Error(`invalid params: ${params.length} numbers for ${hidden} hidden units (need ${4 * hidden + 1})`);
}

/** The forward and backward passes of one example, every value kept. */
export function traceExample(
  params: Vec,
  hidden: number,
  example: NetExample,
  mistake: BackpropMistake = 'none',
): NetTrace {
  checkShape(params, hidden);
  const H = hidden;
  const { x1, x2, y } = example;
  const z = new Float64Array(H);
  const a = new Float64Array(H);
  let out = params[4 * H]!;
  for (let j = 0; j < H; j++) {
    z[j] = params[2 * j]! * x1 + params[2 * j + 1]! * x2 + params[2 * H + j]!;
    a[j] = Math.tanh(z[j]!);
    out += params[3 * H + j]! * a[j]!;
  }
  const q = sigmoid(out);
  const loss = logitCrossEntropy(out, y);

  const delta = mistake === 'sign' ? y - q : q - y;
  const dA = new Float64Array(H);
  const tanhSlope = new Float64Array(H);
  const deltaHidden = new Float64Array(H);
  const gradient = new Float64Array(4 * H + 1);
  gradient[4 * H] = delta;
  for (let j = 0; j < H; j++) {
    gradient[3 * H + j] = delta * a[j]!;
    dA[j] = delta * params[3 * H + j]!;
    tanhSlope[j] = 1 - a[j]! * a[j]!;
    deltaHidden[j] = mistake === 'tanh-slope' ? dA[j]! : dA[j]! * tanhSlope[j]!;
    gradient[2 * H + j] = deltaHidden[j]!;
    gradient[2 * j] = mistake === 'input' ? deltaHidden[j]! : deltaHidden[j]! * x1;
    gradient[2 * j + 1] = mistake === 'input' ? deltaHidden[j]! : deltaHidden[j]! * x2;
  }
  return { hidden: H, example, z, a, out, q, loss, delta, dA, tanhSlope, deltaHidden, gradient };
}

/** The network's loss on one example alone (a forward pass, nothing kept). */
export function exampleLoss(params: Vec, hidden: number, example: NetExample): number {
  checkShape(params, hidden);
  const H = hidden;
  let out = params[4 * H]!;
  for (let j = 0; j < H; j++)
    out +=
      params[3 * H + j]! *
      Math.tanh(params[2 * j]! * example.x1 + params[2 * j + 1]! * example.x2 + params[2 * H + j]!);
  return logitCrossEntropy(out, example.y);
}

/** The mean over a data set of the per-example gradients a backward pass (perhaps a mistaken one) gives. */
export function backpropGradient(
  objective: DataObjective & { readonly hidden: number },
  params: Vec,
  mistake: BackpropMistake = 'none',
): Float64Array {
  const { data, hidden } = objective;
  const g = new Float64Array(4 * hidden + 1);
  for (let i = 0; i < data.n; i++) {
    const t = traceExample(params, hidden, { x1: data.x[2 * i]!, x2: data.x[2 * i + 1]!, y: data.y[i]! }, mistake);
    for (let d = 0; d < g.length; d++) g[d] = g[d]! + t.gradient[d]! / data.n;
  }
  return g;
}

/** Where a step of the computational graph writes, and what it computes. */
export type GraphStepKind =
  | 'hidden-sum' // z_j = w_j1 x1 + w_j2 x2 + b_j
  | 'hidden-out' // a_j = tanh z_j
  | 'out-sum' // z = Σ u_j a_j + c
  | 'prob' // q = σ(z)
  | 'loss' // ℓ
  | 'out-delta' // δ = q − y
  | 'out-params' // ∂ℓ/∂c = δ, ∂ℓ/∂u_j = δ a_j
  | 'hidden-grad' // ∂ℓ/∂a_j = δ u_j
  | 'hidden-delta' // δ_j = ∂ℓ/∂a_j (1 − a_j²)
  | 'hidden-params'; // ∂ℓ/∂b_j = δ_j, ∂ℓ/∂w_jk = δ_j x_k

export interface GraphStep {
  readonly phase: 'forward' | 'backward';
  readonly kind: GraphStepKind;
  /** The hidden unit (0-based) the step belongs to; −1 for the output's steps. */
  readonly unit: number;
  /** Multiplications the step does (tanh, σ and ln are counted apart, in `functions`). */
  readonly multiplications: number;
  /** Calls of tanh, exp or ln the step makes. */
  readonly functions: number;
}

/**
 * The order in which a forward pass and then a backward pass visit the graph of a network with H
 * hidden units: the forward pass from the inputs to the loss, the backward pass from the loss back
 * to every weight, each step using only values earlier steps wrote.
 */
export function graphSteps(hidden: number): GraphStep[] {
  if (!(Number.isInteger(hidden) && hidden >= 1)) throw new Error(`invalid hidden: ${hidden}`);
  const H = hidden;
  const steps: GraphStep[] = [];
  const add = (phase: GraphStep['phase'], kind: GraphStepKind, unit: number, multiplications: number, functions = 0) =>
    steps.push({ phase, kind, unit, multiplications, functions });
  for (let j = 0; j < H; j++) add('forward', 'hidden-sum', j, 2);
  for (let j = 0; j < H; j++) add('forward', 'hidden-out', j, 0, 1);
  add('forward', 'out-sum', -1, H);
  add('forward', 'prob', -1, 0, 1);
  add('forward', 'loss', -1, 0, 1);
  add('backward', 'out-delta', -1, 0);
  add('backward', 'out-params', -1, H);
  for (let j = 0; j < H; j++) add('backward', 'hidden-grad', j, 1);
  for (let j = 0; j < H; j++) add('backward', 'hidden-delta', j, 2);
  for (let j = 0; j < H; j++) add('backward', 'hidden-params', j, 2);
  return steps;
}

/** Multiplications and function calls of a forward and of a backward pass, from graphSteps. */
export function passCosts(hidden: number): {
  readonly forward: { readonly multiplications: number; readonly functions: number };
  readonly backward: { readonly multiplications: number; readonly functions: number };
} {
  const sum = (phase: GraphStep['phase']) => {
    let multiplications = 0;
    let functions = 0;
    for (const s of graphSteps(hidden))
      if (s.phase === phase) {
        multiplications += s.multiplications;
        functions += s.functions;
      }
    return { multiplications, functions };
  };
  return { forward: sum('forward'), backward: sum('backward') };
}

/** One gradient-descent step on one example's loss: θ − η ∇ℓ(θ), every weight and bias at once. */
export function exampleStep(params: Vec, hidden: number, example: NetExample, eta: number): Float64Array {
  const g = traceExample(params, hidden, example).gradient;
  return Float64Array.from(params, (p, d) => p - eta * g[d]!);
}
