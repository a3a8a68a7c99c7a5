/**
 * Challenges: quiz items the reader answers by choosing numbers for a figure, graded by
 * running the optimizer module. Each check is pure: inputs in, verdict out.
 */
import { gradientDescent, run, twoWells, TWO_WELLS_MINIMA, type RunResult } from '../optim/index.ts';
import { PENALTIES, parabola, parabolaStepFactor, penaltyTotals } from '../optim/index.ts';
import { illConditionedBowl, momentum } from '../optim/index.ts';
import { fitReport, waveSplits } from '../optim/index.ts';
import {
  quadraticXY,
  seedSweep,
  QUADRATIC_HESSIAN_EIGENVALUES,
  QUADRATIC_PRINCIPAL_DIRECTIONS,
} from '../optim/index.ts';
import { bestRung, hLadder, slopeError, slopeErrorCurve } from '../optim/index.ts';
import { minus, sci } from './numbers.ts';
import { formatNumber as show } from './number.ts';
import type { ChallengeId } from './ids.ts';
import { BOWL_START, MOMENTUM_KAPPA } from '../figures/lessons/beyond-descent/shared.ts';
import { NOISE_ETA, NOISE_HALF_LIFE, NOISE_SEEDS, NOISE_START, NOISE_STEPS } from '../figures/lessons/sgd/shared.ts';
import { valleyOf } from '../figures/lessons/sgd/valley.ts';

// The ids and the input keys each check reads are listed in ids.ts (the content schema reads them).
export { CHALLENGE_IDS, type ChallengeId } from './ids.ts';

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

/** The noisy-descent figure of lesson 5, as its spec and widget run it (src/figures/lessons/sgd/shared.ts). */
export const NOISE_RUN = {
  learningRate: NOISE_ETA,
  halfLife: NOISE_HALF_LIFE,
  steps: NOISE_STEPS,
  start: NOISE_START,
} as const;
export { NOISE_SEEDS };
const NOISE_MAX = 12;
const ESCAPE_TARGET = 10;

/** How many of seeds 1…50 end within 0.05 of the deeper minimum at starting noise γ₀. */
function deepEscapes(noise: number): number {
  const ends = seedSweep(
    twoWells,
    { learningRate: NOISE_RUN.learningRate, noise, halfLife: NOISE_RUN.halfLife },
    [NOISE_RUN.start],
    NOISE_SEEDS,
    { maxSteps: NOISE_RUN.steps },
  );
  let count = 0;
  for (const x of ends) if (valleyOf(x) === 'deeper') count++;
  return count;
}

/** The bowl and start of lesson 6's momentum challenge (the momentum-bowl figure's defaults). */
export { MOMENTUM_KAPPA };
export const MOMENTUM_START = BOWL_START;

/** Which coordinate (1 or 2) of a 2-D run changed sign in its last 10 steps, or 0 if none did. */
function lateCrossings(positions: Float64Array, steps: number): 0 | 1 | 2 {
  for (const i of [1, 0] as const)
    for (let k = Math.max(1, steps - 9); k <= steps; k++)
      if (positions[2 * k + i]! * positions[2 * (k - 1) + i]! < 0) return i === 1 ? 2 : 1;
  return 0;
}

/** The penalty challenge of lesson 8: the sample, the degree, and the validation loss to get below. */
export const RIDGE_CHALLENGE = { seed: 4, degree: 11, below: 0.07 } as const;

