import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { ticks as d3Ticks, tickStep as d3TickStep } from 'd3-array';
import { linearScale, tickStep, ticks } from '../../../src/widgets/core/scale.ts';

describe('ticks and tickStep (written to match d3-array)', () => {
  test('round values in familiar ranges', () => {
    expect(ticks(0, 1, 5)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(ticks(-3, 3, 6)).toEqual([-3, -2, -1, 0, 1, 2, 3]);
    expect(ticks(0, 9.5, 5)).toEqual([0, 2, 4, 6, 8]);
    expect(ticks(0.001, 1.2, 4)).toEqual([0.2, 0.4, 0.6, 0.8, 1, 1.2]);
    expect(ticks(3, -3, 3)).toEqual([2, 0, -2]);
    expect(ticks(1, 1, 5)).toEqual([1]);
    expect(ticks(0, 1, 0)).toEqual([]);
    expect(ticks(0, NaN, 5)).toEqual([]);
  });

  test('the same values and spacing as d3-array for any plot range and count', () => {
    // A start from −10⁶ to 10⁶ (or 0) and a span from 10⁻⁶ to 10⁶, at least a thousandth of the start's
    // size: the domains a figure's axes have.
    const magnitude = fc.double({ min: -6, max: 6, noNaN: true }).map((e) => 10 ** e);
    const domain = fc
      .tuple(fc.oneof(fc.constant(0), magnitude), fc.boolean(), magnitude, fc.boolean())
      .map(([size, neg, span, down]) => {
        const a = neg ? -size : size;
        const width = Math.max(span, Math.abs(a) / 1000);
        return [a, down ? a - width : a + width] as const;
      });
    fc.assert(
      fc.property(domain, fc.integer({ min: 2, max: 20 }), ([a, b], count) => {
        // (d3-array may give −0 where this gives 0; they are the same tick.)
        expect(ticks(a, b, count)).toEqual(d3Ticks(a, b, count).map((v) => v + 0));
        expect(tickStep(a, b, count)).toBe(d3TickStep(a, b, count));
      }),
      { numRuns: 5000, seed: 20261201 },
    );
  });

  test('the scale maps, inverts and formats its ticks', () => {
    const s = linearScale([0, 10], [40, 440]);
    expect(s(5)).toBe(240);
    expect(s.invert(240)).toBe(5);
    expect(s.ticks(5)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(s.ticks(5).map(s.tickFormat(5))).toEqual(['0', '2', '4', '6', '8', '10']);
    expect(linearScale([0, 0.5], [0, 1]).tickFormat(5)(0.3)).toBe('0.3');
  });
});
