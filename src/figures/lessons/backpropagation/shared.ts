/** What lesson "backpropagation" and its figures share: the worked example the prose computes by hand. */
export const LESSON = 'backpropagation';

/** Where the prose measures the two-well curve's slope. */
export const SLOPE_THETA = 1;
/** Rungs of the h ladder h = 10^(−k/4) the slope figure steps through: h from 1 down to 10⁻¹⁶. */
export const SLOPE_RUNGS = 65;

/** The hidden units of the graph the prose and its figure work through. */
export const GRAPH_HIDDEN = 2;
/** The example: an orange point of lesson 6's XOR pattern. */
export const LESSON_EXAMPLE = { x1: 0.5, x2: -1, y: 1 } as const;
/** Round weights in tinyNet's layout [w11, w12, w21, w22, b1, b2, u1, u2, c]; the biases start at 0 as lesson 6's do. */
export const LESSON_WEIGHTS = [1, -0.5, 1, 1, 0, 0, -0.5, 1, 0] as const;
/** The learning rate of the step by hand (lesson 6's for plain descent). */
export const LESSON_ETA = 0.5;

/** The gradient check's offset in the prose, and the agreement below which a row passes. */
export const CHECK_H = 1e-5;
/** A gradient check's row agrees when its relative difference is below this (six digits or more). */
export const CHECK_AGREES = 1e-6;
