/**
 * Numeric items whose answer the optimizer module computes: each computation takes an item's
 * numbers (a start, a learning rate, data…), runs src/optim, and returns the answer, the numbers
 * the item's text may quote, and what each misconception of a catalogue would answer with the
 * same numbers (the sign of the slope flipped, the ½ or the 1/n dropped, a step too many or too
 * few, β and 1 − β swapped, η applied twice…). The build turns those into the item's generated
 * mistakes, so they always follow the numbers shown; it also draws fresh sets of numbers for
 * "Try new numbers". Build-time only: the page gets the results, not this module.
 */
import {
  createRng,
  differenceSlope,
  epochBatches,
  gradientDescent,
  meanSquaredError,
  momentum,
  parabola,
  quadraticXY,
  run,
  type Objective,
} from '../optim/index.ts';
import { COMPUTE_PARAMS, type ComputeId } from './ids.ts';

export type Params = Readonly<Record<string, number>>;

/** The misconceptions a computation can answer for, each with what it says to a reader who typed it. */
export const MISCONCEPTIONS = {
  'sign-flipped':
    'that is where steps uphill lead: the sign of the slope was flipped (descent subtracts η times the slope)',
  'step-too-many': 'that is one step too many',
  'step-too-few': 'that is one step too few',
  'eta-twice': 'that is a step of 2η: the learning rate was applied twice',
  'half-dropped': 'that is twice the loss: the ½ in front of each r² was dropped',
  'mean-dropped': 'that is the sum over the points: the 1/n that makes it a mean was dropped',
  'not-squared': 'that uses |r| where the loss squares r',
  'partials-swapped': 'that moves θ₂ by the other partial derivative, ∂L/∂θ₁',
  'beta-swapped': 'that swaps β and 1 − β: v settles at g/(1 − β)',
  'beta-plus': 'that is g/(1 + β): the powers of β add up to 1/(1 − β), not 1/(1 + β)',
  'last-batch-dropped': 'that rounds n/B down: the last, smaller batch of each epoch is an update too',
  'examples-not-updates': 'that counts example gradients: an update uses a whole batch of them',
  'forward-difference': 'that is the forward difference (L(θ + h) − L(θ))/h, not the central one',
  'half-width': 'that divides by h: the two points are 2h apart',
  'exact-slope': 'that is the exact slope; the question asks for the estimate from two points',
} as const;
export type Misconception = keyof typeof MISCONCEPTIONS;

export interface Range {
  readonly min: number;
  readonly max: number;
  readonly step: number;
}

interface Computation {
  /** Where fresh numbers are drawn from, per parameter (the keys are COMPUTE_PARAMS's). */
  readonly ranges: Readonly<Record<string, Range>>;
  /** Whether a set of numbers makes a fair item (e.g. an answer that is not trivially 0). */
  readonly fair?: (p: Params) => boolean;
  /** The answer and any other number the item's text may quote ({answer}, {g1}, …). */
  readonly values: (p: Params) => Record<string, number>;
  /** What each misconception answers with these numbers. */
  readonly misconceptions: (p: Params) => Partial<Record<Misconception, number>>;
}

/** The position after `steps` steps of gradient descent (or ascent) on an objective. */
function descend(objective: Objective, start: readonly number[], eta: number, steps: number, uphill = false) {
  const o = uphill ? { ...objective, goal: 'maximize' as const } : objective;
  const r = run(o, gradientDescent({ learningRate: eta }), start, { maxSteps: steps, bound: 1e9 });
  return [...r.positions.slice(r.steps * o.dim, (r.steps + 1) * o.dim)];
}

/** Three points at x = 0, 1, 2 with the item's y values, as the module's data set. */
const threePoints = (p: Params) => ({
  n: 3,
  features: 1,
  x: Float64Array.from([0, 1, 2]),
  y: Float64Array.from([p.y1!, p.y2!, p.y3!]),
});

/** A loss that is a straight line, L(θ) = g·θ: its slope is g everywhere (momentum's velocity settles). */
const ramp = (g: number): Objective => ({
  id: 'ramp',
  name: 'A constant slope',
  dim: 1,
  tex: 'g\\theta',
  goal: 'minimize',
  window: [[-1, 1]],
  known: [],
  params: ['θ'],
  value: (x) => g * x[0]!,
  gradient(_x, out) {
    out[0] = g;
    return out;
  },
});

