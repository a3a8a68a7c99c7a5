/** What the figures of lesson "sgd" share: the lesson's id and the constants their specs and widgets use. */
export const LESSON = 'sgd';
