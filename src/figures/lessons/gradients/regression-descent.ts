/** The spec of figure "regression-descent", in a file of its own so that the figure's page loads no other figure's spec. */
import { defineFigure } from '../../spec.ts';
import { LESSON } from './shared.ts';

export const regressionDescent = defineFigure({
  id: 'regression-descent',
  lesson: LESSON,
  title: 'Fitting a line is descending a landscape',
  caption:
    'Left (or top, on a narrow screen): the mean squared error L(m, b) of the line ŷ = m·x + b on lesson 1’s twelve points, as a contour map over slope and intercept; the cross marks the least-squares line. Right (or bottom): the line for the current (m, b). Drag the start, play, and watch one point walk downhill while the line swings into place.',
  table: {
    m0: { kind: 'number', default: -0.5, min: -1, max: 3.5, step: 0.05, label: 'start slope m₀' },
    b0: { kind: 'number', default: 3, min: -1.5, max: 3.5, step: 0.05, label: 'start intercept b₀' },
    eta: { kind: 'number', default: 0.3, min: 0.01, max: 0.7, step: 0.001, log: true, label: 'learning rate η' },
    step: { kind: 'int', default: 0, min: 0, max: 300, label: 'step' },
  },
});
