/** The spec of figure "penalty-landscape", in a file of its own so that the figure's page loads no other figure's spec. */
import { defineFigure } from '../../spec.ts';
import { ALPHA_FLOOR, LESSON, PENALTY_ALPHA_MAX } from './shared.ts';

export const penaltyLandscape = defineFigure({
  id: 'penalty-landscape',
  lesson: LESSON,
  title: 'The penalty adds a round bowl to the landscape',
  caption:
    'Right (or bottom): lesson 2’s landscape of a line through lesson 1’s twelve points, with the penalty α(m² + b²) added: the colour is L(m, b) + α‖θ‖², the darker the lower, with the same colours for the same heights at every α, so the penalty shows as the map lightening everywhere but near θ = 0. The cross is the bottom without the penalty, the small circle θ = 0, where the penalty is zero, the dot the bottom of the sum, and the thin curve the path that bottom takes as α grows. Left (or top, on a narrow screen): the data with the best line without the penalty (dashed) and with it (solid).',
  table: {
    alpha: {
      kind: 'number',
      default: 0,
      min: 0,
      max: PENALTY_ALPHA_MAX,
      step: ALPHA_FLOOR,
      log: true,
      label: 'penalty α',
      zero: 'no penalty',
    },
  },
});
