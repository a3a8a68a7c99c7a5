/** Lesson 1's figures: their ids, captions and linkable state. */
export * from './what-is-learning/shared.ts';
import { modelFamily } from './what-is-learning/model-family.ts';
import { fitByHand } from './what-is-learning/fit-by-hand.ts';
import { firstDescent } from './what-is-learning/first-descent.ts';

export { modelFamily, fitByHand, firstDescent };
