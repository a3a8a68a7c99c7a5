/** Every number lesson 2 ("Loss") and its quiz state, checked against src/optim. */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  PENALTIES,
  TWO_WELLS_MINIMA,
  crossEntropy,
  gradientDescent,
  run,
  twoWells,
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
import { withoutPointers } from './prose.ts';

const text = (path: string) =>
  withoutPointers(readFileSync(new URL(`../../../content/${path}`, import.meta.url), 'utf8')).replace(/\s+/g, ' ');
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
    // "too flat": the default slope is below the best one.
    expect(m).toBeLessThan(leastSquares(data)!.m);
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

  test('Figure 2.1 shows the plain mean of r² (0.33), twice the MSE with the ½ (0.165) of Figure 2.2', () => {
    const { m, b } = { m: residualSquares.table.m.default, b: residualSquares.table.b.default };
    expect([perExampleLoss.table.m.default, perExampleLoss.table.b.default]).toEqual([m, b]);
    const plain = penaltyTotals(lineResiduals(data, m, b), PENALTIES.square).mean;
    expect(plain.toFixed(2)).toBe('0.33');
    expect(loss.value([m, b]).toFixed(3)).toBe('0.165');
    expect(plain).toBeCloseTo(2 * loss.value([m, b]), 12);
    expect(mdx).toContain('for the same line it showed 0.33, twice the 0.165 of the next figure');
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

  test('the flat direction of the bowl pivots the line about a point inside the data, near x = 2', () => {
    // The MSE's curvature matrix is the mean of [x², x; x, 1]; its gentle eigenvector (Δm, Δb) moves
    // the line by Δm·x + Δb, which is zero at x = −Δb/Δm.
    const n = data.n;
    let sxx = 0;
    let sx = 0;
    for (let i = 0; i < n; i++) {
      sxx += data.x[i]! ** 2 / n;
      sx += data.x[i]! / n;
    }
    const [a, c, d] = [sxx, sx, 1];
    const gentle = (a + d) / 2 - Math.sqrt(((a - d) / 2) ** 2 + c * c);
    const sharp = (a + d) / 2 + Math.sqrt(((a - d) / 2) ** 2 + c * c);
    // (a − λ)Δm + cΔb = 0 → Δb/Δm = (λ − a)/c.
    const pivot = -(gentle - a) / c;
    expect(pivot.toFixed(0)).toBe('2');
    expect(pivot).toBeGreaterThan(Math.min(...data.x));
    expect(pivot).toBeLessThan(Math.max(...data.x));
    expect(Math.sqrt(sharp / gentle)).toBeGreaterThan(4); // long ellipses
    expect(mdx).toContain('the line pivots about a point inside the data (near $x = 2$)');
  });

  test('what makes it convex: one point’s squared miss is a trough over (m, b); troughs at different x add to a bowl', () => {
    // One term (m x + b − y)² has curvature matrix 2[x², x; x, 1]: determinant 0, a trough (zero along
    // m x + b = y). Two terms with different x: determinant 4(x₁ − x₂)² > 0, a bowl.
    const det = (xs: number[]) => {
      const a = xs.reduce((s, x) => s + 2 * x * x, 0);
      const c = xs.reduce((s, x) => s + 2 * x, 0);
      const d = xs.reduce((s) => s + 2, 0);
      return a * d - c * c;
    };
    expect(det([1.3])).toBeCloseTo(0, 12);
    expect(det([0.5, 2])).toBeCloseTo(4 * 1.5 ** 2, 12);
    const one = (m: number, b: number) => (m * 1.3 + b - 2) ** 2;
    for (const m of [-1, 0, 2]) expect(one(m, 2 - 1.3 * m)).toBeCloseTo(0, 12); // zero along a line of (m, b)
    expect(det([...data.x])).toBeGreaterThan(0);
    expect(mdx).toContain('It is a straight trough: zero along the lines that pass exactly through that point');
    expect(mdx).toContain('troughs that cross add up to a bowl with a single bottom');
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

describe('lesson 2: new claims', () => {
  test('the figure’s line is too flat: slope 0.5 against the best 1.05', () => {
    expect(residualSquares.table.m.default).toBe(0.5);
    expect(leastSquares(data)!.m.toFixed(2)).toBe('1.05');
    expect(mdx).toContain("slope 0.5, where the best line's is about 1.05");
  });

  test('the two-point slope of r² is exactly 2r', () => {
    for (const r of [-2, 0.5, 3])
      for (const h of [1, 0.01]) expect(((r + h) ** 2 - (r - h) ** 2) / (2 * h)).toBeCloseTo(2 * r, 9);
  });

  test('all points at one x: a whole line of best (m, b), every line through their average height there', () => {
    const same = { n: 3, features: 1, x: Float64Array.from([2, 2, 2]), y: Float64Array.from([1, 2, 6]) };
    const l = lineMSE(same);
    // m·2 + b = 3 (the average) for each of these lines: all tie, and beat a line that misses the average.
    const tied = [0, 1, -2.5].map((m) => l.value([m, 3 - 2 * m]));
    for (const t of tied) expect(t).toBeCloseTo(tied[0]!, 12);
    expect(l.value([0, 3.1])).toBeGreaterThan(tied[0]!);
    expect(mdx).toContain('as long as the points do not all share one $x$');
  });

  test('the two-valley curve is not convex: the segment between its minima passes under the hump', () => {
    const [a, c] = TWO_WELLS_MINIMA;
    const fa = twoWells.value([a]);
    const fc = twoWells.value([c]);
    const chordAt0 = fa + ((0 - a) / (c - a)) * (fc - fa);
    expect(chordAt0).toBeLessThan(twoWells.value([0]));
    expect(mdx).toContain('the segment from one valley to the other passes under the hump');
  });

  test('the ln table, and the slopes −1.98 and −100 at q = 0.01 (about fifty times steeper)', () => {
    const row = [1, 0.9, 0.7, 0.5, 0.1, 0.01].map((q) => (q === 1 ? '0' : `−${(-Math.log(q)).toFixed(3)}`));
    expect(mdx).toContain(`| its $\\ln$ | ${row.join(' | ')} |`);
    for (const q of [0.9, 0.7, 0.5, 0.1, 0.01]) expect(crossEntropy(q, 1)).toBeCloseTo(-Math.log(q), 12);
    const h = 1e-6;
    const slope = (f: (q: number) => number, q: number) => (f(q + h) - f(q - h)) / (2 * h);
    const sq = slope((q) => (1 - q) ** 2, 0.01);
    const ce = slope((q) => crossEntropy(q, 1), 0.01);
    expect(sq.toFixed(2)).toBe('-1.98');
    expect(ce).toBeCloseTo(-100, 3);
    expect(Math.round(ce / sq / 10) * 10).toBe(50);
    expect(mdx).toContain('at $q = 0.01$ it is $-1.98$');
    expect(mdx).toContain('So at $q = 0.01$ the slope is $-100$, about fifty times steeper');
    // The reader's check: the two-point slope with h = 0.0001 at q = 0.01 is about −100.0.
    const reader = (-Math.log(0.0101) + Math.log(0.0099)) / 0.0002;
    expect(reader.toFixed(1)).toBe('-100.0');
    expect(mdx).toContain('\\big({-\\ln 0.0101} + \\ln 0.0099\\big) / 0.0002 \\approx -100.0 .');
    // (1 − q)²: the two-point slope is exact, −2(1 − q), for any h.
    for (const h of [0.5, 0.01]) expect(((1 - 0.3 - h) ** 2 - (1 - 0.3 + h) ** 2) / (2 * h)).toBeCloseTo(-1.4, 12);
    // Never steeper than 2: |−2(1 − q)| ≤ 2 on [0, 1].
    for (const q of [0, 0.3, 1]) expect(Math.abs(slope((v) => (1 - v) ** 2, q))).toBeLessThanOrEqual(2 + 1e-6);
  });
});

describe('lesson 2 exercises', () => {
  test('the best single number: mean 3 with L ≈ 2.333; median 2 with L(2) ≈ 1.667 < L(3) = 2; 21 and 2 with 60', () => {
    const consts = { n: 3, features: 1, x: Float64Array.from([0, 0, 0]), y: Float64Array.from([1, 2, 6]) };
    const l = lineMSE(consts);
    // Descent on b alone (m stays 0 because every x is 0) settles at the mean.
    const r = run(l, gradientDescent({ learningRate: 0.5 }), [0, 0], { maxSteps: 200, toleranceGrad: 1e-12 });
    expect(r.positions[2 * r.steps + 1]).toBeCloseTo(3, 9);
    expect(l.value([0, 3]).toFixed(3)).toBe('2.333');
    const absL = (b: number, ys: number[]) => ys.reduce((s, y) => s + Math.abs(b - y), 0) / ys.length;
    expect(absL(2, [1, 2, 6]).toFixed(3)).toBe('1.667');
    expect(absL(3, [1, 2, 6])).toBe(2);
    for (const b of [1, 1.5, 2.5, 4, 6]) expect(absL(b, [1, 2, 6])).toBeGreaterThan(absL(2, [1, 2, 6]));
    expect((1 + 2 + 60) / 3).toBe(21);
    expect(mdx).toContain('$L(3) = \\frac{1}{6}(4 + 1 + 9) \\approx 2.333$');
    expect(mdx).toContain('$L(2) = \\frac{1}{3}(1 + 0 + 4) \\approx 1.667$');
    expect(mdx).toContain('The average moves to $(1 + 2 + 60)/3 = 21$');
    // The exercise's hints: the slope of (b − yᵢ)² in b is 2(b − yᵢ); the slope of the sum is zero at the bottom.
    const two = (f: (b: number) => number, b: number, h = 0.01) => (f(b + h) - f(b - h)) / (2 * h);
    for (const b of [0, 2.5]) expect(two((v) => (v - 6) ** 2, b)).toBeCloseTo(2 * (b - 6), 9);
    expect(two((v) => l.value([0, v]), 3)).toBeCloseTo(0, 9);
    expect(mdx).toContain('The slope of $(b - y_i)^2$ in $b$ is the slope of $r^2$ with $r = b - y_i$');
  });

  test('shifting the targets by c moves the best line to (m, b + c)', () => {
    const c = 0.7;
    const shifted = { ...data, y: Float64Array.from(data.y, (y) => y + c) };
    const a = leastSquares(data)!;
    const s = leastSquares(shifted)!;
    expect(s.m).toBeCloseTo(a.m, 12);
    expect(s.b).toBeCloseTo(a.b + c, 12);
    expect(lineMSE(shifted).value([0.3, 1 + c])).toBeCloseTo(loss.value([0.3, 1]), 12);
  });

  test('three photos: 0.223, 0.357, 0.916, mean 0.499', () => {
    const costs = [crossEntropy(0.8, 1), crossEntropy(0.3, 0), crossEntropy(0.6, 0)];
    expect(costs.map((v) => v.toFixed(3))).toEqual(['0.223', '0.357', '0.916']);
    expect((costs.reduce((a, v) => a + v, 0) / 3).toFixed(3)).toBe('0.499');
    expect(mdx).toContain('$-\\ln 0.8 \\approx 0.223$');
    expect(mdx).toContain('$-\\ln 0.4 \\approx 0.916$');
    expect(mdx).toContain('$(0.223 + 0.357 + 0.916)/3 \\approx 0.499$');
  });
});

describe('lesson 2 quiz', () => {
  test('a miss of 2 against 0.5: 16 times under r², 4 under |r|, 256 under r⁴', () => {
    const ratio = (id: keyof typeof PENALTIES) => PENALTIES[id].value(2) / PENALTIES[id].value(0.5);
    expect([ratio('square'), ratio('abs'), ratio('fourth')]).toEqual([16, 4, 256]);
    expect(quiz).toContain('answer: 16');
  });

  test('misses 1, 1, 1, 2: the 2 owns 84 % under r⁴, 57 % under r², 40 % under |r|', () => {
    const share = (id: keyof typeof PENALTIES) => penaltyTotals([1, 1, 1, 2], PENALTIES[id]).largestShare;
    expect(pct(share('fourth'))).toBe('84 %');
    expect(pct(share('square'))).toBe('57 %');
    expect(pct(share('abs'))).toBe('40 %');
    expect(quiz).toContain("text: 'About 84 %'");
    expect(quiz).toContain('$4 / 7 \\approx 57\\,\\%$');
  });

  test('mean of the losses of misses 1, −2, 1 is 1; the slips 2 (no ½) and 3 (the sum)', () => {
    const r = [1, -2, 1];
    const l = r.map((v) => 0.5 * v * v);
    expect(l.reduce((a, v) => a + v, 0) / 3).toBe(1);
    expect(r.reduce((a, v) => a + v * v, 0) / 3).toBe(2);
    expect(l.reduce((a, v) => a + v, 0)).toBe(3);
    expect(r.reduce((a, v) => a + v, 0)).toBe(0);
  });

  test('q = 0.9 for a cat: 2.303; for a dog 0.105; q² = 0.81', () => {
    expect(crossEntropy(0.9, 0).toFixed(3)).toBe('2.303');
    expect(crossEntropy(0.9, 1).toFixed(3)).toBe('0.105');
    expect(0.9 ** 2).toBeCloseTo(0.81, 12);
    expect(quiz).toContain('Cross-entropy charges $-\\ln 0.1 \\approx 2.303$');
    expect(quiz).toContain('$-\\ln 0.9 \\approx 0.105$');
  });

  test('why-square: neither r² nor |r| keeps the sign of a miss', () => {
    for (const r of [0.4, 3]) {
      expect(PENALTIES.square.value(-r)).toBe(PENALTIES.square.value(r));
      expect(PENALTIES.abs.value(-r)).toBe(PENALTIES.abs.value(r));
    }
    expect(quiz).toContain('Neither keeps it: $(-3)^2 = 3^2$, just as $|-3| = |3|$');
  });
});