const COMPUTATIONS: Record<ComputeId, Computation> = {
  // Lessons 1 and 3: steps of gradient descent on L(θ) = θ².
  'descent-steps': {
    ranges: {
      theta0: { min: -3, max: 3, step: 0.5 },
      eta: { min: 0.05, max: 0.45, step: 0.05 },
      steps: { min: 1, max: 4, step: 1 },
    },
    fair: (p) => p.theta0 !== 0 && Math.abs(descend(parabola, [p.theta0!], p.eta!, p.steps!)[0]!) > 0.01,
    values: (p) => ({ ...p, answer: descend(parabola, [p.theta0!], p.eta!, p.steps!)[0]! }),
    misconceptions: (p) => ({
      'sign-flipped': descend(parabola, [p.theta0!], p.eta!, p.steps!, true)[0]!,
      'step-too-many': descend(parabola, [p.theta0!], p.eta!, p.steps! + 1)[0]!,
      ...(p.steps! >= 2 ? { 'step-too-few': descend(parabola, [p.theta0!], p.eta!, p.steps! - 1)[0]! } : {}),
      'eta-twice': descend(parabola, [p.theta0!], 2 * p.eta!, p.steps!)[0]!,
    }),
  },
  // Lesson 2: the loss of the line ŷ = m x + b on three points, with the book's (1/n) Σ ½ r².
  'line-loss': {
    ranges: {
      m: { min: -2, max: 2, step: 0.5 },
      b: { min: -2, max: 2, step: 1 },
      y1: { min: -3, max: 3, step: 1 },
      y2: { min: -3, max: 3, step: 1 },
      y3: { min: -3, max: 3, step: 1 },
    },
    fair: (p) => new Set(residuals(p).map(Math.abs)).size > 1 && residuals(p).every((r) => Math.abs(r) <= 4),
    values: (p) => {
      const [r1, r2, r3] = residuals(p) as [number, number, number];
      return { ...p, r1, r2, r3, answer: meanSquaredError(threePoints(p), (x) => p.m! * x + p.b!) };
    },
    misconceptions: (p) => {
      const loss = meanSquaredError(threePoints(p), (x) => p.m! * x + p.b!);
      const abs = residuals(p).reduce((s, r) => s + Math.abs(r), 0);
      return { 'half-dropped': 2 * loss, 'mean-dropped': 3 * loss, 'not-squared': abs / 6 };
    },
  },
  // Lesson 4: one step on L(θ₁, θ₂) = θ₁² + 3θ₂² − θ₁θ₂; the new θ₂.
  'descent-step-2d': {
    ranges: {
      t1: { min: -2, max: 2, step: 0.5 },
      t2: { min: -2, max: 2, step: 0.5 },
      eta: { min: 0.05, max: 0.25, step: 0.05 },
    },
    fair: (p) => {
      const g = quadraticXY.gradient([p.t1!, p.t2!], new Float64Array(2));
      return Math.abs(g[0]!) > 0.4 && Math.abs(g[1]!) > 0.4 && Math.abs(g[0]! - g[1]!) > 0.4;
    },
    values: (p) => {
      const g = quadraticXY.gradient([p.t1!, p.t2!], new Float64Array(2));
      const [n1, n2] = descend(quadraticXY, [p.t1!, p.t2!], p.eta!, 1) as [number, number];
      return { ...p, g1: g[0]!, g2: g[1]!, n1, answer: n2 };
    },
    misconceptions: (p) => {
      const g = quadraticXY.gradient([p.t1!, p.t2!], new Float64Array(2));
      return {
        'sign-flipped': descend(quadraticXY, [p.t1!, p.t2!], p.eta!, 1, true)[1]!,
        'partials-swapped': p.t2! - p.eta! * g[0]!,
        'eta-twice': descend(quadraticXY, [p.t1!, p.t2!], 2 * p.eta!, 1)[1]!,
      };
    },
  },
  // Lesson 5: updates in a run of SGD, from the module's own epoch plan.
  'epoch-updates': {
    ranges: {
      n: { min: 200, max: 3000, step: 100 },
      batch: { min: 16, max: 128, step: 16 },
      epochs: { min: 3, max: 20, step: 1 },
    },
    fair: (p) => p.n! % p.batch! !== 0,
    values: (p) => {
      const perEpoch = epochBatches(p.n!, p.batch!, 1, 1)[0]!.batches.length;
      return { ...p, perEpoch, answer: perEpoch * p.epochs! };
    },
    misconceptions: (p) => ({
      'last-batch-dropped': Math.floor(p.n! / p.batch!) * p.epochs!,
      'examples-not-updates': p.n! * p.epochs!,
    }),
  },
  // Lesson 6: where momentum's velocity settles under a constant slope g.
  'momentum-velocity': {
    ranges: {
      beta: { min: 0.5, max: 0.95, step: 0.05 },
      g: { min: 1, max: 4, step: 1 },
    },
    fair: (p) => Math.abs(p.beta! - 0.5) > 1e-9,
    values: (p) => ({ ...p, answer: settledVelocity(p.beta!, p.g!) }),
    misconceptions: (p) => ({
      'beta-swapped': p.g! / p.beta!,
      'beta-plus': p.g! / (1 + p.beta!),
    }),
  },
  // Lesson 7: the central-difference estimate of the slope of L(θ) = θ³.
  'central-difference': {
    ranges: {
      theta: { min: -2, max: 2, step: 0.5 },
      h: { min: 0.1, max: 0.5, step: 0.1 },
    },
    fair: (p) => p.theta !== 0,
    values: (p) => ({ ...p, answer: differenceSlope(cube, p.theta!, p.h!, 'central') }),
    misconceptions: (p) => ({
      'forward-difference': differenceSlope(cube, p.theta!, p.h!, 'forward'),
      'half-width': 2 * differenceSlope(cube, p.theta!, p.h!, 'central'),
      'exact-slope': 3 * p.theta! ** 2,
    }),
  },
};

