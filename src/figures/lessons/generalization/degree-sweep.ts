/** The spec of figure "degree-sweep", in a file of its own so that the figure's page loads no other figure's spec. */
import { defineFigure } from '../../spec.ts';
import { ALPHA_FLOOR, ALPHA_MAX, LESSON, MAX_DEGREE, SAMPLE_SEED } from './shared.ts';

export const degreeSweep = defineFigure({
  id: 'degree-sweep',
  lesson: LESSON,
  title: 'Polynomials of rising degree: training loss against test loss',
  caption:
    'Left (or top, on a narrow screen): the 12 training points (filled), the 200 test points (faint), the wave they were drawn from (dashed) and the polynomial of the chosen degree that fits the training points best. Right (or bottom): for every degree, the mean squared error on the training points and on the test points, on a log scale; the dotted line is the wave’s own test loss, the floor set by the noise. The penalty α charges α‖θ‖² for large coefficients.',
  table: {
    degree: { kind: 'int', default: 1, min: 0, max: MAX_DEGREE, label: 'degree D' },
    alpha: {
      kind: 'number',
      default: 0,
      min: 0,
      max: ALPHA_MAX,
      step: ALPHA_FLOOR,
      log: true,
      label: 'penalty α',
      zero: 'no penalty',
    },
    seed: { kind: 'int', default: SAMPLE_SEED, min: 1, max: 99, label: 'sample (seed)' },
    showValidation: { kind: 'bool', default: false, label: 'show the validation loss' },
  },
});
