/** The spec of figure "gradient-check", in a file of its own so that the figure's page loads no other figure's spec. */
import { defineFigure } from '../../spec.ts';
import { BACKPROP_MISTAKES } from '../../../optim/backprop.ts';
import { LESSON } from './shared.ts';

export const gradientCheck = defineFigure({
  id: 'gradient-check',
  lesson: LESSON,
  title: 'A gradient check of lesson 6’s network, parameter by parameter',
  caption:
    'For each of the 17 parameters of lesson 6’s network on its 160 points, the relative difference between the gradient entry backpropagation computes and the one a central difference measures, on a scale of powers of ten. Rows left of the line agree to six digits or more. Plant a slip in the backward pass and see which rows it spoils; change h and watch truncation and rounding blur every row; step through lesson 6’s training to check the gradient at later weights.',
  table: {
    logh: { kind: 'number', default: -5, min: -14, max: -1, step: 0.5, label: 'offset h = 10^…' },
    mistake: { kind: 'enum', default: 'none', values: BACKPROP_MISTAKES, label: 'Backward pass' },
    seed: { kind: 'int', default: 1, min: 1, max: 9999, label: 'initial weights seed' },
    step: { kind: 'int', default: 0, min: 0, max: 400, label: 'training step' },
  },
});