function residuals(p: Params): number[] {
  return [0, 1, 2].map((x, i) => p.m! * x + p.b! - [p.y1!, p.y2!, p.y3!][i]!);
}

const cube = (t: number) => t ** 3;

/** Momentum's velocity after enough steps under a constant slope, read from the run's step lengths. */
function settledVelocity(beta: number, g: number): number {
  const eta = 0.001;
  const r = run(ramp(g), momentum({ learningRate: eta, beta }), [0], { maxSteps: 2000, bound: 1e12 });
  const k = r.steps;
  return (r.positions[k - 1]! - r.positions[k]!) / eta;
}

export interface Computed {
  /** The numbers the item's text may quote, the answer among them. */
  readonly values: Readonly<Record<string, number>>;
  readonly answer: number;
  /** What each misconception answers, without those that coincide with the answer or each other. */
  readonly mistakes: readonly { readonly kind: Misconception; readonly value: number }[];
}

/** Runs a computation on one set of numbers. */
export function compute(id: ComputeId, params: Params, tolerance: number): Computed {
  const c = COMPUTATIONS[id];
  const values = c.values(params);
  const answer = values.answer!;
  const close = (a: number, b: number) => Math.abs(a - b) <= Math.max(tolerance, 1e-9 * Math.abs(b));
  const mistakes: { kind: Misconception; value: number }[] = [];
  for (const [kind, value] of Object.entries(c.misconceptions(params)) as [Misconception, number][]) {
    if (!Number.isFinite(value) || close(value, answer) || mistakes.some((m) => close(m.value, value))) continue;
    mistakes.push({ kind, value });
  }
  return { values, answer, mistakes };
}

/** Whether these numbers make a fair item for the computation. */
export function fair(id: ComputeId, params: Params): boolean {
  return COMPUTATIONS[id].fair?.(params) ?? true;
}

/**
 * `count` sets of fresh numbers, seeded (the same build always draws the same): the parameters
 * in `vary` drawn from the computation's ranges, the others kept at their defaults; each set fair
 * and different from the defaults and from the others.
 */
export function drawParams(id: ComputeId, defaults: Params, vary: readonly string[], seed: number, count: number) {
  const { ranges } = COMPUTATIONS[id];
  const rng = createRng(seed);
  const key = (p: Params) => COMPUTE_PARAMS[id].map((k) => p[k]).join(',');
  const seen = new Set([key(defaults)]);
  const out: Params[] = [];
  for (let tries = 0; out.length < count && tries < 500; tries++) {
    const p: Record<string, number> = { ...defaults };
    for (const name of vary) {
      const r = ranges[name]!;
      const steps = Math.round((r.max - r.min) / r.step);
      p[name] = Number((r.min + rng.int(steps + 1) * r.step).toFixed(6));
    }
    if (seen.has(key(p)) || !fair(id, p)) continue;
    seen.add(key(p));
    out.push(p);
  }
  return out;
}

/** The ranges a computation draws from (for tests and the schema's checks of defaults). */
export function rangesOf(id: ComputeId): Readonly<Record<string, Range>> {
  return COMPUTATIONS[id].ranges;
}
