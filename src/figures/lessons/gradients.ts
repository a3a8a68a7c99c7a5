/** Lesson 4's figures: partial derivatives, the gradient, steepest descent and descent in two dimensions. */
import { defineFigure } from '../spec.ts';

export const LESSON = 'gradients';

export const partialSlices = defineFigure({
  id: 'partial-slices',
  lesson: LESSON,
  title: 'Partial derivatives are slopes of slices',
  caption:
    'Left: the contour map of f(x, y) = x² + 3y² − xy, whose lowest point is the origin. Drag the point. The orange line holds y fixed and the blue line holds x fixed; the two plots beside it show f along each line, a curve in one variable, with its tangent. The tangents’ slopes are the partial derivatives ∂f/∂x and ∂f/∂y.',
  table: {
    x: { kind: 'number', default: 1.5, min: -3, max: 3, step: 0.05, label: 'x' },
    y: { kind: 'number', default: 1, min: -3, max: 3, step: 0.05, label: 'y' },
  },
});

export const gradientArrows = defineFigure({
  id: 'gradient-arrows',
  lesson: LESSON,
  title: 'The gradient as a field of arrows',
  caption:
    'At every point of the map, an arrow shows the gradient ∇f = (2x − y, 6y − x) of f(x, y) = x² + 3y² − xy, its length scaled down to fit. Each arrow crosses the contour lines at a right angle and points uphill. Drag the probe to read the gradient anywhere; flip the arrows to see −∇f, the way down.',
  table: {
    x: { kind: 'number', default: -2, min: -3, max: 3, step: 0.05, label: 'x' },
    y: { kind: 'number', default: 1.5, min: -3, max: 3, step: 0.05, label: 'y' },
    flip: { kind: 'bool', default: false, label: 'Show −∇f (downhill)' },
  },
});

export const steepestDirection = defineFigure({
  id: 'steepest-direction',
  lesson: LESSON,
  title: 'Which way is steepest?',
  caption:
    'Turn the dial (or drag the orange knob): the bold arrow is a unit direction u at the point (x, y). The right plot shows the rate of change of f along u, ∇f · u, for every angle: a wave whose lowest point, −‖∇f‖, sits exactly opposite the gradient. No direction goes down faster.',
  table: {
    x: { kind: 'number', default: 2, min: -3, max: 3, step: 0.05, label: 'x' },
    y: { kind: 'number', default: 1, min: -3, max: 3, step: 0.05, label: 'y' },
    angle: { kind: 'int', default: 90, min: 0, max: 359, label: 'direction φ (degrees)' },
  },
});

/** The start both tilted-bowl walks share (figures 4.4 and 4.5 begin at the same point). */
const BOWL_START = {
  x0: { kind: 'number', default: -2.5, min: -3, max: 3, step: 0.05, label: 'start x₀' },
  y0: { kind: 'number', default: 2, min: -3, max: 3, step: 0.05, label: 'start y₀' },
} as const;

export const descent2d = defineFigure({
  id: 'descent-2d',
  lesson: LESSON,
  title: 'Gradient descent on a tilted bowl',
  caption:
    'Gradient descent on f(x, y) = x² + 3y² − xy. Drag the orange start (or focus it and use the arrow keys), choose η, then play. The bowl is steeper across y than along x, so the path bends. Above η = 2 / (4 + √5) ≈ 0.3207 the steps overshoot further each time and the walk flies off.',
  table: {
    ...BOWL_START,
    eta: { kind: 'number', default: 0.1, min: 0.01, max: 0.4, step: 0.001, log: true, label: 'learning rate η' },
    step: { kind: 'int', default: 0, min: 0, max: 200, label: 'step' },
  },
});

export const simultaneousUpdates = defineFigure({
  id: 'simultaneous-updates',
  lesson: LESSON,
  title: 'Both coordinates at once, or one at a time',
  caption:
    'The same start and η on f(x, y) = x² + 3y² − xy. Left: gradient descent reads both partial derivatives at the same point, then moves x and y together. Right: x moves first, then ∂f/∂y is read at the new point and y moves: a staircase. One round is one update of each coordinate.',
  table: {
    ...BOWL_START,
    eta: { kind: 'number', default: 0.15, min: 0.01, max: 0.4, step: 0.001, log: true, label: 'learning rate η' },
    step: { kind: 'int', default: 0, min: 0, max: 100, label: 'round' },
  },
});

export const regressionDescent = defineFigure({
  id: 'regression-descent',
  lesson: LESSON,
  title: 'Fitting a line is descending a landscape',
  caption:
    'Left: the mean squared error f(m, b) of the line ŷ = m·x + b on lesson 1’s twelve points, as a contour map over slope and intercept; the cross marks the least-squares line. Right: the line for the current (m, b). Drag the start, play, and watch one point walk downhill while the line swings into place.',
  table: {
    m0: { kind: 'number', default: -0.5, min: -1, max: 3.5, step: 0.05, label: 'start slope m₀' },
    b0: { kind: 'number', default: 3, min: -1.5, max: 3.5, step: 0.05, label: 'start intercept b₀' },
    eta: { kind: 'number', default: 0.3, min: 0.01, max: 0.7, step: 0.001, log: true, label: 'learning rate η' },
    step: { kind: 'int', default: 0, min: 0, max: 300, label: 'step' },
  },
});

export const FIGURES = [partialSlices, gradientArrows, steepestDirection, descent2d, simultaneousUpdates, regressionDescent] as const;
