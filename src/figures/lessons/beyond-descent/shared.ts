/** What the figures of lesson "beyond-descent" share: the lesson's id and the constants their specs and widgets use. */
export const LESSON = 'beyond-descent';

/** Where the momentum and Adam figures start on the bowl, and the stop rule they share. */
export const BOWL_START = [-2.5, 1] as const;
/** The κ of the momentum figure's bowl by default (and of its quiz challenge). */
export const MOMENTUM_KAPPA = 25;
/** Converged when the gradient's length falls below this. */
export const CONVERGE_GRAD = 1e-3;

/** The κ of the bowl in the Adam figure. */
export const ADAM_BOWL_KAPPA = 25;
/** Where the Adam figure starts on Rosenbrock when the reader switches to it. */
export const ROSENBROCK_START = [-1.5, 2] as const;

export const NET_DATASETS = ['xor', 'circles', 'moons'] as const;
export const NET_OPTIMIZERS = ['gd', 'momentum', 'adam'] as const;
/** A learning rate that trains the network well with each optimizer (applied when the reader switches). */
export const NET_LEARNING_RATE: Record<(typeof NET_OPTIMIZERS)[number], number> = {
  gd: 0.5,
  momentum: 0.1,
  adam: 0.05,
};
/** Examples in each network data set, and the seed that draws them. */
export const NET_EXAMPLES = 160;
export const NET_DATA_SEED = 3;
