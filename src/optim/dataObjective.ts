/** Builds a DataObjective from its per-example loss and per-example gradient accumulator. */
import type { DataObjective, Dataset, Objective, Vec } from './types.ts';

/** The parts that make a mean-over-examples objective. */
export interface DataObjectiveParts extends Omit<Objective, 'value' | 'gradient'> {
  readonly data: Dataset;
  /** The loss of example i. */
  exampleValue(i: number, x: Vec): number;
  /** Adds example i's gradient, times `scale`, into out (does not clear it). */
  addExampleGradient(i: number, x: Vec, out: Float64Array, scale: number): void;
}

/** Derives value, gradient, exampleGradient and batchGradient (means over examples) from the parts. */
export function dataObjective<T extends DataObjectiveParts>(parts: T): Omit<T, 'addExampleGradient'> & DataObjective {
  const { exampleValue, addExampleGradient, data } = parts;
  const n = data.n;
  const { addExampleGradient: _drop, ...rest } = parts;
  void _drop;
  return {
    ...rest,
    value(x: Vec): number {
      let sum = 0;
      for (let i = 0; i < n; i++) sum += exampleValue(i, x);
      return sum / n;
    },
    gradient(x: Vec, out: Float64Array): Float64Array {
      out.fill(0);
      const scale = 1 / n;
      for (let i = 0; i < n; i++) addExampleGradient(i, x, out, scale);
      return out;
    },
    exampleGradient(i: number, x: Vec, out: Float64Array): Float64Array {
      out.fill(0);
      addExampleGradient(i, x, out, 1);
      return out;
    },
    batchGradient(indices: ArrayLike<number>, x: Vec, out: Float64Array): Float64Array {
      out.fill(0);
      const m = indices.length;
      if (m === 0) return out;
      const scale = 1 / m;
      for (let k = 0; k < m; k++) addExampleGradient(indices[k]!, x, out, scale);
      return out;
    },
  };
}

/** True when the objective is a mean over examples with per-example gradients. */
export function isDataObjective(objective: Objective): objective is DataObjective {
  const o = objective as Partial<DataObjective>;
  return o.data !== undefined && typeof o.batchGradient === 'function' && typeof o.exampleGradient === 'function';
}
