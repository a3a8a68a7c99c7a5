/**
 * Challenges: quiz items the reader answers by choosing numbers for a figure, graded by
 * running the optimizer module. Each check is pure: inputs in, verdict out.
 */
import { gradientDescent, run, twoWells, TWO_WELLS_MINIMA, type RunResult } from '../optim/index.ts';
import { PENALTIES, parabola, parabolaStepFactor, penaltyTotals } from '../optim/index.ts';
import { illConditionedBowl, momentum } from '../optim/index.ts';
import {
  quadraticXY,
  noisyGradientDescent,
  QUADRATIC_HESSIAN_EIGENVALUES,
  QUADRATIC_PRINCIPAL_DIRECTIONS,
} from '../optim/index.ts';
import { bestRung, hLadder, slopeError, slopeErrorCurve } from '../optim/index.ts';
import { BOWL_START, CONVERGE_GRAD, MOMENTUM_KAPPA } from '../figures/lessons/beyond-descent/shared.ts';
import { NOISE_ETA, NOISE_HALF_LIFE, NOISE_START, NOISE_STEPS, valleyOf } from '../figures/lessons/sgd/shared.ts';

export const CHALLENGE_IDS = [
  'momentum-fast-bowl',
  'two-wells-jump',
  'outlier-share',
  'bowl-diverge',
  'bowl-overshoot',
  'tilted-bowl-sharp-start',
  'noise-escape-gentle',
  'difference-offset',
] as const;
export type ChallengeId = (typeof CHALLENGE_IDS)[number];

export interface Verdict {
  readonly passed: boolean;
  /** What happened, in words, whichever way it went. */
  readonly message: string;
}

type Inputs = Readonly<Record<string, number>>;

/** Where the lesson 4 challenge starts: almost exactly on the bowl's sharp principal direction. */
export const SHARP_START = [-0.45, 1.95] as const;
/** Where the lesson 7 challenge measures the two-well curve's slope (the lesson itself uses θ = 1). */
export const DIFFERENCE_THETA = -0.5;

/** A number with a true minus sign. */
const minus = (v: number): string => String(v).replace('-', '−');
const SUPERSCRIPT: Record<string, string> = {
  '-': '⁻',
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
};
/** A number in scientific notation with a superscript power: 2.5·10⁻⁹. */
function sci(v: number): string {
  const [m, p] = v.toExponential(1).split('e');
  const power = String(Number(p));
  return power === '0' ? m! : `${m}·10${[...power].map((c) => SUPERSCRIPT[c]).join('')}`;
}

function num(inputs: Inputs, key: string): number {
  const v = inputs[key];
  return typeof v === 'number' && Number.isFinite(v) ? v : NaN;
}

/** Lesson 1's jump-the-hump: the first-descent figure's run (200 steps, tolerance 10⁻¹⁰) with the challenge's limits. */
export const JUMP = { x0Min: -1.4, etaMax: 0.12, maxSteps: 200, toleranceF: 1e-10 } as const;
/** Lesson 3's bowl challenges: the learning-rate lab's run on θ² from 2.5 (100 steps, tolerance 10⁻⁶). */
export const BOWL = { x0: 2.5, etaMax: 1.2, maxSteps: 100, toleranceF: 1e-6 } as const;

function jumpRun(x0: number, eta: number): RunResult {
  return run(twoWells, gradientDescent({ learningRate: eta }), [x0], {
    maxSteps: JUMP.maxSteps,
    toleranceF: JUMP.toleranceF,
  });
}
/** Whether a run ended at the deeper minimum. */
function jumped(r: RunResult): boolean {
  return r.stop.reason !== 'diverged' && Math.abs(r.positions[r.steps]! - TWO_WELLS_MINIMA[1]) < 1e-2;
}
function bowlRun(eta: number): RunResult {
  return run(parabola, gradientDescent({ learningRate: eta }), [BOWL.x0], {
    maxSteps: BOWL.maxSteps,
    toleranceF: BOWL.toleranceF,
  });
}
/** from, from + step, … up to `to` (inclusive, within rounding), for trying the readers' neighbouring inputs. */
function grid(from: number, to: number, step: number): number[] {
  const out: number[] = [];
  for (let i = 0; from + i * step <= to + 1e-9; i++) out.push(Number((from + i * step).toFixed(6)));
  return out;
}
/** A factor as a reader would write it: up to six significant digits, a true minus sign. */
function show(v: number): string {
  return String(Number(v.toPrecision(6))).replace('-', '−');
}

