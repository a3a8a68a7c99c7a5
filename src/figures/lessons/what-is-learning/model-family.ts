/** The spec of figure "model-family", in a file of its own so that the figure's page loads no other figure's spec. */
import { defineFigure } from '../../spec.ts';
import { LESSON } from './shared.ts';

export const modelFamily = defineFigure({
  id: 'model-family',
  lesson: LESSON,
  title: 'One structure, many functions',
  caption:
    'A model family fixes the shape of the rule; its parameters pick one member. Move the sliders: the structure never changes, only the curve it draws. The faint curves are other members of the same family.',
  table: {
    family: { kind: 'enum', default: 'line', values: ['line', 'parabola', 'wave'], label: 'Family' },
    // The letters of content/symbols.yaml: m, b a line's slope and intercept (b lifts every family),
    // a the weight of the curved part, w the wave's frequency ω.
    m: { kind: 'number', default: 1, min: -3, max: 3, step: 0.1, label: 'm' },
    b: { kind: 'number', default: 0.5, min: -3, max: 3, step: 0.1, label: 'b' },
    a: { kind: 'number', default: 1, min: -3, max: 3, step: 0.1, label: 'a' },
    w: { kind: 'number', default: 1, min: -3, max: 3, step: 0.1, label: 'ω' },
  },
});
