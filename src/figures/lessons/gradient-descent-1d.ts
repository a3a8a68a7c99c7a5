/** Lesson 3's figures: sign steps vs slope-sized steps, the learning rate, stopping, starting points. */
import { defineFigure } from '../spec.ts';

export const LESSON = 'gradient-descent-1d';

export const signVsGradient = defineFigure({
  id: 'sign-vs-gradient',
  lesson: LESSON,
  title: 'Fixed steps or steps sized by the slope',
  caption:
    'Climbing the revenue R(p) = p(100 − 2p) from the same price. Squares take a fixed step h in the direction the slope points; orange dots take a step η·R′(p), long where the curve is steep and short near the top. The second panel plots the price at each step: fixed steps overshoot the peak at p = 25 and bounce; sized steps settle.',
  table: {
    p0: { kind: 'number', default: 5, min: 0, max: 50, step: 0.5, label: 'start price p₀' },
    h: { kind: 'number', default: 3, min: 0.5, max: 12, step: 0.5, label: 'fixed step h' },
    eta: { kind: 'number', default: 0.1, min: 0.01, max: 0.6, step: 0.01, label: 'learning rate η' },
    step: { kind: 'int', default: 0, min: 0, max: 30, label: 'step' },
  },
});

export const learningRateLab = defineFigure({
  id: 'learning-rate-lab',
  lesson: LESSON,
  title: 'The learning-rate lab',
  caption:
    'Gradient descent on f(x) = x², where each step multiplies x by 1 − 2η. First panel: the walk on the curve; second: the loss at every step. Try the four presets: too small creeps, a good rate glides in, too large zig-zags across the bottom, and past η = 1 every step lands higher than the last.',
  table: {
    eta: { kind: 'number', default: 0.1, min: 0.001, max: 1.2, step: 0.001, log: true, label: 'learning rate η' },
    x0: { kind: 'number', default: 2.5, min: -3, max: 3, step: 0.01, label: 'start x₀' },
    step: { kind: 'int', default: 0, min: 0, max: 100, label: 'step' },
  },
});

export const stoppingRules = defineFigure({
  id: 'stopping-rules',
  lesson: LESSON,
  title: 'When to stop',
  caption:
    'One walk down f(x) = x² from x₀ = 2, and two ways to end it: after a fixed budget of steps (square, dashed line), or once a step changes f by less than a tolerance (orange ring, solid line). The plot shows the loss at every step and where each rule would stop. With a tiny learning rate the tolerance rule stops almost at once, far from the bottom.',
  table: {
    eta: { kind: 'number', default: 0.1, min: 0.00001, max: 1, step: 0.00001, log: true, label: 'learning rate η' },
    budget: { kind: 'int', default: 20, min: 1, max: 200, label: 'step budget' },
    tol: { kind: 'number', default: 0.001, min: 0.000001, max: 0.1, step: 0.000001, log: true, label: 'tolerance on |Δf|' },
    step: { kind: 'int', default: 0, min: 0, max: 300, label: 'step' },
  },
});

export const basins = defineFigure({
  id: 'basins',
  lesson: LESSON,
  title: 'Where you start decides where you end',
  caption:
    'f(x) = x⁴ − x³ − x² + e^(−x²). Drag the start and watch which valley the walk reaches. Turn on multi-start to run from many starts at once: each start is coloured by the minimum it reaches (blue the shallower left one, amber the deeper right one), and the strip under the axis colours every start on the line, with the chosen starts as rings on it.',
  table: {
    x0: { kind: 'number', default: -1, min: -1.4, max: 1.9, step: 0.01, label: 'start x₀' },
    eta: { kind: 'number', default: 0.05, min: 0.001, max: 0.3, step: 0.001, log: true, label: 'learning rate η' },
    multi: { kind: 'bool', default: false, label: 'multi-start' },
    count: { kind: 'int', default: 12, min: 3, max: 30, label: 'number of starts' },
    step: { kind: 'int', default: 0, min: 0, max: 200, label: 'step' },
  },
});

export const FIGURES = [signVsGradient, learningRateLab, stoppingRules, basins] as const;
