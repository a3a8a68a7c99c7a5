/** What the figures of lesson "loss" share: the lesson's id and the constants their specs and widgets use. */
export const LESSON = 'loss';
