/** The spec of figure "per-example-loss", in a file of its own so that the figure's page loads no other figure's spec. */
import { defineFigure } from '../../spec.ts';
import { LESSON } from './shared.ts';

export const perExampleLoss = defineFigure({
  id: 'per-example-loss',
  lesson: LESSON,
  title: 'The loss is an average over examples',
  caption:
    'First panel: the points and the line. Second: one bar per point, its own loss ℓᵢ = ½(ŷᵢ − yᵢ)², in the order of x. The dashed line is the mean of the bars, which is the mean squared error. Pick a point to see its share.',
  table: {
    m: { kind: 'number', default: 0.5, min: -1, max: 3, step: 0.01, label: 'slope m' },
    b: { kind: 'number', default: 1.5, min: -1, max: 3, step: 0.01, label: 'intercept b' },
    pick: { kind: 'int', default: 0, min: 0, max: 12, label: 'highlighted point' },
  },
});
