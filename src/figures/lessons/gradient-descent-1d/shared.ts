/** What the figures of lesson "gradient-descent-1d" share: the lesson's id and the constants their specs and widgets use. */
export const LESSON = 'gradient-descent-1d';
