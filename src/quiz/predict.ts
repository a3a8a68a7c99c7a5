/**
 * Predict, then run: an item shows a small plot and the reader puts a marker where they think a
 * run will end (where a walk stops, the step at which it crosses a line, the h at which a
 * two-point slope is best). Then the run plays and the prediction is graded against it. Each run
 * here takes an item's numbers, runs the optimizer module, and returns the scene the item draws:
 * the plot, the run to play point by point, and the answer. Build-time only: the page gets the
 * scene, not this module.
 */
import {
  bestRung,
  degreeSweep,
  gradientDescent,
  lineMSE,
  momentum,
  noisyGradientDescent,
  parabola,
  parabolaStepFactor,
  QUADRATIC_HESSIAN_EIGENVALUES,
  quadraticXY,
  run,
  slopeErrorCurve,
  twoWells,
  lowest,
  waveSplits,
  type Objective,
  type RunResult,
} from '../optim/index.ts';
import type { PredictId } from './ids.ts';
import { formatNumber } from './number.ts';
import { sci } from './numbers.ts';

export type Params = Readonly<Record<string, number>>;
export type Point = readonly [x: number, y: number];

export interface Axis {
  readonly label: string;
  readonly min: number;
  readonly max: number;
  /** Drawn on a scale of powers of ten (values are plotted by their log10). */
  readonly log?: boolean;
}

/** How the marker's value is said: "θ = 1.25" (a value), "step 4" (a count: its name, then a whole number), "h = 10⁻⁶" (a power of ten). */
export type MarkerFormat = 'value' | 'count' | 'power';

export interface Marker {
  /** The quantity's name in the sentence ("θ", "b", "h", "step", "degree"). */
  readonly name: string;
  readonly format: MarkerFormat;
  readonly min: number;
  readonly max: number;
  readonly step: number;
  /** Where it sits before the reader moves it. */
  readonly start: number;
}

export interface Scene {
  readonly x: Axis;
  readonly y: Axis;
  /** A curve drawn under everything (the loss the walk runs on). */
  readonly curve?: readonly Point[];
  /** Data points, drawn as hollow dots. */
  readonly dots?: readonly Point[];
  /** A horizontal line the question is about (the hump, the floor, a loss level). */
  readonly level?: { readonly y: number; readonly label: string };
  /** Words on the plot, at data coordinates (left-aligned). */
  readonly notes?: readonly { readonly x: number; readonly y: number; readonly text: string }[];
  /** The run, one point a step (step 0 first), revealed in order when it plays. */
  readonly run: readonly Point[];
  /** A series over steps (drawn as a line) rather than a walk hopping along the curve. */
  readonly joined: boolean;
  /** The marker moves along x. */
  readonly marker: Marker;
  /** The x the prediction is graded against. */
  readonly answer: number;
  /** The answer's line says what it marks: "it ended here". */
  readonly truthLabel: string;
  /** What the run did, in words, shown once it has played. */
  readonly outcome: string;
  /** Numbers an item's text may quote as {{name}} (the answer among them). */
  readonly values: Readonly<Record<string, number>>;
}

/** The x of the run's point k of a d-dimensional run, coordinate i. */
const at = (r: RunResult, k: number, i = 0) => r.positions[k * r.dim + i]!;

/** A curve sampled across an objective's window, for drawing. */
function sampled(f: Objective, lo: number, hi: number, n = 120): Point[] {
  return Array.from({ length: n + 1 }, (_, k) => {
    const x = lo + ((hi - lo) * k) / n;
    return [x, f.value([x])] as const;
  });
}

const yRange = (points: readonly Point[], pad = 0.08): [number, number] => {
  const ys = points.map((p) => p[1]).filter(Number.isFinite);
  const lo = Math.min(...ys);
  const hi = Math.max(...ys);
  const d = (hi - lo || 1) * pad;
  return [lo - d, hi + d];
};

