// What lesson 1 says about its runs, checked against the optimizer module.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { gradientDescent, run, twoWells, TWO_WELLS_MINIMA } from '../../../src/optim/index.ts';
import { firstDescent } from '../../../src/figures/lessons/what-is-learning.ts';

const mdx = readFileSync(new URL('../../../content/lessons/what-is-learning.mdx', import.meta.url), 'utf8');
const RULE = { maxSteps: firstDescent.table.step.max, toleranceF: 1e-10 };
const walk = (x0: number, eta: number) => run(twoWells, gradientDescent({ learningRate: eta }), [x0], RULE);
const end = (r: ReturnType<typeof walk>) => r.positions[r.steps]!;

describe('lesson 1 claims', () => {
  test('f(x) = m x + b: with m = 2, b = 3 the input 4 gives 11; with m = 5, b = 0 it gives 20', () => {
    expect(mdx).toContain('$2 \\cdot 4 + 3 = 11$');
    expect(mdx).toContain('goes to $20$');
    expect(2 * 4 + 3).toBe(11);
    expect(5 * 4 + 0).toBe(20);
  });

  test('from the default start the walk settles in the shallower valley, on the left', () => {
    expect(mdx).toContain('settles in the shallower valley on the left');
    const r = walk(firstDescent.table.x0.default, firstDescent.table.eta.default);
    expect(end(r)).toBeCloseTo(TWO_WELLS_MINIMA[0], 3);
    expect(r.stop.reason).toBe('tolerance-f');
  });

  test('from x₀ = 1.8 the same rule finds the deeper valley', () => {
    expect(mdx).toContain('state={{ x0: 1.8, step: 40 }}');
    expect(end(walk(1.8, firstDescent.table.eta.default))).toBeCloseTo(TWO_WELLS_MINIMA[1], 3);
  });

  test('from x₀ = −1.4 with η = 0.15 the first step leaps over the hump into the other valley', () => {
    expect(mdx).toContain('state={{ x0: -1.4, eta: 0.15, step: 3 }}');
    const r = walk(-1.4, 0.15);
    expect(r.positions[1]!).toBeGreaterThan(0);
    expect(end(r)).toBeCloseTo(TWO_WELLS_MINIMA[1], 3);
  });

  test('a much larger η stops the walk from settling at all', () => {
    expect(mdx).toContain('Make $\\eta$ larger\nstill and the walk stops settling at all');
    expect(walk(-1.4, 1).stop.reason).not.toMatch(/^tolerance/);
  });
});
