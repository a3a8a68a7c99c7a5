/** Lesson 3's figures: sign steps vs slope-sized steps, the learning rate, stopping, starting points. */
export * from './gradient-descent-1d/shared.ts';
import { signVsGradient } from './gradient-descent-1d/sign-vs-gradient.ts';
import { learningRateLab } from './gradient-descent-1d/learning-rate-lab.ts';
import { stoppingRules } from './gradient-descent-1d/stopping-rules.ts';
import { basins } from './gradient-descent-1d/basins.ts';

export { signVsGradient, learningRateLab, stoppingRules, basins };
