/**
 * A figure's linkable state, derived from a parameter table (after TensorFlow Playground's
 * state.ts): defaults, bounds, parse and serialize all come from the table. Parsing never
 * throws: unknown keys are ignored, bad values fall back to defaults, numbers are clamped.
 */
import { decimal } from './format.ts';

export interface NumberParam {
  readonly kind: 'number';
  readonly default: number;
  readonly min: number;
  readonly max: number;
  /** Slider granularity; values are rounded to it when parsed. With `log` and a min of 0: the smallest non-zero value. */
  readonly step: number;
  /** Slider moves on a log scale (learning rates); with a min of 0, its leftmost position is 0. */
  readonly log?: boolean;
  /** How far one arrow key moves a drag handle bound to this parameter (default: step). */
  readonly nudge?: number;
  readonly label: string;
  /** The parameter's symbol in the book's notation, when its label does not end with it (see symbolOf). */
  readonly symbol?: string;
  /** What a value of 0 means, printed beside it: "no penalty" gives "0 (no penalty)". */
  readonly zero?: string;
}

export interface IntParam {
  readonly kind: 'int';
  readonly default: number;
  readonly min: number;
  readonly max: number;
  readonly label: string;
  readonly symbol?: string;
}

export interface EnumParam {
  readonly kind: 'enum';
  readonly default: string;
  readonly values: readonly string[];
  readonly label: string;
}

export interface BoolParam {
  readonly kind: 'bool';
  readonly default: boolean;
  readonly label: string;
}

export type Param = NumberParam | IntParam | EnumParam | BoolParam;
export type ParamTable = Readonly<Record<string, Param>>;

type ValueOf<P extends Param> = P extends BoolParam ? boolean : P extends EnumParam ? string : number;
export type StateOf<T extends ParamTable> = { -readonly [K in keyof T]: ValueOf<T[K]> };

/** A source of raw values: URLSearchParams, or a plain record. */
export interface RawSource {
  get(key: string): string | null;
}

const MAX_RAW_LENGTH = 64;

/**
 * A parameter's symbol: the table's `symbol`, else the label's last word when that is one letter with
 * optional subscripts ("learning rate η" → "η", "start x₀" → "x₀", "batch size m" → "m"); '' when the
 * label names no symbol ("hidden units").
 */
export function symbolOf(p: Param): string {
  if ('symbol' in p && p.symbol) return p.symbol;
  return symbolInLabel(p.label);
}

/** The symbol a label ends with ("learning rate η" → "η"), or ''. */
export function symbolInLabel(label: string): string {
  const last = label.trim().split(/\s+/).at(-1) ?? '';
  return /^\p{L}[\u2080-\u2089\u1D62-\u1D6A]*$/u.test(last) ? last : '';
}

export function defaults<T extends ParamTable>(table: T): StateOf<T> {
  const out: Record<string, unknown> = {};
  for (const [key, p] of Object.entries(table)) out[key] = p.default;
  return out as StateOf<T>;
}

/** Decimal places of a step such as 0.01 → 2; used to round and to print compactly. */
export function decimalsOf(step: number): number {
  if (!Number.isFinite(step) || step <= 0 || step >= 1) return 0;
  return Math.min(12, Math.ceil(-Math.log10(step) - 1e-9));
}

/** Clamps and rounds one value to its parameter; returns the default if it cannot. */
export function clampValue(p: Param, value: unknown): number | string | boolean {
  switch (p.kind) {
    case 'number': {
      if (typeof value !== 'number' || Number.isNaN(value)) return p.default;
      const v = Math.min(p.max, Math.max(p.min, value));
      if (p.log) return Number(v.toPrecision(4));
      const rounded = Math.round((v - p.min) / p.step) * p.step + p.min;
      return Number(Math.min(p.max, rounded).toFixed(decimalsOf(p.step)));
    }
    case 'int': {
      if (typeof value !== 'number' || Number.isNaN(value)) return p.default;
      return Math.min(p.max, Math.max(p.min, Math.round(value)));
    }
    case 'enum':
      return typeof value === 'string' && p.values.includes(value) ? value : p.default;
    case 'bool':
      return typeof value === 'boolean' ? value : p.default;
  }
}

function parseRaw(p: Param, raw: string): unknown {
  const s = raw.trim();
  if (s.length === 0 || s.length > MAX_RAW_LENGTH) return undefined;
  switch (p.kind) {
    case 'number':
    case 'int': {
      // Number() accepts '', '0x1f' and ' 1 '; insist on a plain decimal literal.
      if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(s)) return undefined;
      const v = Number(s);
      return Number.isFinite(v) ? v : s.startsWith('-') ? -Infinity : Infinity;
    }
    case 'enum':
      return s;
    case 'bool':
      return s === '1' || s === 'true' ? true : s === '0' || s === 'false' ? false : undefined;
  }
}

/**
 * Reads a state from raw values, each under `prefix + key`. Never throws: a missing or bad
 * value is the default, an out-of-range number is clamped (±Infinity to the bound).
 */
export function parseState<T extends ParamTable>(table: T, source: RawSource, prefix = ''): StateOf<T> {
  const out = defaults(table) as Record<string, unknown>;
  for (const [key, p] of Object.entries(table)) {
    let raw: string | null = null;
    try {
      raw = source.get(prefix + key);
    } catch {
      raw = null;
    }
    if (raw === null) continue;
    const v = parseRaw(p, raw);
    if (v === undefined) continue;
    if ((p.kind === 'number' || p.kind === 'int') && typeof v === 'number' && !Number.isFinite(v)) {
      out[key] = v > 0 ? p.max : p.min;
    } else {
      out[key] = clampValue(p, v);
    }
  }
  return out as StateOf<T>;
}

/** Key–value pairs for a state; values equal to the default are left out. */
export function serializeState<T extends ParamTable>(table: T, state: StateOf<T>, prefix = ''): [string, string][] {
  const out: [string, string][] = [];
  for (const [key, p] of Object.entries(table)) {
    const v = clampValue(p, (state as Record<string, unknown>)[key]);
    if (v === p.default) continue;
    const s = typeof v === 'number' ? decimal(v) : typeof v === 'boolean' ? (v ? '1' : '0') : v;
    out.push([prefix + key, s]);
  }
  return out;
}

/** Clamps every value of a partial state onto the table; unknown keys are dropped. */
export function clampState<T extends ParamTable>(table: T, partial: Readonly<Record<string, unknown>>): StateOf<T> {
  const out = defaults(table) as Record<string, unknown>;
  for (const [key, p] of Object.entries(table)) {
    if (key in partial) out[key] = clampValue(p, partial[key]);
  }
  return out as StateOf<T>;
}

/** Whether a partial state names only known keys with values the table accepts as they are. */
export function validatePartial(table: ParamTable, partial: Readonly<Record<string, unknown>>): string[] {
  const errors: string[] = [];
  for (const [key, value] of Object.entries(partial)) {
    const p = table[key];
    if (!p) {
      errors.push(`unknown key "${key}" (known: ${Object.keys(table).join(', ')})`);
      continue;
    }
    if (clampValue(p, value) !== value)
      errors.push(
        `"${key}": ${JSON.stringify(value)} is not a valid ${p.kind}` +
          (p.kind === 'number' || p.kind === 'int'
            ? ` in [${p.min}, ${p.max}]`
            : p.kind === 'enum'
              ? ` (one of ${p.values.join(', ')})`
              : ''),
      );
  }
  return errors;
}
