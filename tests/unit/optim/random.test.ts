import { describe, expect, it } from 'vitest';
import { createRng } from '../../../src/optim/random.ts';

describe('createRng', () => {
  it('createRng(seed) replays the same stream for the same seed', () => {
    const a = createRng(42);
    const b = createRng(42);
    for (let i = 0; i < 100; i++) expect(a.next()).toBe(b.next());
    expect(a.seed).toBe(42);
  });

  it('createRng gives different streams for different seeds', () => {
    const a = createRng(1);
    const b = createRng(2);
    const same = Array.from({ length: 20 }, () => a.next() === b.next()).filter(Boolean).length;
    expect(same).toBe(0);
  });

  it('next() is in [0, 1) with mean ≈ 1/2', () => {
    const r = createRng(3);
    let sum = 0;
    for (let i = 0; i < 20000; i++) {
      const u = r.next();
      expect(u).toBeGreaterThanOrEqual(0);
      expect(u).toBeLessThan(1);
      sum += u;
    }
    expect(sum / 20000).toBeCloseTo(0.5, 1);
  });

  it('normal() has mean ≈ 0 and variance ≈ 1', () => {
    const r = createRng(4);
    let s = 0;
    let s2 = 0;
    const n = 20000;
    for (let i = 0; i < n; i++) {
      const z = r.normal();
      s += z;
      s2 += z * z;
    }
    expect(Math.abs(s / n)).toBeLessThan(0.03);
    expect(Math.abs(s2 / n - 1)).toBeLessThan(0.05);
  });

  it('int(n) covers [0, n) and rejects bad n', () => {
    const r = createRng(5);
    const seen = new Set<number>();
    for (let i = 0; i < 500; i++) seen.add(r.int(6));
    expect([...seen].sort()).toEqual([0, 1, 2, 3, 4, 5]);
    expect(() => r.int(0)).toThrow('invalid n: 0');
  });

  it('shuffle(a) permutes in place', () => {
    const r = createRng(6);
    const a = Int32Array.from({ length: 50 }, (_, i) => i);
    r.shuffle(a);
    expect([...a].sort((p, q) => p - q)).toEqual(Array.from({ length: 50 }, (_, i) => i));
    expect([...a]).not.toEqual(Array.from({ length: 50 }, (_, i) => i));
    const b = [1, 2, 3];
    r.shuffle(b);
    expect(b.sort()).toEqual([1, 2, 3]);
  });

  it('createRng rejects a non-integer seed', () => {
    expect(() => createRng(1.5)).toThrow('invalid seed: 1.5');
    expect(() => createRng(NaN)).toThrow('invalid seed');
  });
});
