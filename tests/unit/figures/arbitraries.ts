/** fast-check arbitraries over the figure tables, shared by the link tests. */
import fc from 'fast-check';
import { clampValue, type ParamTable } from '../../../src/figures/state.ts';

/** A state the table accepts (each value as the table rounds it). */
export function stateOf(t: ParamTable): fc.Arbitrary<Record<string, unknown>> {
  const fields: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [k, p] of Object.entries(t)) {
    fields[k] =
      p.kind === 'number'
        ? fc.double({ min: p.min, max: p.max, noNaN: true }).map((v) => clampValue(p, v))
        : p.kind === 'int'
          ? fc.integer({ min: p.min, max: p.max })
          : p.kind === 'enum'
            ? fc.constantFrom(...p.values)
            : fc.boolean();
  }
  return fc.record(fields);
}
