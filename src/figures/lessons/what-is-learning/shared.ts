/** What the figures of lesson "what-is-learning" share: the lesson's id and the constants their specs and widgets use. */
export const LESSON = 'what-is-learning';

/**
 * The loss range the two-well figures plot (first-descent here, basins in lesson 3): tall enough for
 * every start their sliders allow, L(−1.4) ≈ 4.77 the highest; a later point above it is drawn at the edge.
 */
export const TWO_WELLS_VIEW: readonly [number, number] = [-1.2, 5];
