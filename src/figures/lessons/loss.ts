/** Lesson 2's figures: how a miss is scored, the mean over examples, the landscape, cross-entropy. */
import { defineFigure } from '../spec.ts';

export const LESSON = 'loss';

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

export const perExampleLoss = defineFigure({
  id: 'per-example-loss',
  lesson: LESSON,
  title: 'The loss is an average over examples',
  caption:
    'First panel: the points and the line. Second: one bar per point, its own loss ½(ŷᵢ − yᵢ)², in the order of x. The dashed line is the mean of the bars, which is the mean squared error. Pick a point to see its share.',
  table: {
    m: { kind: 'number', default: 0.5, min: -1, max: 3, step: 0.01, label: 'slope m' },
    b: { kind: 'number', default: 1.5, min: -1, max: 3, step: 0.01, label: 'intercept b' },
    pick: { kind: 'int', default: 0, min: 0, max: 12, label: 'highlighted point' },
  },
});

export const lossLandscape = defineFigure({
  id: 'loss-landscape',
  lesson: LESSON,
  title: 'The loss landscape of a line',
  caption:
    'Every line ŷ = m·x + b is one point on the landscape: its slope across, its intercept up, and its mean squared error as the colour (the stronger the blue, the lower the error). Drag the line’s handles in the data view, or click or drag on the landscape: the two views move together. The cross marks the best line.',
  table: {
    m: { kind: 'number', default: 0, min: -1, max: 3.2, step: 0.01, label: 'slope m' },
    b: { kind: 'number', default: 0.5, min: -1.4, max: 3, step: 0.01, label: 'intercept b' },
  },
});

export const crossEntropyFigure = defineFigure({
  id: 'cross-entropy',
  lesson: LESSON,
  title: 'Cross-entropy: the price of confidence',
  caption:
    'A classifier says how likely it thinks “dog” is. Its loss is −ln p, where p is the probability it gave the true class. The solid curve is that penalty against p; the dashed one is the squared error (1 − p)² for comparison. Near p = 0, a confident wrong answer, cross-entropy shoots up while the squared error never passes 1.',
  table: {
    q: { kind: 'number', default: 0.7, min: 0.01, max: 0.99, step: 0.01, label: 'P(dog) the model says' },
    truth: { kind: 'enum', default: 'dog', values: ['dog', 'not-dog'], label: 'The picture really is' },
  },
});

export const FIGURES = [residualSquares, perExampleLoss, lossLandscape, crossEntropyFigure] as const;
