/** The spec of figure "noise-escape", in a file of its own so that the figure's page loads no other figure's spec. */
import { defineFigure } from '../../spec.ts';
import { LESSON, NOISE_START } from './shared.ts';

export const noiseEscape = defineFigure({
  id: 'noise-escape',
  lesson: LESSON,
  title: 'Noise can shake a walk out of a shallow valley',
  caption:
    'L(θ) = θ⁴ − θ³ − θ² + e^(−θ²) with η = 0.05. Grey ring: plain gradient descent. Orange: the same walk with random noise added to each slope, its size γ starting at γ₀ and halving every 40 steps. Below: θ against the step. Change the seed to replay the noise differently; the readout counts how many of 50 seeds end in the deeper valley.',
  table: {
    x0: { kind: 'number', default: NOISE_START, min: -1.4, max: 1.9, step: 0.01, label: 'start θ₀' },
    noise: { kind: 'number', default: 6, min: 0, max: 12, step: 0.5, label: 'starting noise γ₀' },
    seed: { kind: 'int', default: 2, min: 1, max: 9999, label: 'noise seed' },
    step: { kind: 'int', default: 400, min: 0, max: 400, label: 'step' },
  },
});
