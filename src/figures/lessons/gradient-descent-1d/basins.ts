/** The spec of figure "basins", in a file of its own so that the figure's page loads no other figure's spec. */
import { defineFigure } from '../../spec.ts';
import { LESSON } from './shared.ts';

export const basins = defineFigure({
  id: 'basins',
  lesson: LESSON,
  title: 'Where you start decides where you end',
  caption:
    'L(θ) = θ⁴ − θ³ − θ² + e^(−θ²). Drag the start and watch which valley the walk reaches. Turn on multi-start to run from many starts at once: each start is coloured by the minimum it reaches (blue the shallower left one, amber the deeper right one), and the strip under the axis colours every start on the line, with the chosen starts as rings on it.',
  table: {
    x0: { kind: 'number', default: -1, min: -1.4, max: 1.9, step: 0.01, label: 'start θ₀' },
    eta: { kind: 'number', default: 0.05, min: 0.001, max: 0.3, step: 0.001, log: true, label: 'learning rate η' },
    multi: { kind: 'bool', default: false, label: 'multi-start' },
    count: { kind: 'int', default: 12, min: 3, max: 30, label: 'number of starts' },
    step: { kind: 'int', default: 0, min: 0, max: 200, label: 'step' },
  },
});