/** "the deeper minimum" when x sits on one of the objective's known minima. */
function placeOf(f: Objective, x: number): string {
  const known = f.known.find((k) => k.kind === 'min' && Math.abs(k.x[0]! - x) < 0.05);
  return known ? `, at the ${known.label}` : '';
}

/** A walk on the two-valley curve, drawn on it; the answer is where it ends. */
function wellsScene(r: RunResult, p: Params, what: string): Scene {
  const [lo, hi] = twoWells.window[0]!;
  const curve = sampled(twoWells, lo, hi);
  const end = at(r, r.steps);
  const crossed = Array.from({ length: r.steps + 1 }, (_, k) => at(r, k)).findIndex(
    (x) => Math.sign(x) !== Math.sign(p.start!),
  );
  return {
    x: { label: 'θ', min: lo, max: hi },
    y: { label: 'L(θ)', min: yRange(curve)[0], max: yRange(curve)[1] },
    curve,
    run: Array.from({ length: r.steps + 1 }, (_, k) => [at(r, k), r.values[k]!] as const),
    joined: false,
    marker: { name: 'θ', format: 'value', min: lo, max: hi, step: 0.05, start: p.start! },
    answer: end,
    truthLabel: 'it ended here',
    outcome:
      `After ${r.steps} steps ${what} is at θ = ${formatNumber(Number(end.toFixed(3)))}${placeOf(twoWells, end)}` +
      (crossed > 0 ? `; it crossed the hump at θ = 0 on step ${crossed}.` : '; it never crossed the hump at θ = 0.'),
    values: {
      ...p,
      answer: end,
      end: round(end, 3),
      first: round(at(r, Math.min(1, r.steps)), 3),
      slope0: round(twoWells.gradient([p.start!], new Float64Array(1))[0]!, 2),
      crossed,
    },
  };
}

const round = (v: number, digits: number) => Number(v.toFixed(digits));

/** The first step at which a series is on the other side of `level` from where it started (−1: never, or it started on it). */
export function firstCrossing(series: readonly number[], level: number): number {
  const side = Math.sign(series[0]! - level);
  if (side === 0 || Number.isNaN(side)) return -1;
  return series.findIndex((v) => Math.sign(v - level) !== side && Math.sign(v - level) !== 0);
}

