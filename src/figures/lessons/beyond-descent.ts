/** Lesson 6's figures: momentum against plain descent, Adam's step sizes, a tiny network trained live. */
export * from './beyond-descent/shared.ts';
import { momentumBowl } from './beyond-descent/momentum-bowl.ts';
import { adamSteps } from './beyond-descent/adam-steps.ts';
import { tinyNetwork } from './beyond-descent/tiny-network.ts';

export { momentumBowl, adamSteps, tinyNetwork };
