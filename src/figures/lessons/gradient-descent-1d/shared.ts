/** What the figures of lesson "gradient-descent-1d" share: the lesson's id and the constants their specs and widgets use. */
export const LESSON = 'gradient-descent-1d';
export { TWO_WELLS_VIEW } from '../what-is-learning/shared.ts';

/** The loss axis of the learning-rate lab starts at this multiple of L(θ₀), and grows to keep a diverging run in view. */
export const LAB_LOSS_HEADROOM = 1.25;
