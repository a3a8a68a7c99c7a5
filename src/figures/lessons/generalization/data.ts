/** Lesson 8's data, drawn by the module's seeded generator: the sample and the exact points of the wave. */
import { WAVE, curveNet, noisyCurve, waveSplits, type Dataset, type Splits } from '../../../optim/index.ts';
import { APPROX, SAMPLE_SEED } from './shared.ts';

/** The lesson's sample of the wave y = sin(3x) + x/2 (12 training, 12 validation, 200 test points, noise 0.3). */
export function lessonSplits(seed: number = SAMPLE_SEED): Splits {
  return waveSplits(seed);
}

/** The points of the wave itself, without noise, that the network can be trained on. */
export function curvePoints(): Dataset {
  return noisyCurve(WAVE, { n: APPROX.curvePoints, noise: 0, seed: APPROX.curveSeed });
}

/** The network's loss on the chosen data: the exact curve, or the lesson's 12 noisy training points. */
export function approxObjective(data: 'curve' | 'sample', hidden: number) {
  return curveNet(data === 'curve' ? curvePoints() : lessonSplits().train, hidden);
}
