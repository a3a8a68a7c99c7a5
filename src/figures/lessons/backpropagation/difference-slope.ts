/** The spec of figure "difference-slope", in a file of its own so that the figure's page loads no other figure's spec. */
import { defineFigure } from '../../spec.ts';
import { LESSON, SLOPE_RUNGS, SLOPE_THETA } from './shared.ts';

export const differenceSlope = defineFigure({
  id: 'difference-slope',
  lesson: LESSON,
  title: 'A slope measured from two points, and its error against h',
  caption:
    'Left (or top, on a narrow screen): the two-well curve L(θ) = θ⁴ − θ³ − θ² + e^(−θ²), the secant through two points h apart (solid) and the tangent at θ (dashed). Play shrinks h tenfold every four steps, and the secant turns into the tangent. Right (or bottom): how far each estimate lands from the exact slope, against h, both on scales of powers of ten: truncation error falls to the right of the V’s bottom, rounding error rises to its left. Drag θ (or focus it and use the arrow keys).',
  table: {
    theta: { kind: 'number', default: SLOPE_THETA, min: -1.5, max: 2, step: 0.01, label: 'point θ' },
    kind: { kind: 'enum', default: 'central', values: ['central', 'forward'], label: 'Difference' },
    step: { kind: 'int', default: 0, min: 0, max: SLOPE_RUNGS - 1, label: 'step (h = 10^(−step/4))' },
  },
});
