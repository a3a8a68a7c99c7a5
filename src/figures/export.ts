/** What a figure saves: file names from its id and state, and its trajectory as CSV. */
import type { RunResult } from '../optim/index.ts';
import { serializeState, type ParamTable, type StateOf } from './state.ts';

/** "first-descent_eta-0.15_step-37" — the id and every non-default value, safe as a file name. */
export function exportName<T extends ParamTable>(id: string, table: T, state: StateOf<T>): string {
  const parts = serializeState(table, state).map(([k, v]) => `${k}-${v}`);
  return [id, ...parts]
    .join('_')
    .replace(/[^A-Za-z0-9._-]+/g, '')
    .slice(0, 120);
}

/** One row per step: step, each coordinate (named by `params`), f, the gradient norm, and the validation loss if watched. */
export function runToCsv(result: RunResult, params: readonly string[]): string {
  const names = Array.from({ length: result.dim }, (_, i) => params[i] ?? `x${i + 1}`);
  const watched = result.validation?.values;
  const header = ['step', ...names, 'f', 'grad_norm', ...(watched ? ['validation'] : [])].join(',');
  const rows: string[] = [header];
  for (let k = 0; k <= result.steps; k++) {
    const row: (number | string)[] = [k];
    for (let i = 0; i < result.dim; i++) row.push(result.positions[k * result.dim + i]!);
    row.push(result.values[k]!, result.gradNorms[k]!);
    if (watched) row.push(watched[k]!);
    rows.push(row.map((v) => (typeof v === 'number' && !Number.isFinite(v) ? '' : String(v))).join(','));
  }
  return rows.join('\n') + '\n';
}

/** Numbers a figure shows that are not a run: named columns, one row each. */
export interface DataTable {
  readonly columns: readonly string[];
  readonly rows: readonly (readonly (number | string)[])[];
}

/** A data table as CSV; a non-finite number is an empty cell, a text cell with a comma or quote is quoted. */
export function tableToCsv({ columns, rows }: DataTable): string {
  const cell = (v: number | string) =>
    typeof v === 'number'
      ? Number.isFinite(v)
        ? String(v)
        : ''
      : /[",\n]/.test(v)
        ? `"${v.replaceAll('"', '""')}"`
        : v;
  return [columns.map(cell), ...rows.map((r) => r.map(cell))].map((r) => r.join(',')).join('\n') + '\n';
}
