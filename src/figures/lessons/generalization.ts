/** Lesson 8's figures: polynomials of rising degree, early stopping, the penalty's landscape, universal approximation. */
export * from './generalization/shared.ts';
import { degreeSweep } from './generalization/degree-sweep.ts';
import { earlyStopping } from './generalization/early-stopping.ts';
import { penaltyLandscape } from './generalization/penalty-landscape.ts';
import { universalApproximation } from './generalization/universal-approximation.ts';

export { degreeSweep, earlyStopping, penaltyLandscape, universalApproximation };
