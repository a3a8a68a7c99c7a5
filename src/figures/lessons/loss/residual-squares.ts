/** The spec of figure "residual-squares", in a file of its own so that the figure's page loads no other figure's spec. */
import { defineFigure } from '../../spec.ts';
import { LESSON } from './shared.ts';

export const residualSquares = defineFigure({
  id: 'residual-squares',
  lesson: LESSON,
  title: 'Small misses, big misses',
  caption:
    'The lesson 1 points and a line. Each shaded square has an area equal to one point’s penalty: |r|, r² or r⁴ of its residual r. The second panel plots the penalty against r, with every point’s residual on it and, dashed, the penalty’s slope at the worst miss. The readout shows how much of the total that miss owns.',
  table: {
    penalty: { kind: 'enum', default: 'square', values: ['abs', 'square', 'fourth'], label: 'Penalty' },
    m: { kind: 'number', default: 0.5, min: -1, max: 3, step: 0.01, label: 'slope m' },
    b: { kind: 'number', default: 1.5, min: -1, max: 3, step: 0.01, label: 'intercept b' },
  },
});
