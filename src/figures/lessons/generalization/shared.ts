/** What the figures of lesson "generalization" share: the lesson's id and their settings (data lives in data.ts). */
export const LESSON = 'generalization';

/** The sample the lesson opens on. */
export const SAMPLE_SEED = 1;

/** The highest degree figure 8.1 offers: 12 coefficients for the 12 training points (WAVE_SAMPLE's train size − 1). */
export const MAX_DEGREE = 11;

/** The largest penalty the polynomial figure offers, and the one the landscape figure offers. */
export const ALPHA_MAX = 1;
export const PENALTY_ALPHA_MAX = 10;
/** The smallest non-zero penalty the α sliders reach: their leftmost position is α = 0. */
export const ALPHA_FLOOR = 1e-6;

/** The early-stopping figure: the degree it trains, plain descent's learning rate, the budget, the patience. */
export const EARLY = { degree: 9, eta: 0.5, budget: 1000, patience: 100 } as const;

/** The universal-approximation figure: Adam's learning rate, the budget, and the exact points of the curve it can train on. */
export const APPROX = { eta: 0.05, budget: 3000, curvePoints: 40, curveSeed: 5, initSeed: 1 } as const;
