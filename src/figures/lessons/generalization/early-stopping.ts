/** The spec of figure "early-stopping", in a file of its own so that the figure's page loads no other figure's spec. */
import { defineFigure } from '../../spec.ts';
import { EARLY, LESSON, MAX_DEGREE, SAMPLE_SEED } from './shared.ts';

export const earlyStopping = defineFigure({
  id: 'early-stopping',
  lesson: LESSON,
  title: 'Early stopping: descent watched on the validation loss',
  caption:
    'Plain gradient descent fits a polynomial to the 12 training points, starting from all coefficients zero. Left (or top, on a narrow screen): the curve at the current step. Right (or bottom): its training loss and its validation loss at every step, on a log scale. With “stop early” ticked, the run stops once the validation loss has gone patience steps without a new low, and keeps the best step (marked). With it unticked, as it is when the figure opens, the run goes on to its last step, and a dashed line marks the step where the rule would have stopped it, if it would have stopped within the run.',
  table: {
    degree: { kind: 'int', default: EARLY.degree, min: 1, max: MAX_DEGREE, label: 'degree D' },
    eta: { kind: 'number', default: EARLY.eta, min: 0.01, max: 2, step: 0.01, log: true, label: 'learning rate η' },
    patience: { kind: 'int', default: EARLY.patience, min: 1, max: EARLY.budget, label: 'patience (steps)' },
    stop: { kind: 'bool', default: false, label: 'stop early' },
    seed: { kind: 'int', default: SAMPLE_SEED, min: 1, max: 99, label: 'sample (seed)' },
    step: { kind: 'int', default: 0, min: 0, max: EARLY.budget, label: 'step' },
  },
});
