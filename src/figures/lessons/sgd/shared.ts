/**
 * What the figures of lesson "sgd" share with each other, with the lesson's quiz challenges and with
 * their tests: the lesson's id and the settings they all read (one place, so they cannot drift).
 */
export const LESSON = 'sgd';

/** The line-fit landscape's plot window (slope m, intercept b) and its samples a side. */
export const SGD_MS = [-1, 3.5] as const;
export const SGD_BS = [-1.5, 3.5] as const;
export const SGD_N = 41;
/** Where every walk of lesson 5 starts unless the reader moves it. */
export const SGD_START = [-0.5, 3] as const;
/** The batch sizes the trade-off figure compares, and how many epochs it runs. */
export const TRADEOFF_BATCHES = [1, 4, 16, 48] as const;
export const TRADEOFF_EPOCHS = 30;

/** The noisy-descent figure's fixed settings: its learning rate, noise half-life, run length and seed count. */
export const NOISE_ETA = 0.05;
export const NOISE_HALF_LIFE = 40;
export const NOISE_STEPS = 400;
export const NOISE_SEEDS = 50;
/** Where the noisy walk starts by default: in the shallower valley. */
export const NOISE_START = -0.9;
