/** Lesson 8's sample, drawn by the module's seeded generator (the network's data are in curve-data.ts). */
import { waveSplits, type Splits } from '../../../optim/index.ts';
import { SAMPLE_SEED } from './shared.ts';

/** The lesson's sample of the wave y = sin(3x) + x/2 (12 training, 12 validation, 200 test points, noise 0.3). */
export function lessonSplits(seed: number = SAMPLE_SEED): Splits {
  return waveSplits(seed);
}