const checks: Record<ChallengeId, (inputs: Inputs) => Verdict> = {
  /** Momentum to the bottom of the κ = 25 bowl from (−2.5, 1) in at most 30 steps (plain descent's best is about 100). */
  'momentum-fast-bowl'(inputs) {
    const eta = num(inputs, 'eta');
    const beta = num(inputs, 'beta');
    if (!(eta > 0 && eta <= 0.2)) return { passed: false, message: 'Choose a learning rate η between 0 and 0.2.' };
    if (!(beta >= 0 && beta < 1))
      return { passed: false, message: 'Choose a momentum β from 0 up to (not including) 1.' };
    const r = run(illConditionedBowl(MOMENTUM_KAPPA), momentum({ learningRate: eta, beta }), [...BOWL_START], {
      maxSteps: 300,
      toleranceGrad: CONVERGE_GRAD,
    });
    if (r.stop.reason === 'diverged')
      return {
        passed: false,
        message: `With η = ${eta} and β = ${beta} momentum diverged after ${r.steps} steps: the steps are too long for the steep direction.`,
      };
    if (r.stop.reason !== 'tolerance-grad')
      return {
        passed: false,
        message: `With η = ${eta} and β = ${beta} momentum is still swinging after ${r.steps} steps. Less momentum damps the swings.`,
      };
    if (r.steps <= 30)
      return {
        passed: true,
        message: `Yes: momentum reaches the bottom in ${r.steps} steps with η = ${eta}, β = ${beta}. Plain descent needs about 100, whatever its learning rate.`,
      };
    return {
      passed: false,
      message: `Momentum got there in ${r.steps} steps: close, but the target is 30. Try a learning rate near the edge of plain descent's range and a moderate β.`,
    };
  },
  /** Lesson 1: from a start left of the hump at 0, with η ≤ 0.12, reach the deeper minimum within 200 steps. */
  'two-wells-jump'(inputs) {
    const x0 = num(inputs, 'x0');
    const eta = num(inputs, 'eta');
    if (!(x0 < 0 && x0 >= JUMP.x0Min))
      return {
        passed: false,
        message: `Choose a start θ₀ from ${JUMP.x0Min} up to (not including) 0: left of the hump.`,
      };
    if (!(eta > 0 && eta <= JUMP.etaMax))
      return { passed: false, message: `Choose a learning rate η above 0 and at most ${JUMP.etaMax}.` };
    const r = jumpRun(x0, eta);
    const end = r.positions[r.steps]!;
    const first = r.positions[1] ?? x0;
    const where = `From θ₀ = ${x0} with η = ${eta}`;
    if (jumped(r))
      return {
        passed: true,
        message: `Yes: ${where} the first step lands at θ₁ = ${first.toFixed(3)}, past the hump, and the walk settles at θ ≈ ${end.toFixed(4)}, the deeper minimum, after ${r.steps} steps.`,
      };
    if (r.stop.reason === 'diverged')
      return { passed: false, message: `${where} the walk diverged after ${r.steps} steps.` };
    if (first > 0)
      return {
        passed: false,
        message: `${where} the first step lands at θ₁ = ${first.toFixed(3)}, past the hump, but the walk ${r.stop.reason === 'max-steps' ? `is still going after ${r.steps} steps, at` : 'ends at'} θ ≈ ${end.toFixed(4)}, not at the deeper minimum.`,
      };
    // The first step fell short of the hump. Say which single change could help, having tried them.
    const etas = grid(0.001, JUMP.etaMax, 0.001).filter((e) => e > eta);
    const starts = grid(JUMP.x0Min, 0, 0.01).filter((s0) => s0 < x0);
    const largerEta = etas.some((e) => jumped(jumpRun(x0, e)));
    const higherStart = starts.some((s0) => jumped(jumpRun(s0, eta)));
    const advice =
      largerEta && higherStart
        ? 'A longer first step would carry it over: a larger η, or a start higher up the left wall, where the slope is steeper.'
        : largerEta
          ? 'From this start, a larger η would make that first step long enough.'
          : higherStart
            ? 'With this η, a start higher up the left wall, where the slope is steeper, would make it long enough.'
            : 'Neither change alone is enough from here: it takes a start higher up the left wall and a larger η together.';
    return {
      passed: false,
      message: `${where} the first step reaches only θ₁ = ${first.toFixed(3)}, short of the hump at 0, and the walk ${r.stop.reason === 'max-steps' ? `is still creeping towards the floor of the shallower valley after ${r.steps} steps, at` : `settles in the shallower valley after ${r.steps} steps, at`} θ ≈ ${end.toFixed(4)}. ${advice}`,
    };
  },
  /** Lesson 2: three misses of 1 and one of r; r must own < 50 % of the total |r| but ≥ 90 % of the total r⁴. */
  'outlier-share'(inputs) {
    const r = num(inputs, 'r');
    if (!(r >= 0 && r <= 10)) return { passed: false, message: 'Choose a miss r between 0 and 10.' };
    const misses = [1, 1, 1, r];
    const abs = penaltyTotals(misses, PENALTIES.abs);
    const fourth = penaltyTotals(misses, PENALTIES.fourth);
    const shareAbs = r / abs.total;
    const shareFourth = r ** 4 / fourth.total;
    const pct = (v: number) => `${(100 * v).toFixed(1)} %`;
    const said = `With r = ${r} the big miss owns ${pct(shareAbs)} of the absolute error and ${pct(shareFourth)} of the fourth-power error.`;
    if (shareAbs < 0.5 && shareFourth >= 0.9)
      return {
        passed: true,
        message: `Yes. ${said} The same miss is a minority under one penalty and nearly everything under the other.`,
      };
    return {
      passed: false,
      message: `${said} ${shareAbs >= 0.5 ? 'It is too big for the absolute error.' : 'It is not yet big enough to dominate the fourth power.'}`,
    };
  },
  /** Lesson 3: a learning rate of at most 1.2 that makes descent on θ² from 2.5 diverge: |1 − 2η| > 1. */
  'bowl-diverge'(inputs) {
    const eta = num(inputs, 'eta');
    if (!(eta > 0 && eta <= BOWL.etaMax))
      return { passed: false, message: `Choose a learning rate η above 0 and at most ${BOWL.etaMax}.` };
    const factor = parabolaStepFactor(eta);
    const r = bowlRun(eta);
    const end = r.positions[r.steps]!;
    const times = `each step multiplies θ by ${show(factor)}`;
    if (Math.abs(factor) > 1)
      return {
        passed: true,
        message:
          r.stop.reason === 'diverged'
            ? `Yes: with η = ${eta} ${times}, more than 1 in size, so every step lands farther out; after step ${r.steps} the next would take the loss past a million, and the figure calls the run diverged.`
            : `Yes: with η = ${eta} ${times}, more than 1 in size, so every step lands farther out. It grows slowly: after ${r.steps} steps θ = ${end.toPrecision(4)}, still under the million on the loss at which the figure calls a run diverged, but it grows without limit.`,
      };
    const what =
      factor === -1
        ? `exactly −1 in size: the walk bounces between 2.5 and −2.5 for ever without growing. That is the border, not past it.`
        : factor < 0
          ? `so each step jumps across the bottom but lands closer than the last: the walk converges.`
          : factor === 0
            ? `so the first step lands exactly on the bottom.`
            : `so θ shrinks towards the bottom from one side: the walk converges.`;
    return { passed: false, message: `With η = ${eta} ${times}, ${what}` };
  },
  /** Lesson 3: a learning rate at which every step on θ² from 2.5 crosses the bottom, yet the walk converges: −1 < 1 − 2η < 0. */
  'bowl-overshoot'(inputs) {
    const eta = num(inputs, 'eta');
    if (!(eta > 0 && eta <= BOWL.etaMax))
      return { passed: false, message: `Choose a learning rate η above 0 and at most ${BOWL.etaMax}.` };
    const factor = parabolaStepFactor(eta);
    const r = bowlRun(eta);
    const end = r.positions[r.steps]!;
    const times = `each step multiplies θ by ${show(factor)}`;
    if (factor < 0 && factor > -1) {
      const settled = r.stop.reason === 'tolerance-f';
      return {
        passed: true,
        message: `Yes: with η = ${eta} ${times}: negative, so every step jumps across the bottom, and smaller than 1 in size, so every jump is shorter than the last. ${settled ? `The walk settles at θ = ${end.toPrecision(3)} after ${r.steps} steps.` : `It is slow: after ${r.steps} steps it is still at θ = ${end.toPrecision(3)}, but closer with every step.`}`,
      };
    }
    const what =
      factor >= 1
        ? 'it never moves.'
        : factor > 0
          ? 'positive, so θ never changes sign: the walk approaches the bottom from one side without crossing it.'
          : factor === 0
            ? 'so the first step lands exactly on the bottom, without crossing it.'
            : factor === -1
              ? 'so every step crosses the bottom, but the walk bounces between 2.5 and −2.5 for ever and never arrives.'
              : 'so every step crosses the bottom, but each lands farther out than the last: the walk diverges.';
    return { passed: false, message: `With η = ${eta} ${times}, ${what}` };
  },
  /** Lesson 4: a learning rate with which descent on x² + 3y² − xy from (−0.45, 1.95), on the sharp principal direction, is within 0.01 of (0, 0) after 5 steps. */
  'tilted-bowl-sharp-start'(inputs) {
    const eta = num(inputs, 'eta');
    if (!(eta > 0 && eta <= 0.4))
      return { passed: false, message: 'Choose a learning rate η above 0 and at most 0.4.' };
    const r = run(quadraticXY, gradientDescent({ learningRate: eta }), SHARP_START, { maxSteps: 5, bound: 1e3 });
    const x = r.positions[2 * r.steps]!;
    const y = r.positions[2 * r.steps + 1]!;
    const dist = Math.hypot(x, y);
    const [gentle, sharp] = QUADRATIC_PRINCIPAL_DIRECTIONS;
    const along = [x * gentle[0] + y * gentle[1], x * sharp[0] + y * sharp[1]];
    const factor = QUADRATIC_HESSIAN_EIGENVALUES.map((lambda) => 1 - eta * lambda);
    const f = (v: number) => v.toFixed(3);
    if (r.stop.reason === 'diverged')
      return { passed: false, message: `With η = ${eta} the walk diverged after ${r.steps} steps.` };
    if (dist < 0.01)
      return {
        passed: true,
        message: `Yes: with η = ${eta} each step multiplies the position along the sharp direction by ${f(factor[1]!)}, and after 5 steps the walk is ${dist.toPrecision(2)} from the minimum.`,
      };
    // Which direction is left over, and what its factor does.
    const i = Math.abs(along[1]!) >= Math.abs(along[0]!) ? 1 : 0;
    const name = i === 1 ? 'sharp' : 'gentle';
    const k = factor[i]!;
    const motion =
      k < 0
        ? `each step there multiplies the position by ${f(k)}, so the walk swings from side to side; a smaller η brings that factor closer to 0`
        : `each step there only multiplies the position by ${f(k)}, so it shrinks slowly${eta < 0.4 ? '; a larger η brings that factor closer to 0' : ''}`;
    return {
      passed: false,
      message: `With η = ${eta}, after 5 steps the walk is still ${dist.toPrecision(3)} from the minimum, mostly along the ${name} direction: ${motion}.`,
    };
  },
  /** Lesson 5: a seed and a starting noise σ₀ ≤ 4 with which noisy descent from x₀ = −0.9 ends in the deeper valley. */
  'noise-escape-gentle'(inputs) {
    const noise = num(inputs, 'noise');
    const seed = num(inputs, 'seed');
    if (!(noise >= 0 && noise <= 4)) return { passed: false, message: 'Choose a starting noise σ₀ from 0 to 4.' };
    if (!(Number.isInteger(seed) && seed >= 1 && seed <= 9999))
      return { passed: false, message: 'Choose a whole-number seed from 1 to 9999.' };
    const opts = { learningRate: NOISE_ETA, noise, halfLife: NOISE_HALF_LIFE, seed };
    const r = run(twoWells, noisyGradientDescent(opts), [NOISE_START], { maxSteps: NOISE_STEPS });
    const end = r.positions[r.steps]!;
    if (r.stop.reason === 'diverged')
      return { passed: false, message: `With σ₀ = ${noise} and seed ${seed} the walk diverged.` };
    if (valleyOf(end) === 'deeper')
      return {
        passed: true,
        message: `Yes: with σ₀ = ${noise} and seed ${seed} the noise carries the walk over the hump, and it settles at x ≈ ${end.toFixed(3)}, the deeper minimum.`,
      };
    return {
      passed: false,
      message: `With σ₀ = ${noise} and seed ${seed} the walk ends at x ≈ ${end.toFixed(3)}, ${valleyOf(end) === 'shallower' ? 'still in the shallower valley' : 'not in the deeper valley'}. Try other seeds, or a little more noise.`,
    };
  },
  /** Lesson 7: an offset h = 10^e for which the central difference of the two-well curve at θ = −0.5 is within 10⁻⁹ of its slope. */
  'difference-offset'(inputs) {
    const e = num(inputs, 'e');
    if (!(e >= -16 && e <= 0)) return { passed: false, message: 'Choose an exponent e from −16 to 0 (h = 10^e).' };
    const L = (t: number) => twoWells.value([t]);
    const exact = twoWells.gradient([DIFFERENCE_THETA], new Float64Array(1))[0]!;
    const err = slopeError(L, exact, DIFFERENCE_THETA, 10 ** e).centralError;
    const said = `With e = ${minus(e)} (h = ${sci(10 ** e)}) the central difference is off by ${sci(err)}`;
    if (err < 1e-9) return { passed: true, message: `Yes. ${said}, within 10⁻⁹ of the slope ${exact.toFixed(4)}.` };
    const bottom = Math.log10(hLadder(bestRung(slopeErrorCurve(L, exact, DIFFERENCE_THETA, 65), 'central')));
    return {
      passed: false,
      message:
        e > bottom
          ? `${said}. That h is above the bottom of the V (near e = ${minus(bottom)}), where truncation error is still too big.`
          : `${said}. That h is below the bottom of the V (near e = ${minus(bottom)}), where rounding error has taken over.`,
    };
  },
};

export function checkChallenge(id: ChallengeId, inputs: Inputs): Verdict {
  return checks[id](inputs);
}
