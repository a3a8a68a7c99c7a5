/** The optimizer module's public API: objectives, data, losses, optimizers, the runner. */
export type * from './types.ts';
export { createRng, type Rng } from './random.ts';
export { norm, distance, copyInto, isWithin, direction } from './vec.ts';
export {
  revenue,
  twoWells,
  TWO_WELLS_MINIMA,
  quadraticXY,
  QUADRATIC_LR_LIMIT,
  QUADRATIC_HESSIAN,
  QUADRATIC_HESSIAN_EIGENVALUES,
  QUADRATIC_PRINCIPAL_DIRECTIONS,
} from './objectives.ts';
export { OBJECTIVES, objectiveIds, type ObjectiveId } from './registry.ts';
export { rosenbrock, illConditionedBowl, bowlLevelEllipse, saddle, himmelblau } from './surfaces.ts';
export { noisyLine, type NoisyLineOptions } from './datasets.ts';
export { blobs, xor, circles, moons, DATASETS, type DatasetId, type ClassificationOptions } from './twoClass.ts';
export { dataObjective, type DataObjectiveParts } from './dataObjective.ts';
export { squaredError, leastSquares, lineMSE } from './losses.ts';
export {
  sigmoid,
  softplus,
  crossEntropy,
  logitCrossEntropy,
  logisticLoss,
  accuracy,
  type Classifier,
} from './classify.ts';
export { tinyNet, tinyNetInit, tinyNetPredict, tinyNetDim, type TinyNet, type TinyNetOptions } from './tinyNet.ts';
export { signStep, gradientDescent, coordinateDescent, momentum } from './descent.ts';
export { adam, type AdamOptions, type AdamOptimizer } from './adam.ts';
export { sgd, isDataObjective, type SgdOptions, type SgdOptimizer } from './sgd.ts';
export { OPTIMIZERS, optimizerIds, defaultOptions, type Hyperparameter } from './optimizerTable.ts';
export { createOptimizer } from './optimizers.ts';
export { resolveStopRule, type ResolvedStopRule } from './stepper.ts';
export { runEarlyStopping, earlyStopPoint, type WatchedRun } from './earlyStop.ts';
export { run, iterate, positionAt } from './runner.ts';
export { evenStarts, multiStart, reachedOptimum, type StartOutcome } from './multiStart.ts';
export { lossGrid } from './grid.ts';
export { MODEL_FAMILIES, familyFormula, type FamilyParam, type ModelFamily, type ModelFamilyId } from './models.ts';
export { createTrainer, type Trainer } from './trainer.ts';
export { adamTrace, type AdamTrace } from './adamTrace.ts';
export { PENALTIES, lineResiduals, exampleLosses, penaltyTotals, type Penalty, type PenaltyId } from './penalties.ts';
export { parabola, parabolaStepFactor, PARABOLA_LR_LIMIT } from './parabola.ts';
export { noisyGradientDescent, noiseScaleAt, seedSweep, type NoisyDescentOptions } from './noisy.ts';
export { directionalRates, rateAlong, type DirectionalRates } from './directional.ts';
export { epochBatches, type EpochPlan } from './batches.ts';
export { lineCurvature, lineRidgeFit, type LineCurvature } from './lineCurvature.ts';
export {
  differenceSlope,
  hLadder,
  slopeError,
  slopeErrorCurve,
  bestRung,
  vBottom,
  gradientPasses,
  gradientCheck,
  type DifferenceKind,
  type SlopeError,
  type CheckRow,
} from './numericSlope.ts';
export {
  traceExample,
  exampleLoss,
  exampleStep,
  backpropGradient,
  graphSteps,
  passCosts,
  BACKPROP_MISTAKES,
  type NetExample,
  type NetTrace,
  type BackpropMistake,
  type GraphStep,
  type GraphStepKind,
} from './backprop.ts';
export {
  WAVE,
  noisyCurve,
  rows,
  sampleSplits,
  waveSplits,
  WAVE_SAMPLE,
  type Curve,
  type SplitSizes,
  type Splits,
  type NoisyCurveOptions,
} from './sample.ts';
export {
  polynomialFit,
  polynomialValue,
  polynomialMSE,
  polynomialLoss,
  scaled,
  type Domain,
  type PolynomialOptions,
} from './polynomial.ts';
export { ridge, ridgePenalty } from './ridge.ts';
export { meanSquaredError } from './mse.ts';
export { fitReport, degreeSweep, lowest, type FitReport } from './fitReport.ts';
export {
  curveNet,
  curveNetDim,
  curveNetInit,
  curveNetValue,
  curveNetUnit,
  curveNetStaircase,
  maxCurveError,
} from './curveNet.ts';
export { principalDirections, type PrincipalDirection } from './principal.ts';
