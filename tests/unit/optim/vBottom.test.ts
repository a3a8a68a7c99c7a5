import { describe, expect, it } from 'vitest';
import { bestRung, hLadder, slopeErrorCurve, twoWells, vBottom, type SlopeError } from '../../../src/optim/index.ts';

const L = (t: number) => twoWells.value([t]);
const curveAt = (t: number) => slopeErrorCurve(L, twoWells.gradient([t], new Float64Array(1))[0]!, t, 65);

describe('vBottom: the bottom of the V from its shape', () => {
  it('at θ = 1 it sits where the lesson puts the bottoms: central near 10⁻⁶, one-sided near 10⁻⁸', () => {
    const c = curveAt(1);
    expect(Math.abs(Math.log10(hLadder(vBottom(c, 'central'))) + 6)).toBeLessThanOrEqual(0.5);
    expect(Math.abs(Math.log10(hLadder(vBottom(c, 'forward'))) + 8)).toBeLessThanOrEqual(0.5);
  });

  it('one lucky rung on the rounding arm moves the lowest rung there, the shape’s bottom half a decade at most', () => {
    for (const t of [1, -1, 0.5, 1.8]) {
      for (const kind of ['central', 'forward'] as const) {
        const c = curveAt(t);
        const before = vBottom(c, kind);
        // A decade into the rounding arm, a rung that happens to land below the true bottom's error.
        const lucky = Math.min(c.length - 1, before + 4);
        const floor = c[bestRung(c, kind)]![kind === 'central' ? 'centralError' : 'forwardError'];
        const key = kind === 'central' ? 'centralError' : 'forwardError';
        const changed: SlopeError[] = c.map((r, i) => (i === lucky ? { ...r, [key]: floor * 0.5 } : r));
        expect(bestRung(changed, kind)).toBe(lucky);
        expect(Math.abs(vBottom(changed, kind) - before)).toBeLessThanOrEqual(2);
      }
    }
  });
});
