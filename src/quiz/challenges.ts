/**
 * Challenges: quiz items the reader answers by choosing numbers for a figure, graded by
 * running the optimizer module. Each check is pure: inputs in, verdict out.
 */
import { gradientDescent, run, twoWells, TWO_WELLS_MINIMA } from '../optim/index.ts';
import { illConditionedBowl, momentum } from '../optim/index.ts';

export const CHALLENGE_IDS = ['momentum-fast-bowl', 'two-wells-jump'] as const;
export type ChallengeId = (typeof CHALLENGE_IDS)[number];

export interface Verdict {
  readonly passed: boolean;
  /** What happened, in words, whichever way it went. */
  readonly message: string;
}

type Inputs = Readonly<Record<string, number>>;

function num(inputs: Inputs, key: string): number {
  const v = inputs[key];
  return typeof v === 'number' && Number.isFinite(v) ? v : NaN;
}

const checks: Record<ChallengeId, (inputs: Inputs) => Verdict> = {
  /** Momentum to the bottom of the κ = 25 bowl from (−2.5, 1) in at most 30 steps (plain descent's best is 101). */
  'momentum-fast-bowl'(inputs) {
    const eta = num(inputs, 'eta');
    const beta = num(inputs, 'beta');
    if (!(eta > 0 && eta <= 0.2)) return { passed: false, message: 'Choose a learning rate η between 0 and 0.2.' };
    if (!(beta >= 0 && beta < 1)) return { passed: false, message: 'Choose a momentum β from 0 up to (not including) 1.' };
    const r = run(illConditionedBowl(25), momentum({ learningRate: eta, beta }), [-2.5, 1], { maxSteps: 300, toleranceGrad: 1e-3 });
    if (r.stop.reason === 'diverged') return { passed: false, message: `With η = ${eta} and β = ${beta} momentum diverged after ${r.steps} steps: the steps are too long for the steep direction.` };
    if (r.stop.reason !== 'tolerance-grad') return { passed: false, message: `With η = ${eta} and β = ${beta} momentum is still swinging after ${r.steps} steps. Less momentum damps the swings.` };
    if (r.steps <= 30) return { passed: true, message: `Yes: momentum reaches the bottom in ${r.steps} steps with η = ${eta}, β = ${beta}. Plain descent needs at least 101, whatever its learning rate.` };
    return { passed: false, message: `Momentum got there in ${r.steps} steps: close, but the target is 30. Try a learning rate near the edge of plain descent's range and a moderate β.` };
  },
  /** From a start left of the hump at 0, reach the deeper minimum by gradient descent. */
  'two-wells-jump'(inputs) {
    const x0 = num(inputs, 'x0');
    const eta = num(inputs, 'eta');
    if (!(x0 < 0 && x0 >= -1.4)) return { passed: false, message: 'Choose a start x₀ between −1.4 and 0: left of the hump.' };
    if (!(eta > 0 && eta <= 1)) return { passed: false, message: 'Choose a learning rate η between 0 and 1.' };
    const r = run(twoWells, gradientDescent({ learningRate: eta }), [x0], { maxSteps: 200, toleranceF: 1e-10 });
    const end = r.positions[r.steps]!;
    if (r.stop.reason === 'diverged') return { passed: false, message: `With η = ${eta} the walk diverged after ${r.steps} steps: too big a step.` };
    const deeper = TWO_WELLS_MINIMA[1];
    if (Math.abs(end - deeper) < 1e-2) {
      return { passed: true, message: `Yes: from x₀ = ${x0} the first steps jump over the hump and the walk settles at x ≈ ${end.toFixed(4)}, the deeper minimum, after ${r.steps} steps.` };
    }
    return { passed: false, message: `From x₀ = ${x0} with η = ${eta} the walk ends at x ≈ ${end.toFixed(4)}, not the deeper minimum (x ≈ ${deeper.toFixed(4)}). A larger first step may carry it over the hump.` };
  },
};

export function checkChallenge(id: ChallengeId, inputs: Inputs): Verdict {
  return checks[id](inputs);
}