const RUNS: Record<PredictId, (p: Params) => Scene> = {
  'degree-validation': (p) => degreeValidation(p),
  // Lessons 1 and 3: gradient descent on the two-valley curve.
  'two-wells-descent': (p) =>
    wellsScene(
      run(twoWells, gradientDescent({ learningRate: p.eta! }), [p.start!], { maxSteps: p.steps! }),
      p,
      'the walk',
    ),

  // Lesson 5: the same walk with seeded noise in its slope, fading by half every halfLife steps.
  'noisy-two-wells': (p) =>
    wellsScene(
      run(
        twoWells,
        noisyGradientDescent({ learningRate: p.eta!, noise: p.noise!, halfLife: p.halfLife!, seed: p.seed! }),
        [p.start!],
        { maxSteps: p.steps! },
      ),
      p,
      'the noisy walk',
    ),

  // Lesson 2: one number b predicts every value; descent on the mean squared error from b = start.
  'constant-fit': (p) => {
    const ys = ['y1', 'y2', 'y3', 'y4', 'y5'].map((k) => p[k]!);
    // A line whose inputs are all 0 is the constant b: the slope m never moves.
    const data = { n: ys.length, features: 1, x: new Float64Array(ys.length), y: Float64Array.from(ys) };
    const r = run(lineMSE(data), gradientDescent({ learningRate: p.eta! }), [0, p.start!], { maxSteps: p.steps! });
    const lo = Math.floor(Math.min(...ys, p.start!) - 1);
    const hi = Math.ceil(Math.max(...ys, p.start!) + 1);
    const end = at(r, r.steps, 1);
    return {
      x: { label: 'value', min: lo, max: hi },
      y: { label: '', min: -1, max: 1 },
      // Equal values are stacked, so that each measurement shows.
      dots: ys.map((y, i) => [y, -0.6 + 0.3 * ys.slice(0, i).filter((v) => v === y).length] as const),
      notes: [
        { x: lo, y: 0.75, text: 'b, step by step' },
        { x: lo, y: -0.15, text: 'the measurements' },
      ],
      run: Array.from({ length: r.steps + 1 }, (_, k) => [at(r, k, 1), 0.45] as const),
      joined: false,
      marker: { name: 'b', format: 'value', min: lo, max: hi, step: 0.1, start: p.start! },
      answer: end,
      truthLabel: 'it ended here',
      outcome: `After ${r.steps} steps of descent on the mean squared error, b = ${formatNumber(Number(end.toFixed(3)))}.`,
      values: { ...p, answer: end },
    };
  },

  // Lesson 4: descent on the tilted bowl; the step at which the loss first falls below a fraction of its start.
  'bowl-loss': (p) => {
    const r = run(quadraticXY, gradientDescent({ learningRate: p.eta! }), [p.t1!, p.t2!], { maxSteps: p.steps! });
    const losses = [...r.values];
    const level = p.fraction! * losses[0]!;
    const k = firstCrossing(losses, level);
    const floor = Math.min(...losses.filter((v) => v > 0), level) / 2;
    return {
      x: { label: 'step', min: 0, max: r.steps },
      y: { label: 'L (log scale)', min: floor, max: losses[0]! * 1.5, log: true },
      level: { y: level, label: `${formatNumber(p.fraction! * 100)} % of the first loss` },
      run: losses.map((v, k) => [k, Math.max(v, floor)] as const),
      joined: true,
      marker: { name: 'step', format: 'count', min: 0, max: r.steps, step: 1, start: 0 },
      answer: k,
      truthLabel: 'first below the line',
      outcome:
        k < 0
          ? `In ${r.steps} steps the loss never fell below ${formatNumber(level)}.`
          : `The loss started at ${formatNumber(losses[0]!)} and first fell below ${formatNumber(level)} on step ${k}, at ${formatNumber(losses[k]!)}.`,
      values: {
        ...p,
        answer: k,
        loss0: losses[0]!,
        level,
        // Each step scales the position along a principal direction by 1 − ηλ (lesson 4).
        sharp: round(1 - p.eta! * QUADRATIC_HESSIAN_EIGENVALUES[1], 2),
        gentle: round(1 - p.eta! * QUADRATIC_HESSIAN_EIGENVALUES[0], 2),
        perStep: round((1 - p.eta! * QUADRATIC_HESSIAN_EIGENVALUES[0]) ** 2, 2),
        estimate: round(Math.log(p.fraction!) / Math.log((1 - p.eta! * QUADRATIC_HESSIAN_EIGENVALUES[0]) ** 2), 1),
      },
    };
  },

  // Lesson 6: momentum on L(θ) = θ²; the first step that lands on the other side of the floor at 0.
  'momentum-floor': (p) => {
    const opts = { maxSteps: p.steps! };
    const r = run(parabola, momentum({ learningRate: p.eta!, beta: p.beta! }), [p.start!], opts);
    const plain = run(parabola, gradientDescent({ learningRate: p.eta! }), [p.start!], opts);
    const series = [...r.positions];
    const k = firstCrossing(series, 0);
    const plainCross = firstCrossing([...plain.positions], 0);
    const m = Math.max(...series.map(Math.abs)) * 1.1;
    return {
      x: { label: 'step', min: 0, max: r.steps },
      y: { label: 'θ', min: -m, max: m },
      level: { y: 0, label: 'the floor, θ = 0' },
      run: series.map((v, k) => [k, v] as const),
      joined: true,
      marker: { name: 'step', format: 'count', min: 0, max: r.steps, step: 1, start: 0 },
      answer: k,
      truthLabel: 'first across',
      outcome:
        (k < 0
          ? `In ${r.steps} steps momentum never crossed the floor`
          : `Momentum first crossed the floor on step ${k}, landing at θ = ${formatNumber(Number(series[k]!.toFixed(3)))}`) +
        (plainCross < 0
          ? '; plain descent with the same η never crosses it.'
          : `; plain descent with the same η crosses it on step ${plainCross}.`),
      values: {
        ...p,
        answer: k,
        plainCross,
        plainFactor: parabolaStepFactor(p.eta!),
        ...Object.fromEntries(series.slice(1, 7).map((v, i) => [`p${i + 1}`, round(v, 3)])),
      },
    };
  },

  // Lesson 7: the two-point slope of the two-valley curve at θ, as h steps down by quarter powers of ten.
  'difference-ladder': (p) => {
    const f = (t: number) => twoWells.value([t]);
    const exact = twoWells.gradient([p.theta!], new Float64Array(1))[0]!;
    const kind = p.central ? 'central' : 'forward';
    const curve = slopeErrorCurve(f, exact, p.theta!, 64);
    const best = bestRung(curve, kind);
    const error = (k: number) => Math.max(kind === 'central' ? curve[k]!.centralError : curve[k]!.forwardError, 1e-17);
    const exponent = (k: number) => Math.log10(curve[k]!.h);
    const errors = curve.map((_, k) => error(k));
    return {
      x: { label: 'h (power of ten)', min: -16, max: 0 },
      y: { label: 'error (log scale)', min: Math.min(...errors) / 3, max: Math.max(...errors) * 3, log: true },
      run: curve.map((_, k) => [exponent(k), error(k)] as const),
      joined: true,
      marker: { name: 'h', format: 'power', min: -16, max: 0, step: 1, start: 0 },
      answer: exponent(best),
      truthLabel: 'smallest error',
      outcome: `The ${kind === 'central' ? 'central' : 'one-sided'} difference was closest at h = ${sci(curve[best]!.h)}, off by ${sci(error(best))}.`,
      values: { ...p, answer: exponent(best), smallest: exponent(curve.length - 1) },
    };
  },
};

