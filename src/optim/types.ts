/**
 * The contracts of the optimizer module. Everything here is plain data and pure functions:
 * no DOM, no Svelte, no d3, no globals, no Math.random, no Date.
 */

/** A read-only vector: a plain array or a typed array. */
export type Vec = ArrayLike<number>;

/** A point the objective is known to have: a minimum, maximum or saddle. */
export interface KnownPoint {
  readonly kind: 'min' | 'max' | 'saddle';
  readonly x: readonly number[];
  readonly f: number;
  /** A short human label, e.g. "deeper minimum". */
  readonly label?: string;
}

/** A differentiable function of `dim` parameters with its exact gradient. */
export interface Objective {
  /** Stable id, used in URLs and tests. */
  readonly id: string;
  /** Human name, e.g. "Rosenbrock". */
  readonly name: string;
  readonly dim: number;
  /** TeX of the formula, without delimiters. */
  readonly tex: string;
  /** Whether the figures climb (revenue) or descend (losses). Optimizers honour it. */
  readonly goal: 'minimize' | 'maximize';
  /** A sensible plotting window, one [lo, hi] per dimension. */
  readonly window: readonly (readonly [number, number])[];
  /** Known stationary points, where known (empty otherwise). */
  readonly known: readonly KnownPoint[];
  /** Names of the parameters, e.g. ["x", "y"] or ["m", "b"]. */
  readonly params: readonly string[];
  value(x: Vec): number;
  /** Writes the exact gradient at x into out and returns out. */
  gradient(x: Vec, out: Float64Array): Float64Array;
}

/** A data set: n examples of `features` inputs each (row-major), with a target each. */
export interface Dataset {
  readonly n: number;
  readonly features: number;
  /** n × features inputs, row-major. */
  readonly x: Float64Array;
  /** n targets (a real number for regression, 0 or 1 for classification). */
  readonly y: Float64Array;
}

/** An objective that is a mean over examples: f(θ) = (1/n) Σ f_i(θ). */
export interface DataObjective extends Objective {
  readonly data: Dataset;
  /** The loss of example i alone. The mean over all i equals value(x). */
  exampleValue(i: number, x: Vec): number;
  /** Writes the gradient of example i's loss into out. */
  exampleGradient(i: number, x: Vec, out: Float64Array): Float64Array;
  /** Writes the mean gradient over the given example indices into out. */
  batchGradient(indices: ArrayLike<number>, x: Vec, out: Float64Array): Float64Array;
}

export type StopReason = 'max-steps' | 'tolerance-f' | 'tolerance-grad' | 'diverged' | 'early-stop';

/** Early stopping (runEarlyStopping): a second loss, watched after every step, that can end the run. */
export interface ValidationRule {
  /** The watched loss at x: usually the model's error on examples it does not train on. */
  value(x: Vec): number;
  /** Stop 'early-stop' once this many steps (an integer ≥ 1) have passed without a new lowest watched loss. */
  readonly patience: number;
}

export interface StopRule {
  /** Stop after this many steps (default 1000). */
  readonly maxSteps?: number;
  /** Stop when |f(x_k) − f(x_{k−1})| < toleranceF (default: off). */
  readonly toleranceF?: number;
  /** Stop when ‖∇f(x_k)‖ < toleranceGrad (default: off). */
  readonly toleranceGrad?: number;
  /** Diverged when any |coordinate| or |f| exceeds this, or is not finite (default 1e6). */
  readonly bound?: number;
}

/** A whole run: the trajectory and why it stopped. Positions never hold NaN. */
export interface RunResult {
  readonly dim: number;
  /** Number of steps taken; the trajectory has steps + 1 entries. */
  readonly steps: number;
  /** (steps + 1) × dim positions, row-major; row 0 is the start. */
  readonly positions: Float64Array;
  /** f at each position (the objective's own sign, so R(p) climbs). */
  readonly values: Float64Array;
  /** ‖∇f‖ at each position. */
  readonly gradNorms: Float64Array;
  readonly stop: { readonly reason: StopReason; readonly step: number };
  /** From runEarlyStopping: the watched loss at each position, and the step where it was lowest (the first, on ties). */
  readonly validation?: {
    readonly values: Float64Array;
    readonly best: { readonly step: number; readonly value: number };
  };
}

/** The ids of the optimizers, as the URL, the controls and the tests use them. */
export type OptimizerId = 'sign' | 'gd' | 'coordinate' | 'momentum' | 'adam' | 'sgd';
/** The ids of the optimizers outside the registry (one figure's method each, no controls of their own). */
export type UnlistedOptimizerId = 'noisy-gd';

/** Hyperparameters every optimizer factory accepts; each uses the ones it needs. */
export interface OptimizerOptions {
  /** η, the learning rate (gd, coordinate, momentum, adam, sgd). Must be ≥ 0. */
  readonly learningRate?: number;
  /** Fixed step size of the sign optimizer (must be > 0). */
  readonly stepSize?: number;
  /** Momentum coefficient β in [0, 1). */
  readonly beta?: number;
  /** Adam's β1, β2 in [0, 1) and ε > 0. */
  readonly beta1?: number;
  readonly beta2?: number;
  readonly epsilon?: number;
  /** Mini-batch size for sgd: an integer ≥ 1 (clamped to n). */
  readonly batchSize?: number;
  /** Seed of sgd's shuffling. */
  readonly seed?: number;
}

/** One optimizer: a state and a step. Optimizers move x in the objective's goal direction. */
export interface Optimizer {
  readonly id: OptimizerId | UnlistedOptimizerId;
  /** Moves x one step, in place, updating the optimizer's own state. */
  step(x: Float64Array, objective: Objective): void;
  /** Forgets the state (velocity, moments, position in the epoch). */
  reset(): void;
}

/** What the step-at-a-time runner yields. */
export interface StepRecord {
  readonly step: number;
  /** A copy of the position after this step. */
  readonly x: Float64Array;
  readonly f: number;
  readonly gradNorm: number;
  /** Set on the last record only. */
  readonly stop?: StopReason;
}
