/** Every number lesson 2 ("Loss") and its quiz state, checked against src/optim. */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  PENALTIES,
  crossEntropy,
  exampleLosses,
  leastSquares,
  lineMSE,
  lineResiduals,
  penaltyTotals,
} from '../../../src/optim/index.ts';
import { lineFitData } from '../../../src/figures/lessons/data.ts';
import {
  crossEntropyFigure,
  lossLandscape,
  perExampleLoss,
  residualSquares,
} from '../../../src/figures/lessons/loss.ts';
import { checkChallenge } from '../../../src/quiz/challenges.ts';

const text = (path: string) =>
  readFileSync(new URL(`../../../content/${path}`, import.meta.url), 'utf8').replace(/\s+/g, ' ');
const mdx = text('lessons/loss.mdx');
const quiz = text('quizzes/loss.yaml');
const data = lineFitData(7);
const loss = lineMSE(data);
const pct = (v: number) => `${Math.round(100 * v)} %`;

describe('lesson 2 claims', () => {
  test('the default line of residual-squares: the worst miss owns 22 %, 37 %, 69 % of the total', () => {
    const { m, b } = { m: residualSquares.table.m.default, b: residualSquares.table.b.default };
    const r = lineResiduals(data, m, b);
    const share = (id: keyof typeof PENALTIES) => penaltyTotals(r, PENALTIES[id]);
    expect(mdx).toContain(`it alone is **${pct(share('square').largestShare)}** of the total penalty`);
    expect(mdx).toContain(`the same miss owns only **${pct(share('abs').largestShare)}**`);
    expect(mdx).toContain(
      `and it owns **${pct(share('fourth').largestShare)}**, more than all the other eleven points together`,
    );
    expect(share('fourth').largestShare).toBeGreaterThan(0.5);
    // The same point is the worst under every penalty, and it is the rightmost point.
    const worst = share('square').largest;
    expect(share('abs').largest).toBe(worst);
    expect(share('fourth').largest).toBe(worst);
    expect(data.x[worst]).toBe(Math.max(...data.x));
    expect(mdx).toContain('Look at the rightmost point, the worst miss');
    // "a little too flat": the default slope is below the best one.
    expect(m).toBeLessThan(leastSquares(data)!.m);
    expect(quiz).toContain('37 % of the total under $r^2$ and 69 % under $r^4$');
    expect(quiz).toContain('22 %, 37 % and 69 %');
  });

  test('per-example-loss: the rightmost point is #12 and owns 37 % of the sum; the mean of the bars is the MSE', () => {
    const { m, b } = { m: perExampleLoss.table.m.default, b: perExampleLoss.table.b.default };
    const l = exampleLosses(loss, [m, b]);
    const sum = l.reduce((a, v) => a + v, 0);
    expect(sum / data.n).toBeCloseTo(loss.value([m, b]), 12);
    const order = Array.from({ length: data.n }, (_, i) => i).sort((a, c) => data.x[a]! - data.x[c]!);
    const rightmost = order[11]!;
    expect(mdx).toContain('state={{ pick: 12, m: 0.5, b: 1.5 }}>Pick the rightmost point</ShowMe>');
    expect(mdx).toContain(`and you find the same ${pct(l[rightmost]! / sum)} as before`);
    expect(l[rightmost]! / sum).toBeGreaterThan(1 / 3);
  });

  test('loss-landscape: the default line costs 2.618; the bottom is (1.046, 0.826) at 0.0299', () => {
    const fit = leastSquares(data)!;
    const m0 = lossLandscape.table.m.default;
    const b0 = lossLandscape.table.b.default;
    expect(mdx).toContain(`at a mean squared error of **${loss.value([m0, b0]).toFixed(3)}**`);
    expect(mdx).toContain(
      `$(m, b) \\approx (${fit.m.toFixed(3)}, ${fit.b.toFixed(3)})$, where the mean squared error is **${loss.value([fit.m, fit.b]).toPrecision(3)}**`,
    );
    // The ShowMe lands within the figure's "bottom of the bowl" band (5 %) and passes the quiz challenge.
    expect(loss.value([1.05, 0.83])).toBeLessThanOrEqual(1.05 * loss.value([fit.m, fit.b]));
  });

  test('the plain sum of squares is the MSE times 2n: same minimum', () => {
    const fit = leastSquares(data)!;
    const sse = (m: number, b: number) => lineResiduals(data, m, b).reduce((a, r) => a + r * r, 0);
    expect(sse(0.3, 1.1)).toBeCloseTo(2 * data.n * loss.value([0.3, 1.1]), 10);
    for (const [dm, db] of [
      [0.01, 0],
      [0, 0.01],
      [-0.01, 0.01],
    ])
      expect(sse(fit.m + dm!, fit.b + db!)).toBeGreaterThan(sse(fit.m, fit.b));
  });

  test('cross-entropy numbers: ln 2, the default 0.357, the confident wrong 4.61 and its squared error 0.98', () => {
    expect(mdx).toContain('$\\ln 2 \\approx 0.693$');
    expect(crossEntropy(0.5, 1)).toBeCloseTo(0.693, 3);
    expect(crossEntropyFigure.table.q.default).toBe(0.7);
    expect(mdx).toContain(`70 % sure of a photo that really is a dog, costs **${crossEntropy(0.7, 1).toFixed(3)}**`);
    expect(mdx).toContain(
      `Cross-entropy charges **${crossEntropy(0.01, 1).toFixed(2)}**, more than six times the price of the shrug`,
    );
    expect(crossEntropy(0.01, 1) / crossEntropy(0.5, 1)).toBeGreaterThan(6);
    expect(crossEntropy(0.01, 1) / crossEntropy(0.5, 1)).toBeLessThan(7);
    expect(mdx).toContain(`charges only ${((1 - 0.01) ** 2).toFixed(2)} and can never charge more than 1`);
    expect(crossEntropy(0.99, 1)).toBeCloseTo(0.01, 3);
    expect(quiz).toContain('$-\\\\ln 0.01 \\\\approx 4.61$');
  });

  test('the one-big-miss challenge: r from 2.28 up to (not including) 3', () => {
    expect(27 ** 0.25).toBeCloseTo(2.2795, 4);
    expect(quiz).toContain('that is $r \\\\ge 2.28$');
    for (const r of [2.28, 2.5, 2.99]) expect(checkChallenge('outlier-share', { r }).passed, String(r)).toBe(true);
    for (const r of [2.27, 3, 1, 0, 8]) expect(checkChallenge('outlier-share', { r }).passed, String(r)).toBe(false);
    const shares = (r: number) =>
      [penaltyTotals([1, 1, 1, r], PENALTIES.abs), penaltyTotals([1, 1, 1, r], PENALTIES.fourth)].map(
        (t) => t.largestShare,
      );
    expect(shares(2.5)[0]).toBeLessThan(0.5);
    expect(shares(2.5)[1]).toBeGreaterThanOrEqual(0.9);
  });

  test('quiz numeric answers', () => {
    expect(PENALTIES.square.value(3) / PENALTIES.square.value(1)).toBe(9);
    expect(PENALTIES.abs.value(3) / PENALTIES.abs.value(1)).toBe(3);
    expect(PENALTIES.fourth.value(3) / PENALTIES.fourth.value(1)).toBe(81);
    const three = { n: 3, features: 1, x: Float64Array.from([0, 0, 0]), y: Float64Array.from([-1, 2, -1]) };
    // ŷ = 0 everywhere, so r = 1, −2, 1 and C = (½ + 2 + ½) / 3 = 1.
    expect(lineMSE(three).value([0, 0])).toBeCloseTo(1, 12);
  });
});
