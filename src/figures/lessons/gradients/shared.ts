/** What the figures of lesson "gradients" share: the lesson's id and the constants their specs and widgets use. */
export const LESSON = 'gradients';

/**
 * When the walks of this lesson's figures count as settled: a step that changes L by less than this.
 * The lesson states it, and its claims test runs every quoted walk with it.
 */
export const SETTLED_F = 1e-12;

/** The start both tilted-bowl walks share (figures 4.4 and 4.5 begin at the same point). */
export const BOWL_START = {
  x0: { kind: 'number', default: -2.5, min: -3, max: 3, step: 0.05, label: 'start θ₁' },
  y0: { kind: 'number', default: 2, min: -3, max: 3, step: 0.05, label: 'start θ₂' },
} as const;
