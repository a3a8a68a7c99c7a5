/**
 * The playground's state table: any objective, up to three optimizers (slots a, b, c) from one
 * start, every hyperparameter a key. It uses the figure machinery (so the whole state is a link)
 * but is not in the lesson catalog: its page is /playground/.
 */
import { defineFigure } from './spec.ts';
import type { EnumParam, Param, ParamTable } from './state.ts';
import {
  OBJECTIVES,
  OPTIMIZERS,
  illConditionedBowl,
  lineMSE,
  optimizerIds,
  type Hyperparameter,
  type Objective,
  type OptimizerId,
  type OptimizerOptions,
} from '../optim/index.ts';
import { lineFitData } from './lessons/data.ts';

/** The objectives on offer: the module's registry plus lesson 1's line fit (a mean over examples, so SGD applies). */
export const PLAYGROUND_OBJECTIVES = [
  'bowl',
  'quadratic',
  'rosenbrock',
  'himmelblau',
  'saddle',
  'two-wells',
  'revenue',
  'line-fit',
] as const;
export type PlaygroundObjectiveId = (typeof PLAYGROUND_OBJECTIVES)[number];

/** The objective for an id (κ applies to the bowl only). */
export function playgroundObjective(id: string, kappa: number): Objective {
  if (id === 'bowl') return illConditionedBowl(kappa);
  if (id === 'line-fit') return lineMSE(lineFitData(7));
  const key = (PLAYGROUND_OBJECTIVES as readonly string[]).includes(id)
    ? (id as keyof typeof OBJECTIVES)
    : 'rosenbrock';
  return OBJECTIVES[key];
}

/** What the menu adds to an objective's own name. */
const NAME_NOTES: Partial<Record<PlaygroundObjectiveId, string>> = {
  himmelblau: 'four minima',
  'two-wells': '1-D',
  revenue: '1-D, climb',
};

/** The menu's names: each objective's own name (Objective.name), with a note where it helps. */
export const OBJECTIVE_NAMES = Object.fromEntries(
  PLAYGROUND_OBJECTIVES.map((id) => {
    const note = NAME_NOTES[id];
    return [id, `${playgroundObjective(id, 1).name}${note ? ` (${note})` : ''}`];
  }),
) as Record<PlaygroundObjectiveId, string>;

/** Each hyperparameter's short key in the URL (slot letter first: a.lr, b.mom …). */
export const HYPER_KEYS: Record<keyof OptimizerOptions, string> = {
  learningRate: 'lr',
  beta: 'mom',
  beta1: 'b1',
  beta2: 'b2',
  epsilon: 'eps',
  stepSize: 'ss',
  batchSize: 'bs',
  seed: 'seed',
};

export const SLOTS = ['a', 'b', 'c'] as const;
export type Slot = (typeof SLOTS)[number];
/** What each slot runs by default. */
export const SLOT_DEFAULTS: Record<Slot, OptimizerId> = { a: 'gd', b: 'momentum', c: 'adam' };

/** A start and learning rates that suit an objective; switching objective applies them. */
export interface Preset {
  readonly start: readonly [number, number];
  readonly lr: Partial<Record<OptimizerId, number>>;
  readonly stepSize?: number;
}

export const PRESETS: Record<PlaygroundObjectiveId, Preset> = {
  bowl: { start: [-2.5, 1], lr: { gd: 0.07, coordinate: 0.07, momentum: 0.07, adam: 0.1 }, stepSize: 0.05 },
  quadratic: { start: [-2.5, 2], lr: { gd: 0.1, coordinate: 0.1, momentum: 0.05, adam: 0.1 }, stepSize: 0.05 },
  rosenbrock: { start: [-1.5, 2], lr: { gd: 0.001, coordinate: 0.001, momentum: 0.001, adam: 0.1 }, stepSize: 0.01 },
  himmelblau: { start: [0, 0], lr: { gd: 0.01, coordinate: 0.01, momentum: 0.002, adam: 0.1 }, stepSize: 0.05 },
  saddle: { start: [-2.5, 0.05], lr: { gd: 0.05, coordinate: 0.05, momentum: 0.02, adam: 0.05 }, stepSize: 0.05 },
  'two-wells': { start: [-1.2, 0], lr: { gd: 0.05, coordinate: 0.05, momentum: 0.02, adam: 0.05 }, stepSize: 0.05 },
  revenue: { start: [5, 0], lr: { gd: 0.1, coordinate: 0.1, momentum: 0.05, adam: 1 }, stepSize: 1 },
  'line-fit': { start: [-1, 3], lr: { gd: 0.3, coordinate: 0.3, momentum: 0.1, adam: 0.1, sgd: 0.3 }, stepSize: 0.02 },
};

