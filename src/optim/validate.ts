/** Option checks shared by the optimizer factories: each throws `invalid <key>: <value>`. */

/** A finite number ≥ 0 (a learning rate). */
export function nonNegative(key: string, v: number | undefined): number {
  if (v === undefined || !(Number.isFinite(v) && v >= 0)) throw new Error(`invalid ${key}: ${v}`);
  return v;
}

/** A finite number > 0 (a step size, ε). */
export function positive(key: string, v: number | undefined): number {
  if (v === undefined || !(Number.isFinite(v) && v > 0)) throw new Error(`invalid ${key}: ${v}`);
  return v;
}

/** A coefficient in [0, 1) (β, β1, β2). */
export function unitInterval(key: string, v: number | undefined): number {
  if (v === undefined || !(v >= 0 && v < 1)) throw new Error(`invalid ${key}: ${v}`);
  return v;
}

/** An integer ≥ min (a batch size). */
export function integerAtLeast(key: string, v: number | undefined, min: number): number {
  if (v === undefined || !(Number.isInteger(v) && v >= min)) throw new Error(`invalid ${key}: ${v}`);
  return v;
}

/** Any integer (a seed). */
export function integer(key: string, v: number | undefined): number {
  if (v === undefined || !Number.isInteger(v)) throw new Error(`invalid ${key}: ${v}`);
  return v;
}
