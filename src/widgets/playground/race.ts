/** The playground's runs: one per active slot, from the state, through optim's registry and runner. */
import {
  OPTIMIZERS,
  createOptimizer,
  isDataObjective,
  run,
  type Objective,
  type OptimizerId,
  type OptimizerOptions,
  type RunResult,
} from '../../optim/index.ts';
import { HYPER_KEYS, SLOTS, type Slot } from '../../figures/playground.ts';

export type PlaygroundState = Readonly<Record<string, string | number | boolean>>;

export interface Lane {
  readonly slot: Slot;
  readonly id: OptimizerId;
  readonly name: string;
  readonly options: OptimizerOptions;
  /** The run, or why there is none (SGD on an objective that is not a mean over examples). */
  readonly result: RunResult | null;
  readonly problem: string;
}

/** The options a slot's optimizer takes, read from the state under `<slot>.<short key>`. */
export function slotOptions(state: PlaygroundState, slot: Slot, id: OptimizerId): OptimizerOptions {
  const out: Record<string, number> = {};
  for (const h of OPTIMIZERS[id].hyperparameters) {
    const v = state[`${slot}.${HYPER_KEYS[h.key]}`];
    out[h.key] = typeof v === 'number' ? v : h.default;
  }
  return out as OptimizerOptions;
}

/** The start inside the objective's window, one coordinate per dimension. */
export function startOf(objective: Objective, x: number, y: number): number[] {
  return [x, y].slice(0, objective.dim).map((v, i) => {
    const [lo, hi] = objective.window[i]!;
    return Math.min(hi, Math.max(lo, v));
  });
}

/** Runs every active slot on the objective from the same start, to the same stop rule. */
export function race(
  state: PlaygroundState,
  objective: Objective,
  start: readonly number[],
  maxSteps: number,
  toleranceGrad: number,
): Lane[] {
  const lanes: Lane[] = [];
  for (const slot of SLOTS) {
    const raw = state[slot];
    if (typeof raw !== 'string' || !Object.hasOwn(OPTIMIZERS, raw)) continue;
    const id = raw as OptimizerId;
    const options = slotOptions(state, slot, id);
    const name = OPTIMIZERS[id].name;
    if (id === 'sgd' && !isDataObjective(objective)) {
      lanes.push({
        slot,
        id,
        name,
        options,
        result: null,
        problem: 'SGD needs an objective that is an average over examples: choose the line fit.',
      });
      continue;
    }
    try {
      lanes.push({
        slot,
        id,
        name,
        options,
        result: run(objective, createOptimizer(id, options), start, { maxSteps, toleranceGrad }),
        problem: '',
      });
    } catch (e) {
      lanes.push({ slot, id, name, options, result: null, problem: String((e as Error).message ?? e) });
    }
  }
  return lanes;
}

/** Where a lane is at step k (clamped to its run), and f there. */
export function laneAt(result: RunResult, k: number): { x: number[]; f: number; step: number } {
  const j = Math.min(k, result.steps);
  return {
    x: Array.from(result.positions.subarray(j * result.dim, (j + 1) * result.dim)),
    f: result.values[j]!,
    step: j,
  };
}
