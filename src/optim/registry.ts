/** The registry of plain objectives: ids for URLs, controls and tests. Kept apart from the
 * objectives themselves so a figure that needs one objective does not load them all. */
import { quadraticXY, revenue, twoWells } from './objectives.ts';
import { himmelblau, illConditionedBowl, rosenbrock, saddle } from './surfaces.ts';

/** Every plain objective by id (the bowl with κ = 10). */
export const OBJECTIVES = {
  revenue,
  'two-wells': twoWells,
  quadratic: quadraticXY,
  rosenbrock,
  bowl: illConditionedBowl(10),
  saddle,
  himmelblau,
} as const;

/** The id of a registered plain objective. */
export type ObjectiveId = keyof typeof OBJECTIVES;

/** The registry's ids, in display order. */
export const objectiveIds = Object.keys(OBJECTIVES) as readonly ObjectiveId[];
