/** Lesson 1's figures: their ids, captions and linkable state. */
import { defineFigure } from '../spec.ts';

export const LESSON = 'what-is-learning';

export const modelFamily = defineFigure({
  id: 'model-family',
  lesson: LESSON,
  title: 'One structure, many functions',
  caption:
    'A model family fixes the shape of the rule; its parameters pick one member. Move the sliders: the structure never changes, only the curve it draws. The faint curves are other members of the same family.',
  table: {
    family: { kind: 'enum', default: 'line', values: ['line', 'parabola', 'wave'], label: 'Family' },
    a: { kind: 'number', default: 1, min: -3, max: 3, step: 0.1, label: 'a' },
    b: { kind: 'number', default: 0.5, min: -3, max: 3, step: 0.1, label: 'b' },
    c: { kind: 'number', default: 0, min: -3, max: 3, step: 0.1, label: 'c' },
  },
});

export const fitByHand = defineFigure({
  id: 'fit-by-hand',
  lesson: LESSON,
  title: 'Fit a line by hand',
  caption:
    'Twelve noisy points and the line ŷ = m·x + b. Each orange segment is a residual: how far the line misses a point. The mean squared error averages their squares (with this book’s ½); the target is to get within 10 % of the best line’s error.',
  table: {
    m: { kind: 'number', default: 0, min: -3, max: 5, step: 0.01, label: 'slope m' },
    b: { kind: 'number', default: 0.5, min: -2, max: 4, step: 0.01, label: 'intercept b' },
    seed: { kind: 'int', default: 7, min: 1, max: 9999, label: 'data seed' },
  },
});

export const firstDescent = defineFigure({
  id: 'first-descent',
  lesson: LESSON,
  title: 'A first walk downhill',
  caption:
    'f(x) = x⁴ − x³ − x² + e^(−x²) has two valleys. Drag the orange start (or focus it and use the arrow keys), then step: each step moves x against the slope f′(x), by η times it. Which valley you end in depends on where you start.',
  table: {
    x0: { kind: 'number', default: -1.2, min: -1.4, max: 1.9, step: 0.01, label: 'start x₀' },
    eta: { kind: 'number', default: 0.05, min: 0.001, max: 1, step: 0.001, log: true, label: 'learning rate η' },
    step: { kind: 'int', default: 0, min: 0, max: 200, label: 'step' },
  },
});

export const FIGURES = [modelFamily, fitByHand, firstDescent] as const;
