/** The optimizer factory: an optimizer by its registry id (optimizerTable.ts holds the ids, names and tables). */
import { adam } from './adam.ts';
import { coordinateDescent, gradientDescent, momentum, signStep } from './descent.ts';
import { OPTIMIZERS, defaultOptions } from './optimizerTable.ts';
import { sgd } from './sgd.ts';
import type { Optimizer, OptimizerId, OptimizerOptions } from './types.ts';

/** Creates an optimizer by id; options not given take the registry defaults. Throws on bad values. */
export function createOptimizer(id: OptimizerId, options: OptimizerOptions = {}): Optimizer {
  if (!Object.hasOwn(OPTIMIZERS, id)) throw new Error(`invalid optimizer id: ${String(id)}`);
  const o = { ...defaultOptions(id), ...options };
  const need = (key: keyof OptimizerOptions): number => {
    const v = o[key];
    if (v === undefined) throw new Error(`invalid ${key}: undefined`);
    return v;
  };
  switch (id) {
    case 'sign':
      return signStep({ stepSize: need('stepSize') });
    case 'gd':
      return gradientDescent({ learningRate: need('learningRate') });
    case 'coordinate':
      return coordinateDescent({ learningRate: need('learningRate') });
    case 'momentum':
      return momentum({ learningRate: need('learningRate'), beta: need('beta') });
    case 'adam': {
      const { beta1, beta2, epsilon } = o;
      return adam({
        learningRate: need('learningRate'),
        ...(beta1 === undefined ? {} : { beta1 }),
        ...(beta2 === undefined ? {} : { beta2 }),
        ...(epsilon === undefined ? {} : { epsilon }),
      });
    }
    case 'sgd':
      return sgd({ learningRate: need('learningRate'), batchSize: need('batchSize'), seed: need('seed') });
    default:
      return id satisfies never;
  }
}
