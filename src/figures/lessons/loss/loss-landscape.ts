/** The spec of figure "loss-landscape", in a file of its own so that the figure's page loads no other figure's spec. */
import { defineFigure } from '../../spec.ts';
import { LESSON } from './shared.ts';

export const lossLandscape = defineFigure({
  id: 'loss-landscape',
  lesson: LESSON,
  title: 'The loss landscape of a line',
  caption:
    'Every line ŷ = m·x + b is one point on the landscape: its slope across, its intercept up, and its mean squared error as the colour (the darker, the lower the error; the legend gives each colour’s height). Drag the line’s handles in the data view, or click or drag on the landscape: the two views move together. The cross marks the best line.',
  table: {
    m: { kind: 'number', default: 0, min: -1, max: 3.2, step: 0.01, nudge: 0.02, label: 'slope m' },
    b: { kind: 'number', default: 0.5, min: -1.4, max: 3, step: 0.01, nudge: 0.02, label: 'intercept b' },
  },
});
