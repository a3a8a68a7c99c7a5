import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  clampState,
  defaults,
  parseState,
  serializeState,
  validatePartial,
  type ParamTable,
} from '../../../src/figures/state.ts';
import { FIGURES } from '../../../src/figures/catalog.ts';

const table = {
  eta: { kind: 'number', default: 0.1, min: 0.001, max: 1, step: 0.001, log: true, label: 'η' },
  x0: { kind: 'number', default: -1.2, min: -1.4, max: 1.9, step: 0.01, label: 'x₀' },
  step: { kind: 'int', default: 0, min: 0, max: 200, label: 'step' },
  family: { kind: 'enum', default: 'line', values: ['line', 'parabola'], label: 'family' },
  on: { kind: 'bool', default: false, label: 'on' },
} as const satisfies ParamTable;

const q = (s: string) => new URLSearchParams(s);

describe('parseState', () => {
  test('defaults when the URL is empty', () => {
    expect(parseState(table, q(''))).toEqual(defaults(table));
  });
  test('reads each kind', () => {
    expect(parseState(table, q('eta=0.5&x0=1.25&step=37&family=parabola&on=1'))).toEqual({
      eta: 0.5,
      x0: 1.25,
      step: 37,
      family: 'parabola',
      on: true,
    });
  });
  test('clamps numbers to their bounds, infinities included', () => {
    const s = parseState(table, q('eta=1e9&x0=-1e300&step=99999'));
    expect(s).toMatchObject({ eta: 1, x0: -1.4, step: 200 });
    expect(parseState(table, q('eta=Infinity')).eta).toBe(0.1); // not a decimal literal: default
    expect(parseState(table, q('x0=1e999')).x0).toBe(1.9);
  });
  test('bad values fall back to defaults', () => {
    expect(parseState(table, q('eta=NaN&x0=abc&step=0x1f&family=<script>&on=maybe'))).toEqual(defaults(table));
    expect(parseState(table, q('x0=' + '9'.repeat(500))).x0).toBe(-1.2);
  });
  test('rounds to the step and the int kind to integers', () => {
    expect(parseState(table, q('x0=0.123456&step=3.7'))).toMatchObject({ x0: 0.12, step: 4 });
  });
  test('reads only its prefix', () => {
    expect(parseState(table, q('a.eta=0.5&b.eta=0.7'), 'b.').eta).toBe(0.7);
  });
  test('a source that throws reads as defaults', () => {
    expect(
      parseState(table, {
        get: () => {
          throw new Error('boom');
        },
      }),
    ).toEqual(defaults(table));
  });
});

describe('serializeState', () => {
  test('leaves defaults out of the URL', () => {
    expect(serializeState(table, defaults(table))).toEqual([]);
    expect(serializeState(table, { ...defaults(table), step: 37 }, 'f.')).toEqual([['f.step', '37']]);
  });
});

describe('validatePartial (ShowMe states)', () => {
  test('names unknown keys and out-of-range values', () => {
    expect(validatePartial(table, { eta: 0.5 })).toEqual([]);
    expect(validatePartial(table, { nope: 1 })[0]).toContain('unknown key "nope"');
    expect(validatePartial(table, { x0: 5 })[0]).toContain('[-1.4, 1.9]');
    expect(validatePartial(table, { family: 'cubic' })[0]).toContain('one of line, parabola');
  });
});

// Hostile links, for every figure of the book: parsing never throws, values stay in bounds,
// and serialize ∘ parse is stable.
const hostile = fc.oneof(
  fc.string(),
  fc.double().map(String),
  fc.constantFrom(
    'NaN',
    'Infinity',
    '-Infinity',
    '1e308',
    '-1e308',
    '1e-320',
    '0x10',
    '<script>alert(1)</script>',
    '"><img src=x onerror=alert(1)>',
    '%00',
    '../../',
    '',
  ),
  fc.integer().map(String),
);

describe.each(FIGURES.map((f) => [f.id, f.table] as const))('figure %s state', (id, t) => {
  const keys = Object.keys(t);
  test('never throws, stays in bounds, and round-trips', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...keys, 'unknown', 'hide', '__proto__', 'constructor'), hostile), {
          maxLength: 12,
        }),
        (pairs) => {
          const params = new URLSearchParams();
          for (const [k, v] of pairs) params.append(`${id}.${k}`, v);
          const s = parseState(t, params, `${id}.`) as Record<string, unknown>;
          for (const [k, p] of Object.entries(t)) {
            const v = s[k];
            if (p.kind === 'number' || p.kind === 'int') {
              expect(typeof v).toBe('number');
              expect(Number.isFinite(v)).toBe(true);
              expect(v as number).toBeGreaterThanOrEqual(p.min);
              expect(v as number).toBeLessThanOrEqual(p.max);
            } else if (p.kind === 'enum') expect(p.values).toContain(v);
            else expect(typeof v).toBe('boolean');
          }
          const again = parseState(t, new URLSearchParams(serializeState(t, s as never, `${id}.`)), `${id}.`);
          expect(again).toEqual(s);
          expect(clampState(t, s)).toEqual(s);
        },
      ),
      { numRuns: 200 },
    );
  });
});
