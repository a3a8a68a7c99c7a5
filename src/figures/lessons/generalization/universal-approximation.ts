/** The spec of figure "universal-approximation", in a file of its own so that the figure's page loads no other figure's spec. */
import { defineFigure } from '../../spec.ts';
import { APPROX, LESSON } from './shared.ts';

export const universalApproximation = defineFigure({
  id: 'universal-approximation',
  lesson: LESSON,
  title: 'Enough hidden units can follow any curve',
  caption:
    'Left (or top, on a narrow screen): the wave (dashed) and the network ŷ = Σ uⱼ tanh(wⱼx + bⱼ) + c with H hidden units. Right (or bottom): what each hidden unit adds, a soft step uⱼ tanh(wⱼx + bⱼ). Built by hand, the units are the stairs of a staircase: more units, smaller stairs, a closer fit. Trained, the same network is fitted by Adam to 40 exact points of the wave, or to the 12 noisy training points.',
  table: {
    mode: { kind: 'enum', default: 'built', values: ['built', 'trained'], label: 'Weights' },
    hidden: { kind: 'int', default: 8, min: 1, max: 64, label: 'hidden units H' },
    sharpness: { kind: 'number', default: 4, min: 0.5, max: 20, step: 0.5, label: 'step sharpness' },
    data: { kind: 'enum', default: 'curve', values: ['curve', 'sample'], label: 'Trained on' },
    step: { kind: 'int', default: 0, min: 0, max: APPROX.budget, label: 'step' },
  },
});
