/** What the figures of lesson "what-is-learning" share: the lesson's id and the constants their specs and widgets use. */
export const LESSON = 'what-is-learning';
