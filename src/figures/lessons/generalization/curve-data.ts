/**
 * The data figure 8.4's network trains on: the exact points of the wave, or the lesson's sample. Apart
 * from data.ts, so that the other figures' pages do not load the network with the sample.
 */
import { WAVE, curveNet, noisyCurve, type Dataset } from '../../../optim/index.ts';
import { lessonSplits } from './data.ts';
import { APPROX } from './shared.ts';

/** The points of the wave itself, without noise, that the network can be trained on. */
export function curvePoints(): Dataset {
  return noisyCurve(WAVE, { n: APPROX.curvePoints, noise: 0, seed: APPROX.curveSeed });
}

/** The network's loss on the chosen data: the exact curve, or the lesson's 12 noisy training points. */
export function approxObjective(data: 'curve' | 'sample', hidden: number) {
  return curveNet(data === 'curve' ? curvePoints() : lessonSplits().train, hidden);
}
