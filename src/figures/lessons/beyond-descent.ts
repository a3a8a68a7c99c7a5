/** Lesson 6's figures: momentum against plain descent, Adam's step sizes, a tiny network trained live. */
import { defineFigure } from '../spec.ts';
import { DATASETS } from '../../optim/datasets.ts';
import { tinyNet, type TinyNet } from '../../optim/tinyNet.ts';
import type { Dataset } from '../../optim/types.ts';

export const LESSON = 'beyond-descent';

/** Where the momentum and Adam figures start on the bowl, and the stop rule they share. */
export const BOWL_START = [-2.5, 1] as const;
/** Converged when the gradient's length falls below this. */
export const CONVERGE_GRAD = 1e-3;

export const momentumBowl = defineFigure({
  id: 'momentum-bowl',
  lesson: LESSON,
  title: 'Plain descent zig-zags; momentum glides',
  caption:
    'The same narrow bowl ½(x² + κy²), the same start, the same learning rate η. Left: plain gradient descent, which bounces across the steep y direction while it creeps along the shallow x direction. Right: momentum, which adds up its past gradients, so the bounces cancel and the creep builds speed. Drag either start point; β is how much of the past each step keeps.',
  table: {
    kappa: { kind: 'number', default: 25, min: 1, max: 60, step: 1, label: 'steepness ratio κ' },
    eta: { kind: 'number', default: 0.07, min: 0.001, max: 0.2, step: 0.001, log: true, label: 'learning rate η' },
    beta: { kind: 'number', default: 0.6, min: 0, max: 0.99, step: 0.01, label: 'momentum β' },
    x0: { kind: 'number', default: BOWL_START[0], min: -3, max: 3, step: 0.01, label: 'start x' },
    y0: { kind: 'number', default: BOWL_START[1], min: -3, max: 3, step: 0.01, label: 'start y' },
    step: { kind: 'int', default: 0, min: 0, max: 300, label: 'step' },
  },
});

export const adamSteps = defineFigure({
  id: 'adam-steps',
  lesson: LESSON,
  title: 'Adam gives every parameter its own step size',
  caption:
    'Left: Adam’s path on the chosen surface. Right: the step size it used for each parameter, η / (√v̂ + ε), on a log scale, where v̂ is a running average of that parameter’s squared slope. Where a parameter’s slope is large its step shrinks, where it is small its step grows, so both coordinates make progress at a similar pace.',
  table: {
    surface: { kind: 'enum', default: 'bowl', values: ['bowl', 'rosenbrock'], label: 'Surface' },
    eta: { kind: 'number', default: 0.1, min: 0.001, max: 1, step: 0.001, log: true, label: 'learning rate η' },
    beta1: { kind: 'number', default: 0.9, min: 0, max: 0.99, step: 0.01, label: 'β₁ (momentum)' },
    beta2: { kind: 'number', default: 0.999, min: 0.5, max: 0.9999, step: 0.0001, label: 'β₂ (slope memory)' },
    x0: { kind: 'number', default: BOWL_START[0], min: -3, max: 3, step: 0.01, label: 'start x' },
    y0: { kind: 'number', default: BOWL_START[1], min: -3, max: 3, step: 0.01, label: 'start y' },
    step: { kind: 'int', default: 0, min: 0, max: 2000, label: 'step' },
  },
});

/** The κ of the bowl in the Adam figure. */
export const ADAM_BOWL_KAPPA = 25;
/** Where the Adam figure starts on Rosenbrock when the reader switches to it. */
export const ROSENBROCK_START = [-1.5, 2] as const;

export const NET_DATASETS = ['xor', 'circles', 'moons'] as const;
export const NET_OPTIMIZERS = ['gd', 'momentum', 'adam'] as const;
/** A learning rate that trains the network well with each optimizer (applied when the reader switches). */
export const NET_LEARNING_RATE: Record<(typeof NET_OPTIMIZERS)[number], number> = { gd: 0.5, momentum: 0.1, adam: 0.05 };
/** Examples in each network data set, and the seed that draws them. */
export const NET_EXAMPLES = 160;
export const NET_DATA_SEED = 3;

export const tinyNetwork = defineFigure({
  id: 'tiny-network',
  lesson: LESSON,
  title: 'A tiny neural network, trained in the page',
  caption:
    'Two inputs, a layer of tanh hidden units, one sigmoid output: the shaded regions are where the network answers “orange” (above one half) or “blue”, the line is where it cannot decide. Press Train and watch descent reshape the regions while the loss falls. The same seed and settings always give the same network at the same step.',
  table: {
    data: { kind: 'enum', default: 'xor', values: NET_DATASETS, label: 'Data set' },
    hidden: { kind: 'int', default: 4, min: 1, max: 8, label: 'hidden units' },
    opt: { kind: 'enum', default: 'gd', values: NET_OPTIMIZERS, label: 'Optimizer' },
    eta: { kind: 'number', default: 0.5, min: 0.001, max: 5, step: 0.001, log: true, label: 'learning rate η' },
    seed: { kind: 'int', default: 1, min: 1, max: 9999, label: 'initial weights seed' },
    step: { kind: 'int', default: 0, min: 0, max: 3000, label: 'step' },
  },
});

/** The network figure's data set by id (the same points in prose, figure and tests). */
export function netData(id: string): Dataset {
  const key = (NET_DATASETS as readonly string[]).includes(id) ? (id as (typeof NET_DATASETS)[number]) : 'xor';
  return DATASETS[key].generate({ n: NET_EXAMPLES, seed: NET_DATA_SEED });
}

/** The network's loss over a data set. */
export function netObjective(id: string, hidden: number): TinyNet {
  return tinyNet(netData(id), { hidden });
}

export const FIGURES = [momentumBowl, adamSteps, tinyNetwork] as const;
