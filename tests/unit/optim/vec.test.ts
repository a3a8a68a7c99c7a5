import { describe, expect, it } from 'vitest';
import { copyInto, direction, distance, isWithin, norm } from '../../../src/optim/vec.ts';

describe('vec', () => {
  it('norm(v) is Euclidean, without overflow or underflow', () => {
    expect(norm([3, 4])).toBe(5);
    expect(norm([])).toBe(0);
    expect(norm([3e200, 4e200])).toBeCloseTo(5e200, -190);
    expect(norm([3e-200, 4e-200]) / 5e-200).toBeCloseTo(1, 12);
    expect(norm([Infinity, 1])).toBe(Infinity);
    expect(norm([NaN, 1])).toBeNaN();
  });
  it('distance, copyInto, isWithin, direction', () => {
    expect(distance([0, 0], [3, 4])).toBe(5);
    expect(Array.from(copyInto([1, 2], new Float64Array(2)))).toEqual([1, 2]);
    expect(isWithin([1, -2], 2)).toBe(true);
    expect(isWithin([1, NaN], 2)).toBe(false);
    expect(isWithin([3], 2)).toBe(false);
    expect(direction('maximize')).toBe(1);
    expect(direction('minimize')).toBe(-1);
  });
});