/** The learning rate a slot takes for an optimizer on an objective: the preset's, else the registry default. */
export function presetLearningRate(objective: PlaygroundObjectiveId, id: OptimizerId): number {
  const h = OPTIMIZERS[id].hyperparameters.find((p) => p.key === 'learningRate');
  return PRESETS[objective].lr[id] ?? h?.default ?? 0.01;
}

/** Every distinct hyperparameter across the registry, by option key (the first descriptor wins). */
export function allHyperparameters(): Hyperparameter[] {
  const seen = new Map<string, Hyperparameter>();
  for (const id of optimizerIds)
    for (const h of OPTIMIZERS[id].hyperparameters) if (!seen.has(h.key)) seen.set(h.key, h);
  return [...seen.values()];
}

function slotTable(slot: Slot): Record<string, Param> {
  const opt = SLOT_DEFAULTS[slot];
  const out: Record<string, Param> = {
    [slot]: {
      kind: 'enum',
      default: opt,
      values: ['none', ...optimizerIds],
      label: `Optimizer ${slot.toUpperCase()}`,
    } satisfies EnumParam,
  };
  for (const h of allHyperparameters()) {
    const key = `${slot}.${HYPER_KEYS[h.key]}`;
    const dflt =
      h.key === 'learningRate'
        ? presetLearningRate('rosenbrock', opt)
        : h.key === 'stepSize'
          ? (PRESETS.rosenbrock.stepSize ?? h.default)
          : h.default;
    out[key] =
      h.key === 'batchSize' || h.key === 'seed'
        ? { kind: 'int', default: dflt, min: h.min, max: h.max, label: h.label }
        : {
            kind: 'number',
            default: dflt,
            min: h.min,
            max: h.max,
            step: h.step,
            ...(h.log ? { log: true } : {}),
            label: h.label,
          };
  }
  return out;
}

const table: ParamTable = {
  obj: { kind: 'enum', default: 'rosenbrock', values: PLAYGROUND_OBJECTIVES, label: 'Objective' },
  kappa: { kind: 'number', default: 25, min: 1, max: 100, step: 1, label: 'bowl steepness κ' },
  x: { kind: 'number', default: PRESETS.rosenbrock.start[0], min: -100, max: 100, step: 0.01, label: 'start θ₁' },
  y: { kind: 'number', default: PRESETS.rosenbrock.start[1], min: -100, max: 100, step: 0.01, label: 'start θ₂' },
  ...slotTable('a'),
  ...slotTable('b'),
  ...slotTable('c'),
  steps: { kind: 'int', default: 2000, min: 10, max: 5000, label: 'step budget' },
  tol: { kind: 'number', default: 0.001, min: 1e-8, max: 1, step: 1e-8, log: true, label: 'converged when ‖∇L‖ <' },
  /** The default shows the whole race (the step is clamped to the longest run). */
  step: { kind: 'int', default: 5000, min: 0, max: 5000, label: 'step' },
};

let oneDimensional: ReadonlySet<string> | undefined;

/**
 * Whether a key says anything in this state, so that links leave out the rest: a slot's
 * hyperparameters count only for the optimizer it runs (and not at all when it runs none), κ only on
 * the bowl, the start's θ₂ only on a 2-D objective.
 */
export function playgroundKeyMatters(state: Readonly<Record<string, unknown>>, key: string): boolean {
  const dot = key.indexOf('.');
  if (dot > 0) {
    const opt = state[key.slice(0, dot)];
    if (typeof opt !== 'string' || !Object.hasOwn(OPTIMIZERS, opt)) return false;
    const short = key.slice(dot + 1);
    return OPTIMIZERS[opt as OptimizerId].hyperparameters.some((h) => HYPER_KEYS[h.key] === short);
  }
  if (key === 'kappa') return state.obj === 'bowl';
  if (key === 'y') {
    oneDimensional ??= new Set(PLAYGROUND_OBJECTIVES.filter((id) => playgroundObjective(id, 25).dim === 1));
    return !oneDimensional.has(String(state.obj));
  }
  return true;
}

export const playground = defineFigure({
  id: 'playground',
  lesson: 'playground',
  title: 'Optimizers side by side',
  caption:
    'Up to three optimizers race from the same start on the same objective. Drag the start, change any hyperparameter, scrub the timeline; the table says which converged (the slope fell below the tolerance), in how many steps, and where. The link holds all of it.',
  table,
  // Its page is its own, so its keys are plain (`?obj=bowl&a.lr=0.07`); links from before this
  // (`?playground.obj=bowl`) still read, as the prefix is.
  link: { ownPage: true, relevant: playgroundKeyMatters },
});
