/** Lesson 4's figures: partial derivatives, the gradient, steepest descent and descent in two dimensions. */
export * from './gradients/shared.ts';
import { partialSlices } from './gradients/partial-slices.ts';
import { gradientArrows } from './gradients/gradient-arrows.ts';
import { steepestDirection } from './gradients/steepest-direction.ts';
import { descent2d } from './gradients/descent-2d.ts';
import { simultaneousUpdates } from './gradients/simultaneous-updates.ts';
import { regressionDescent } from './gradients/regression-descent.ts';

export { partialSlices, gradientArrows, steepestDirection, descent2d, simultaneousUpdates, regressionDescent };