/** Lesson 8: a sample of the lesson's wave; the degree whose best fit has the lowest validation loss. */
function degreeValidation(p: Params): Scene {
  const reports = degreeSweep(waveSplits(p.seed!), MAX_DEGREE);
  const best = lowest(reports, 'validation');
  const losses = reports.flatMap((r) => [r.train, r.validation]);
  const floor = 1e-4;
  const last = reports[MAX_DEGREE]!.train;
  return {
    x: { label: 'degree D', min: 0, max: MAX_DEGREE },
    y: { label: 'loss (log scale)', min: floor, max: Math.max(...losses) * 3, log: true },
    // The training losses are drawn; the validation losses are the run, revealed degree by degree.
    curve: reports.map((r) => [r.degree, Math.max(r.train, floor)] as const),
    // Beside the training line, over its middle.
    notes: [{ x: 6.5, y: Math.max(reports[7]!.train, floor) * 6, text: 'training loss' }],
    run: reports.map((r) => [r.degree, Math.max(r.validation, floor)] as const),
    joined: true,
    marker: { name: 'degree', format: 'count', min: 0, max: MAX_DEGREE, step: 1, start: MAX_DEGREE },
    answer: best,
    truthLabel: 'lowest validation loss',
    outcome: `The validation loss was lowest at degree ${best}, ${formatNumber(Number(reports[best]!.validation.toPrecision(2)))}; the training loss kept falling, to ${last < 1e-9 ? 'zero, to rounding,' : formatNumber(Number(last.toPrecision(2)))} at degree ${MAX_DEGREE}.`,
    values: {
      ...p,
      answer: best,
      maxDegree: MAX_DEGREE,
      worseBy: Number((reports[MAX_DEGREE]!.validation / reports[best]!.validation).toPrecision(2)),
    },
  };
}

/** The highest degree lesson 8 fits to its 12 training points (12 coefficients: through every point). */
const MAX_DEGREE = 11;

/** Runs a predict item's numbers through the optimizer module. */
export function predictScene(id: PredictId, params: Params): Scene {
  return RUNS[id](params);
}