/** A loss for a message: three significant digits, whole numbers once it is large. */
function loss(v: number): string {
  return v >= 1000 ? Math.round(v).toLocaleString('en-US') : v.toPrecision(3);
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

const checks: Record<ChallengeId, (inputs: Inputs) => Verdict> = {
  /** Lesson 6: momentum to the bottom of the κ = 25 bowl from (−2.5, 1) in at most 30 steps (plain descent's best is about 100). */
  'momentum-fast-bowl'(inputs) {
    const eta = num(inputs, 'eta');
    const beta = num(inputs, 'beta');
    if (!(eta > 0 && eta <= 0.2)) return { passed: false, message: 'Choose a learning rate η between 0 and 0.2.' };
    if (!(beta >= 0 && beta <= 0.99)) return { passed: false, message: 'Choose a momentum β from 0 to 0.99.' };
    const r = run(illConditionedBowl(MOMENTUM_KAPPA), momentum({ learningRate: eta, beta }), MOMENTUM_START, {
      maxSteps: 300,
      toleranceGrad: 1e-3,
    });
    const limit = (2 * (1 + beta)) / MOMENTUM_KAPPA;
    const settings = `With η = ${eta} and β = ${beta}`;
    if (r.stop.reason === 'diverged')
      return {
        passed: false,
        message: `${settings} momentum diverged after ${r.steps} steps: its swings across θ₂ grew every step, because η is above its limit 2(1 + β)/25 = ${limit.toFixed(3)}.`,
      };
    if (r.stop.reason === 'tolerance-grad' && r.steps <= 30)
      return {
        passed: true,
        message: `Yes: with η = ${eta} and β = ${beta} momentum brings the slope below 0.001 in ${r.steps} steps. Plain descent needs about 100, whatever its learning rate.`,
      };
    // What the end of the run looked like: still swinging across the floor, or creeping along it.
    const swings = lateCrossings(r.positions, r.steps);
    const how = swings
      ? `it was still swinging across the valley (θ${swings === 1 ? '₁' : '₂'} changed sign in its last 10 steps)`
      : 'its last steps crept along the floor without swinging';
    const hint = swings
      ? beta > 0
        ? ' Less momentum damps the swings.'
        : ''
      : eta <= 0.08
        ? ' Momentum survives learning rates beyond plain descent’s limit of 0.08.'
        : beta < 0.99
          ? ' More momentum builds up more speed along the floor.'
          : '';
    return {
      passed: false,
      message:
        r.stop.reason === 'tolerance-grad'
          ? `${settings} momentum brings the slope below 0.001 in ${r.steps} steps, not 30 or fewer: ${how}.${hint}`
          : `${settings} momentum has not brought the slope below 0.001 after ${r.steps} steps: ${how}.${hint}`,
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
    // A share that rounds to its threshold without reaching it reads "just under", never as the threshold itself.
    const pct = (v: number, edge: number) => {
      const shown = `${(100 * v).toFixed(1)} %`;
      return v < edge && shown === `${(100 * edge).toFixed(1)} %` ? `just under ${100 * edge} %` : shown;
    };
    const said = `With r = ${r} the big miss owns ${pct(shareAbs, 0.5)} of the absolute error and ${pct(shareFourth, 0.9)} of the fourth-power error.`;
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
  /** Lesson 5: the smallest starting noise γ₀ (on the figure's 0.5 grid) for which at least 10 of the 50 seeds end in the deeper valley. */
  'noise-escape-threshold'(inputs) {
    const noise = num(inputs, 'noise');
    if (!(noise >= 0 && noise <= NOISE_MAX && Number.isInteger(2 * noise)))
      return { passed: false, message: `Choose a starting noise γ₀ from 0 to ${NOISE_MAX}, in steps of 0.5.` };
    const here = deepEscapes(noise);
    const below = noise > 0 ? deepEscapes(noise - 0.5) : 0;
    const counted = `At γ₀ = ${noise}, ${here} of the ${NOISE_SEEDS} seeds end in the deeper valley`;
    if (here < ESCAPE_TARGET)
      return {
        passed: false,
        message: `${counted}: fewer than ${ESCAPE_TARGET}.${noise < NOISE_MAX ? ' Escapes get likelier as the noise grows.' : ''}`,
      };
    if (below >= ESCAPE_TARGET)
      return {
        passed: false,
        message: `${counted}: enough, but at γ₀ = ${noise - 0.5} already ${below} do, so ${noise} is not the smallest.`,
      };
    return {
      passed: true,
      message: `Yes: ${counted.charAt(0).toLowerCase()}${counted.slice(1)}, and at γ₀ = ${noise - 0.5} only ${below} do.`,
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
  /** Lesson 8: a penalty α that brings the degree-11 fit to sample 4 below a validation loss of 0.07. */
  'ridge-validation'(inputs) {
    const alpha = num(inputs, 'alpha');
    if (!(alpha >= 0 && alpha <= 1)) return { passed: false, message: 'Choose a penalty α from 0 to 1.' };
    const splits = waveSplits(RIDGE_CHALLENGE.seed);
    const fit = fitReport(splits, RIDGE_CHALLENGE.degree, { alpha });
    const said = `With α = ${alpha} the degree-${RIDGE_CHALLENGE.degree} fit has a training loss of ${loss(fit.train)} and a validation loss of ${loss(fit.validation)}`;
    if (fit.validation < RIDGE_CHALLENGE.below)
      return {
        passed: true,
        message: `Yes. ${said}: the penalty has calmed the wiggles without squashing the fit. Its test loss is ${loss(fit.test)}.`,
      };
    // Which side of the valley of validation losses the reader is on: does a little more penalty help?
    const more = fitReport(splits, RIDGE_CHALLENGE.degree, { alpha: alpha * 1.2 + 1e-6 }).validation;
    return {
      passed: false,
      message:
        more < fit.validation
          ? `${said}, not below ${RIDGE_CHALLENGE.below}: the curve still bends to fit the training points' noise. A stronger penalty calms it.`
          : `${said}, not below ${RIDGE_CHALLENGE.below}: the penalty squashes the curve too flat to follow the wave, so it underfits. A weaker penalty lets it bend.`,
    };
  },
};

export function checkChallenge(id: ChallengeId, inputs: Inputs): Verdict {
  return checks[id](inputs);
}
