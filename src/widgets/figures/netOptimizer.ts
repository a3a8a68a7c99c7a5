/**
 * The tiny network's optimizer, from optim's factory: loaded when the figure first trains, so a
 * reader who only looks at the untrained network never fetches the optimizers' code.
 */
import { createOptimizer } from '../../optim/optimizers.ts';
import type { Optimizer } from '../../optim/types.ts';
import { NET_OPTIMIZERS } from '../../figures/lessons/beyond-descent/shared.ts';

type NetOptimizer = (typeof NET_OPTIMIZERS)[number];

/** The figure's optimizer: the registry's, at the figure's learning rate (other settings at their defaults). */
export function netOptimizer(id: string, learningRate: number): Optimizer {
  const known = (NET_OPTIMIZERS as readonly string[]).includes(id) ? (id as NetOptimizer) : 'gd';
  return createOptimizer(known, { learningRate });
}
