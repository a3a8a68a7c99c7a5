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

/** One row per step: step, each coordinate (named by `params`, as the figure names them), the loss, the gradient norm, and the validation loss if watched. */
export function runToCsv(result: RunResult, params: readonly string[]): string {
  const names = Array.from({ length: result.dim }, (_, i) => params[i] ?? `x${i + 1}`);
  const watched = result.validation?.values;
  const header = ['step', ...names, 'loss', 'grad_norm', ...(watched ? ['validation'] : [])].join(',');
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

/** What an exported file is cited by: the figure's number and title, and the link to its state. */
export interface ExportSource {
  /** "4.2", or "P" for the playground (which is then named by its title alone). */
  readonly number: string;
  readonly title: string;
  /** The absolute link that reopens the figure in the state saved. */
  readonly link: string;
}

/** Two lines: "Figure 4.2. Title" and "Downhill: machine learning as optimization · link". */
export function sourceLines({ number, title, link }: ExportSource): [string, string] {
  return [
    /^\d/.test(number) ? `Figure ${number}. ${title}` : title,
    `Downhill: machine learning as optimization · ${link}`,
  ];
}

/** A CSV with its source as comment lines first (`#`, as pandas' `comment=` and R's `comment.char` read them). */
export function withSource(csv: string, source: ExportSource): string {
  return (
    sourceLines(source)
      .map((l) => `# ${l.replace(/[\r\n]+/g, ' ')}\n`)
      .join('') + csv
  );
}
