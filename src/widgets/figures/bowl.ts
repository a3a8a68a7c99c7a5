/** The square contour plot of x² + 3y² − xy that lesson 4's figures share: frame, scales and the map's sampling. */
import { frame, xScaleOf, yScaleOf } from '../core/frame.ts';

/** A square plot area (336 × 336), so right angles on the map look right. */
export const BOWL_FRAME = frame(392, 380, 44, 12, 12, 32);
export const BOWL_XS = [-3, 3] as const;
export const BOWL_YS = [-3, 3] as const;
/** Samples along each axis of the contour map (drawn on the server). */
export const BOWL_N = 41;
export const bowlX = xScaleOf(BOWL_FRAME, BOWL_XS);
export const bowlY = yScaleOf(BOWL_FRAME, BOWL_YS);
