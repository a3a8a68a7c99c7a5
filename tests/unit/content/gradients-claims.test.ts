// Every number lesson 4 ("gradients") states, and every sentence saying how a run looks, checked
// against the optimizer module.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import {
  coordinateDescent,
  directionalRates,
  gradientDescent,
  illConditionedBowl,
  leastSquares,
  lineCurvature,
  lineMSE,
  QUADRATIC_HESSIAN_EIGENVALUES,
  QUADRATIC_LR_LIMIT,
  QUADRATIC_PRINCIPAL_DIRECTIONS,
  quadraticXY,
  rateAlong,
  run,
  saddle,
  twoWells,
  type Objective,
  type RunResult,
} from '../../../src/optim/index.ts';
import { lineFitData } from '../../../src/figures/lessons/data.ts';
import {
  descent2d,
  regressionDescent,
  SETTLED_F,
  simultaneousUpdates,
} from '../../../src/figures/lessons/gradients.ts';
import { playground } from '../../../src/figures/playground.ts';
import { parseState } from '../../../src/figures/state.ts';
import { shownItem } from '../../../src/quiz/shown.ts';
import { QuizItemSchema } from '../../../src/quiz/schema.ts';
import { withoutPointers } from './prose.ts';
/** A numeric item's answer as readers are shown it: authored, or computed by the optimizer module. */
const shownAnswer = (slug: string, raw: unknown) => {
  const it = shownItem(slug, QuizItemSchema.parse(raw));
  return it.kind === 'numeric' ? it.answer : undefined;
};

const raw = readFileSync(new URL('../../../content/lessons/gradients.mdx', import.meta.url), 'utf8');
/** The lesson with its line breaks folded, so a sentence can be looked up whatever its wrapping. */
const mdx = withoutPointers(raw).replace(/\s+/g, ' ');
const says = (text: string) => expect(mdx, `the lesson should say: ${text}`).toContain(text);
const q = quadraticXY;
const grad = (a: number, b: number) => Array.from(q.gradient([a, b], new Float64Array(2)));
const bowlRun = (eta: number, maxSteps = 200, start = [-2.5, 2]) =>
  run(q, gradientDescent({ learningRate: eta }), start, { maxSteps, toleranceF: SETTLED_F, bound: 1e3 });
const deg = (rad: number) => ((((rad * 180) / Math.PI) % 360) + 360) % 360;
const [LMIN, LMAX] = QUADRATIC_HESSIAN_EIGENVALUES;

const [GENTLE, SHARP] = QUADRATIC_PRINCIPAL_DIRECTIONS;
/** Signed positions along the gentle and the sharp principal direction after every step. */
function along(r: RunResult): { gentle: number[]; sharp: number[] } {
  const gentle: number[] = [];
  const sharp: number[] = [];
  for (let k = 0; k <= r.steps; k++) {
    const a = r.positions[2 * k]!;
    const b = r.positions[2 * k + 1]!;
    gentle.push(a * GENTLE[0] + b * GENTLE[1]);
    sharp.push(a * SHARP[0] + b * SHARP[1]);
  }
  return { gentle, sharp };
}

describe('lesson 4: the bowl and its partial derivatives', () => {
  test('completing the square: L = (θ₁ − θ₂/2)² + (11/4)θ₂²', () => {
    says('L = \\left(\\theta_1 - \\tfrac12\\theta_2\\right)^2 + \\tfrac{11}{4}\\,\\theta_2^2');
    for (const [a, b] of [
      [1, 2],
      [-0.7, 0.3],
      [2.5, -1.5],
    ] as const)
      expect(q.value([a, b])).toBeCloseTo((a - b / 2) ** 2 + (11 / 4) * b * b, 12);
  });

  test('the term-by-term partial derivatives: 2θ₁ − θ₂ and 6θ₂ − θ₁, and 2θ₁ − 1 on the slice θ₂ = 1', () => {
    says(
      '\\frac{\\partial L}{\\partial \\theta_1} = 2\\theta_1 - \\theta_2, \\qquad \\frac{\\partial L}{\\partial \\theta_2} = 6\\theta_2 - \\theta_1',
    );
    says(
      'At $\\theta_2 = 1$ the first one is $2\\theta_1 - 1$, the slope of the parabola $\\theta_1^2 + 3 - \\theta_1$',
    );
    for (const [a, b] of [
      [-2, 0.5],
      [0.3, 1],
      [1.5, -2.5],
    ] as const)
      expect(grad(a, b)).toEqual([2 * a - b, 6 * b - a]);
    for (const a of [-1, 0.25, 2]) {
      const h = 1e-5;
      const slope = (q.value([a + h, 1]) - q.value([a - h, 1])) / (2 * h);
      expect(q.value([a, 1])).toBeCloseTo(a * a + 3 - a, 12);
      expect(slope).toBeCloseTo(2 * a - 1, 6);
    }
  });

  test('partial derivatives at (1.5, 1) and the flat slice on θ₂ = 2θ₁', () => {
    says('$L = 3.75$');
    says('$\\partial L/\\partial \\theta_1 = 2$');
    says('$\\partial L/\\partial \\theta_2 = 4.5$');
    expect(q.value([1.5, 1])).toBeCloseTo(3.75, 12);
    expect(grad(1.5, 1)).toEqual([2, 4.5]);
    says('On the line $\\theta_2 = 2\\theta_1$ the first slope is zero');
    for (const a of [-1, 0.3, 1]) expect(grad(a, 2 * a)[0]).toBeCloseTo(0, 12);
  });
});

describe('lesson 4: the steepest way down', () => {
  test('the dot product as lengths times cosine, checked on (3, 4) and (1, 0): 3 = 5 · 1 · 3/5', () => {
    says('entry by entry the dot product is $3 \\cdot 1 + 4 \\cdot 0 = 3$');
    says('the cosine of its angle with $(1, 0)$ is $3/5$; and $5 \\cdot 1 \\cdot 3/5 = 3$');
    expect(Math.hypot(3, 4)).toBe(5);
    expect(Math.cos(Math.atan2(4, 3))).toBeCloseTo(3 / 5, 15);
    expect(Math.hypot(3, 4) * 1 * Math.cos(Math.atan2(4, 3))).toBeCloseTo(3 * 1 + 4 * 0, 12);
  });

  test('at (2, 1): gradient (3, 4) of length 5, rates 4 and −3, steepest at 233.1° with rate −5', () => {
    says('$\\nabla L = (3, 4)$, whose length is $\\lVert \\nabla L \\rVert = \\sqrt{9 + 16} = 5$');
    says('the rate is $4$');
    says('$-3$: down');
    says('$\\varphi = 233.1°$');
    says('with rate exactly $-5$');
    const r = directionalRates(q, [2, 1]);
    expect(r.gradient).toEqual([3, 4]);
    expect(r.gradNorm).toBe(5);
    expect(rateAlong(r, Math.PI / 2)).toBeCloseTo(4, 12);
    expect(rateAlong(r, Math.PI)).toBeCloseTo(-3, 12);
    expect(deg(r.steepestAngle).toFixed(1)).toBe('233.1');
    expect(rateAlong(r, r.steepestAngle)).toBeCloseTo(-5, 12);
    // The wave is 5 cos(φ − angle of ∇L).
    const up = Math.atan2(4, 3);
    for (const phi of [0, 1, 2.5, 4]) expect(rateAlong(r, phi)).toBeCloseTo(5 * Math.cos(phi - up), 12);
  });

  test('the minimum lies at 206.6° from (2, 1), more than 26° off the steepest way down', () => {
    says('the bottom lies in the direction of $(-2, -1)$, at about $206.6°$');
    says('at $233.1°$, is more than $26°$ off');
    const toMin = deg(Math.atan2(-1, -2));
    expect(toMin.toFixed(1)).toBe('206.6');
    const gap = deg(directionalRates(q, [2, 1]).steepestAngle) - toMin;
    expect(gap).toBeGreaterThan(26);
    expect(gap).toBeLessThan(27);
  });
});

describe('lesson 4: descent in two dimensions', () => {
  test('one step by hand from (2, 1) with η = 0.1', () => {
    says('land on $(1.7, 0.6)$');
    says('drops from $5$ to $2.95$');
    says('$\\eta \\lVert \\nabla L \\rVert^2 = 0.1 \\cdot 25 = 2.5$');
    says('the $2.05$ that happened');
    const r = run(q, gradientDescent({ learningRate: 0.1 }), [2, 1], { maxSteps: 1 });
    expect(r.positions[2]).toBeCloseTo(1.7, 12);
    expect(r.positions[3]).toBeCloseTo(0.6, 12);
    expect(r.values[0]).toBe(5);
    expect(r.values[1]).toBeCloseTo(2.95, 12);
    expect(r.values[0]! - r.values[1]!).toBeCloseTo(2.05, 12);
  });

  test('one settling rule, 10⁻¹², for every walk of the lesson’s figures: the widgets and this test share SETTLED_F', () => {
    expect(SETTLED_F).toBe(1e-12);
    const widget = (name: string) =>
      readFileSync(new URL(`../../../src/widgets/figures/${name}.svelte`, import.meta.url), 'utf8');
    for (const name of ['Descent2D', 'SimultaneousUpdates', 'RegressionDescent']) {
      const src = widget(name);
      expect(src, name).toContain('toleranceF: SETTLED_F');
      expect(src.match(/tolerance\w*:/g), name).toEqual(['toleranceF:']);
    }
    for (const name of ['PartialSlices', 'GradientArrows', 'SteepestDirection'])
      expect(widget(name)).not.toMatch(/tolerance/);
  });

  test('descent-2d at η = 0.1: first across the narrow direction, then along the length; 73 steps', () => {
    expect(descent2d.table.x0.default).toBe(-2.5);
    expect(descent2d.table.y0.default).toBe(2);
    expect(descent2d.table.eta.default).toBe(0.1);
    says('The path does not head straight for the origin');
    says('its first steps drop steeply across the narrow direction of the bowl');
    says('The walk settles after 73 steps.');
    says('The figures of this lesson call a walk settled when a step changes $L$ by less than $10^{-12}$');
    says('With a millionth this run would stop after 37 steps.');
    const r = bowlRun(0.1);
    expect(r).toMatchObject({ steps: 73, stop: { reason: 'tolerance-f' } });
    expect(
      run(q, gradientDescent({ learningRate: 0.1 }), [-2.5, 2], { maxSteps: 200, toleranceF: 1e-6, bound: 1e3 }),
    ).toMatchObject({ steps: 37, stop: { reason: 'tolerance-f' } });
    // The first step points well away from the origin's direction.
    const first = Math.atan2(r.positions[3]! - 2, r.positions[2]! + 2.5);
    const toOrigin = Math.atan2(-2, 2.5);
    expect(Math.abs(first - toOrigin)).toBeGreaterThan((20 * Math.PI) / 180);
    // After five steps the sharp direction is nearly done, the gentle one is not.
    const { gentle, sharp } = along(r);
    expect(Math.abs(sharp[5]! / sharp[0]!)).toBeLessThan(0.01);
    expect(Math.abs(gentle[5]! / gentle[0]!)).toBeGreaterThan(0.3);
  });
});

describe('lesson 4: curvature', () => {
  test('the second derivatives are 2, 6 and −1, the same from either slope', () => {
    says('$L_{11} = 2$');
    says('$L_{22} = 6$');
    says('$L_{12} = -1$');
    const h = 1e-4;
    const d = (i: number, j: number) => {
      const p = [0.7, -0.4];
      const e = [0, 0];
      e[j] = h;
      const up = q.gradient([p[0]! + e[0]!, p[1]! + e[1]!], new Float64Array(2))[i]!;
      const dn = q.gradient([p[0]! - e[0]!, p[1]! - e[1]!], new Float64Array(2))[i]!;
      return (up - dn) / (2 * h);
    };
    expect(d(0, 0)).toBeCloseTo(2, 9);
    expect(d(1, 1)).toBeCloseTo(6, 9);
    expect(d(0, 1)).toBeCloseTo(-1, 9);
    expect(d(1, 0)).toBeCloseTo(-1, 9);
  });

  test('the curvature along d is 2d₁² − 2d₁d₂ + 6d₂², a wave whose extremes are 4 ± √5 at 103.3° and 13.3°', () => {
    says('L(\\varepsilon\\mathbf{d}) = \\varepsilon^2\\,(d_1^2 + 3d_2^2 - d_1 d_2)');
    says('$2d_1^2 - 2d_1 d_2 + 6d_2^2$');
    says('\\lambda = \\frac{2 + 6}{2} \\pm \\sqrt{(-2)^2 + (-1)^2} = 4 \\pm \\sqrt{5}');
    says('$\\lambda_{\\max} = 4 + \\sqrt{5} \\approx 6.236$');
    says('$\\lambda_{\\min} = 4 - \\sqrt{5} \\approx 1.764$');
    says('at about $103.3°$');
    says('at about $13.3°$, at right angles to the first');
    const curv = (phi: number) => {
      const [d1, d2] = [Math.cos(phi), Math.sin(phi)];
      const t = 1e-3;
      // Second difference of L along the line through the bottom.
      return (q.value([t * d1, t * d2]) - 2 * q.value([0, 0]) + q.value([-t * d1, -t * d2])) / (t * t);
    };
    let lo = Infinity;
    let hi = -Infinity;
    let argLo = 0;
    let argHi = 0;
    for (let i = 0; i < 3600; i++) {
      const phi = (i / 3600) * Math.PI;
      const c = curv(phi);
      const wave = 4 - 2 * Math.cos(2 * phi) - Math.sin(2 * phi);
      expect(c).toBeCloseTo(wave, 6);
      expect(c).toBeCloseTo(2 * Math.cos(phi) ** 2 - 2 * Math.cos(phi) * Math.sin(phi) + 6 * Math.sin(phi) ** 2, 6);
      if (c < lo) [lo, argLo] = [c, phi];
      if (c > hi) [hi, argHi] = [c, phi];
    }
    expect(lo).toBeCloseTo(4 - Math.sqrt(5), 5);
    expect(hi).toBeCloseTo(4 + Math.sqrt(5), 5);
    expect(LMAX.toFixed(3)).toBe('6.236');
    expect(LMIN.toFixed(3)).toBe('1.764');
    expect(deg(argHi).toFixed(1)).toBe('103.3');
    expect(deg(argLo).toFixed(1)).toBe('13.3');
    expect(deg(Math.atan2(SHARP[1], SHARP[0])) % 180).toBeCloseTo(103.28, 1);
    // The angles from the arrow ((L₁₁ − L₂₂)/2, L₁₂) = (−2, −1): 2φ is its angle, or the opposite one.
    says('$\\left(\\tfrac{2 - 6}{2},\\ -1\\right) = (-2, -1)$, whose angle is about $206.6°$');
    says('so $2\\varphi \\approx 206.6°$ and $\\varphi \\approx 103.3°$');
    says('$2\\varphi \\approx 26.6°$ and $\\varphi \\approx 13.3°$');
    const arrow = deg(Math.atan2(-1, (2 - 6) / 2));
    expect(arrow.toFixed(1)).toBe('206.6');
    expect((arrow / 2).toFixed(1)).toBe(deg(argHi).toFixed(1));
    expect((arrow - 180).toFixed(1)).toBe('26.6');
    expect(((arrow - 180) / 2).toFixed(1)).toBe(deg(argLo).toFixed(1));
  });

  test('along a principal direction the gradient is λ times the position: (0.973, 0.230) → (1.717, 0.405)', () => {
    says('at the gentle direction’s unit vector, about $(0.973, 0.230)$'.replace('’', "'"));
    says('is about $(1.717, 0.405)$, which is $1.764$ times it');
    expect(GENTLE.map((v) => v.toFixed(3))).toEqual(['0.973', '0.230']);
    const g = grad(GENTLE[0], GENTLE[1]);
    expect(g.map((v) => v.toFixed(3))).toEqual(['1.717', '0.405']);
    expect(g[0]! / GENTLE[0]).toBeCloseTo(LMIN, 12);
    expect(g[1]! / GENTLE[1]).toBeCloseTo(LMIN, 12);
  });

  test('each step multiplies the signed position along a principal direction by 1 − ηλ', () => {
    says('it multiplies your *signed* position along each one, measured from the bottom, by $1 - \\eta\\lambda$');
    for (const eta of [0.1, 0.25, 0.3]) {
      const { gentle, sharp } = along(bowlRun(eta, 10));
      for (let k = 1; k <= 10; k++) {
        expect(gentle[k]!).toBeCloseTo((1 - eta * LMIN) * gentle[k - 1]!, 12);
        expect(sharp[k]!).toBeCloseTo((1 - eta * LMAX) * sharp[k - 1]!, 12);
      }
    }
  });

  test('the limit 2/λmax ≈ 0.3207; at 0.3 the walk zig-zags and settles in 107 steps; at 0.33 the swings grow and it diverges at 34', () => {
    says('\\eta = \\frac{2}{\\lambda_{\\max}} = \\frac{2}{4 + \\sqrt{5}} \\approx 0.3207.');
    expect(QUADRATIC_LR_LIMIT.toFixed(4)).toBe('0.3207');
    expect(QUADRATIC_LR_LIMIT).toBeCloseTo(2 / LMAX, 15);
    says('factor is about $-0.871$');
    expect((1 - 0.3 * LMAX).toFixed(3)).toBe('-0.871');
    says('the path zig-zags across the valley, flipping sides every step, and still settles, in 107 steps');
    const slow = bowlRun(0.3);
    expect(slow).toMatchObject({ steps: 107, stop: { reason: 'tolerance-f' } });
    const s1 = along(slow).sharp;
    for (let k = 1; k <= slow.steps; k++) expect(Math.sign(s1[k]!)).toBe(-Math.sign(s1[k - 1]!));
    says('the swings grow with every step, and after 34 steps the run is stopped as diverged');
    const wild = bowlRun(0.33);
    expect(wild).toMatchObject({ steps: 34, stop: { reason: 'diverged' } });
    const s2 = along(wild).sharp;
    for (let k = 1; k <= wild.steps; k++) expect(Math.abs(s2[k]!)).toBeGreaterThan(Math.abs(s2[k - 1]!));
    says('state={{ eta: 0.33, step: 34 }}');
  });

  test('η = 2/(λmin + λmax) = 0.25 shrinks both directions by 0.559 a step and takes 28 steps; 0.239 needs 27, the fewest', () => {
    says('$\\eta = 2/(\\lambda_{\\min} + \\lambda_{\\max}) = 0.25$');
    says('about $0.559$ a step');
    says('From the default start that takes 28 steps');
    says('a slightly smaller $\\eta$, 0.239, needs 27');
    expect(2 / (LMIN + LMAX)).toBeCloseTo(0.25, 15);
    expect((1 - 0.25 * LMIN).toFixed(3)).toBe('0.559');
    expect((0.25 * LMAX - 1).toFixed(3)).toBe('0.559');
    expect(bowlRun(0.25)).toMatchObject({ steps: 28, stop: { reason: 'tolerance-f' } });
    expect(bowlRun(0.239)).toMatchObject({ steps: 27, stop: { reason: 'tolerance-f' } });
    let fewest = Infinity;
    for (let i = 1; i <= 400; i++) {
      const r = bowlRun(i / 1000);
      if (r.stop.reason === 'tolerance-f') fewest = Math.min(fewest, r.steps);
    }
    expect(fewest).toBe(27);
  });
});

describe('lesson 4: convexity and the saddle', () => {
  test('the two-valley curve curves down around its hump', () => {
    says('around its hump the curvature is negative');
    const h = 1e-4;
    const c = (t: number) => (twoWells.value([t + h]) - 2 * twoWells.value([t]) + twoWells.value([t - h])) / (h * h);
    for (const t of [-0.2, 0, 0.2]) expect(c(t)).toBeLessThan(0);
  });

  test('the saddle θ₁² − θ₂²: curvatures 2 and −2, zero gradient at the origin', () => {
    says('$L = \\theta_1^2 - \\theta_2^2$');
    expect(saddle.value([0.3, 0])).toBeGreaterThan(0);
    expect(saddle.value([0, 0.3])).toBeLessThan(0);
    expect(Array.from(saddle.gradient([0, 0], new Float64Array(2)), Math.abs)).toEqual([0, 0]);
  });

  // The playground's stop rule: the slope below its default tolerance, 0.001.
  const rule = { maxSteps: 400, toleranceGrad: 1e-3 };
  test('from (−2.5, 0) with η = 0.05 descent slides into the saddle and is declared converged in 81 steps', () => {
    says(
      "the playground's stopping rule, which stops once the slope is below 0.001, declares it converged, in 81 steps from $(-2.5, 0)$ with $\\eta = 0.05$",
    );
    expect(playground.table.tol).toMatchObject({ default: rule.toleranceGrad });
    const r = run(saddle, gradientDescent({ learningRate: 0.05 }), [-2.5, 0], rule);
    expect(r).toMatchObject({ steps: 81, stop: { reason: 'tolerance-grad' } });
    expect(Math.hypot(r.positions[162]!, r.positions[163]!)).toBeLessThan(1e-3);
  });

  test('from (−2.5, 0.05) it first heads into the saddle, then θ₂ grows by 1 + 2η a step and it slides off with no bottom', () => {
    says('Started a hair off the line, at $(-2.5, 0.05)$, it first heads into the saddle as before');
    says('grows by a factor $1 + 2\\eta$ every step');
    says('slides off down the pass, with no bottom to stop it');
    const r = run(saddle, gradientDescent({ learningRate: 0.05 }), [-2.5, 0.05], rule);
    const dist = (k: number) => Math.hypot(r.positions[2 * k]!, r.positions[2 * k + 1]!);
    for (let k = 1; k <= 10; k++) expect(dist(k)).toBeLessThan(dist(k - 1));
    for (let k = 1; k <= r.steps; k++) expect(r.positions[2 * k + 1]! / r.positions[2 * k - 1]!).toBeCloseTo(1.1, 12);
    for (let k = 1; k <= r.steps; k++) expect(r.values[k]!).toBeLessThan(r.values[k - 1]!);
    expect(r.stop.reason).toBe('diverged');
  });

  test('the playground link opens that race: the saddle, start (−2.5, 0), plain descent alone at η = 0.05', () => {
    const href = /href=\{sitePath\('(playground\/\?[^']+)'\)\}/.exec(raw)?.[1];
    expect(href).toBeDefined();
    const params = new URL(href!, 'http://x/').searchParams;
    const state = parseState(playground.table, { get: (k) => params.get(k) }, 'playground.');
    expect(state).toMatchObject({
      obj: 'saddle',
      x: -2.5,
      y: 0,
      a: 'gd',
      'a.lr': 0.05,
      b: 'none',
      c: 'none',
      tol: 1e-3,
    });
  });
});

describe('lesson 4: simultaneous against one coordinate at a time', () => {
  test('η = 0.15: 47 steps against 39 rounds (78 moves); η = 0.3: still going at 100 rounds (107 steps) against 49 rounds', () => {
    const rule = { toleranceF: SETTLED_F, bound: 1e3 };
    const max = simultaneousUpdates.table.step.max;
    expect(max).toBe(100);
    const pair = (eta: number) =>
      [
        run(q, gradientDescent({ learningRate: eta }), [-2.5, 2], { ...rule, maxSteps: max }),
        run(q, coordinateDescent({ learningRate: eta }), [-2.5, 2], { ...rule, maxSteps: 2 * max }),
      ] as const;
    says('settles after 47 steps');
    says('settles after 39 rounds of two moves each, 78 single-coordinate moves');
    const [a, b] = pair(0.15);
    expect(a).toMatchObject({ steps: 47, stop: { reason: 'tolerance-f' } });
    expect(b).toMatchObject({ steps: 78, stop: { reason: 'tolerance-f' } });
    says("is still going when the figure's 100 rounds run out (it needs 107 steps");
    says('settles in 49 rounds');
    const [c, d] = pair(0.3);
    expect(c).toMatchObject({ steps: 100, stop: { reason: 'max-steps' } });
    expect(d.stop.reason).toBe('tolerance-f');
    expect(Math.ceil(d.steps / 2)).toBe(49);
    says('So on this bowl the staircase wins.');
  });
});

describe('lesson 4: fitting a line', () => {
  test('the multiplied-out square and its slopes', () => {
    says('(m\\,x_i + b - y_i)^2 = x_i^2\\, m^2 + 2x_i(b - y_i)\\, m + (b - y_i)^2');
    for (const [xi, yi, m, b] of [
      [0.5, 1.2, -0.3, 2],
      [2, -1, 1.5, 0.25],
    ] as const)
      expect((m * xi + b - yi) ** 2).toBeCloseTo(xi * xi * m * m + 2 * xi * (b - yi) * m + (b - yi) ** 2, 12);
  });

  test('the two-point example: residuals −1 and −3, slopes −3 and −2', () => {
    says('with the two points $(0, 1)$ and $(2, 3)$ and the flat line $m = b = 0$, the residuals are $-1$ and $-3$');
    says('$\\partial L/\\partial m = \\tfrac12\\,(-1 \\cdot 0 - 3 \\cdot 2) = -3$');
    says('$\\partial L/\\partial b = \\tfrac12\\,(-1 - 3) = -2$');
    const two = lineMSE({ n: 2, features: 1, x: Float64Array.from([0, 2]), y: Float64Array.from([1, 3]) });
    expect(Array.from(two.gradient([0, 0], new Float64Array(2)))).toEqual([-3, -2]);
  });

  test('lesson 1 data: the best line, 258 steps at η = 0.3, a lift and swing then a long pivot, still creeping at η = 0.1', () => {
    const data = lineFitData(7);
    const mse = lineMSE(data);
    const fit = leastSquares(data)!;
    says('$m \\approx 1.046$');
    says('$b \\approx 0.826$');
    says('$L \\approx 0.0299$');
    expect(fit.m.toFixed(3)).toBe('1.046');
    expect(fit.b.toFixed(3)).toBe('0.826');
    expect(mse.value([fit.m, fit.b]).toFixed(4)).toBe('0.0299');
    const start = [regressionDescent.table.m0.default, regressionDescent.table.b0.default];
    expect(start[0]).toBeLessThan(0); // "a line sloping the wrong way"
    const max = regressionDescent.table.step.max;
    const go = (eta: number) =>
      run(mse, gradientDescent({ learningRate: eta }), start, { maxSteps: max, toleranceF: SETTLED_F, bound: 1e3 });
    says('$\\eta = 0.3$ gets there in 258 steps');
    const r = go(0.3);
    expect(r).toMatchObject({ steps: 258, stop: { reason: 'tolerance-f' } });
    says(
      'the line first lifts and swings as a whole, then spends most of its time pivoting, raising the slope while lowering the intercept',
    );
    expect(r.positions[2]! - r.positions[0]!).toBeGreaterThan(0.3); // the slope swings up
    expect(r.positions[3]! - r.positions[1]!).toBeGreaterThan(0); // and the line lifts
    for (let k = 3; k <= r.steps; k++) {
      expect(r.positions[2 * k]!).toBeGreaterThan(r.positions[2 * k - 2]!);
      expect(r.positions[2 * k + 1]!).toBeLessThan(r.positions[2 * k - 1]!);
    }
    says('still creeping along that valley after 300 steps');
    expect(go(0.1)).toMatchObject({ steps: 300, stop: { reason: 'max-steps' } });
  });

  test('its curvatures from the averages: x̄ ≈ 1.698, mean x² ≈ 3.574, curvatures 0.156 and 4.417, limit 0.453, ratio about 28', () => {
    const data = lineFitData(7);
    let sx = 0;
    let sxx = 0;
    for (let i = 0; i < data.n; i++) {
      sx += data.x[i]!;
      sxx += data.x[i]! ** 2;
    }
    // The table's entries are the slopes of the two partial derivatives: mean x², mean x and 1.
    says('per unit of $m$, $\\partial L/\\partial m$ changes by the average of $x_i^2$');
    const fit = lineMSE(data);
    const h = 1e-4;
    const slopeOf = (i: number, j: number) => {
      const e = [0, 0];
      e[j] = h;
      const at = [0.4, -0.7];
      const up = fit.gradient([at[0]! + e[0]!, at[1]! + e[1]!], new Float64Array(2))[i]!;
      const dn = fit.gradient([at[0]! - e[0]!, at[1]! - e[1]!], new Float64Array(2))[i]!;
      return (up - dn) / (2 * h);
    };
    expect(slopeOf(0, 0)).toBeCloseTo(sxx / data.n, 8);
    expect(slopeOf(1, 0)).toBeCloseTo(sx / data.n, 8);
    expect(slopeOf(0, 1)).toBeCloseTo(sx / data.n, 8);
    expect(slopeOf(1, 1)).toBeCloseTo(1, 8);
    says('$\\bar x \\approx 1.698$');
    says('$\\overline{x^2} \\approx 3.574$');
    says('curvatures of about $0.156$ and $4.417$');
    says('$2/4.417 \\approx 0.453$');
    says('differ by a factor of about 28');
    expect((sx / data.n).toFixed(3)).toBe('1.698');
    expect((sxx / data.n).toFixed(3)).toBe('3.574');
    const { eigenvalues, learningRateLimit } = lineCurvature(data);
    // The lesson's formula with L₁₁ = mean x², L₁₂ = mean x, L₂₂ = 1 gives the module's curvatures.
    const a = sxx / data.n;
    const b = sx / data.n;
    const r = Math.sqrt(((a - 1) / 2) ** 2 + b * b);
    expect((a + 1) / 2 - r).toBeCloseTo(eigenvalues[0], 12);
    expect((a + 1) / 2 + r).toBeCloseTo(eigenvalues[1], 12);
    expect(eigenvalues[0].toFixed(3)).toBe('0.156');
    expect(eigenvalues[1].toFixed(3)).toBe('4.417');
    expect(learningRateLimit.toFixed(3)).toBe('0.453');
    expect(Math.round(eigenvalues[1] / eigenvalues[0])).toBe(28);
    const mse = lineMSE(data);
    const start = [regressionDescent.table.m0.default, regressionDescent.table.b0.default];
    expect(
      run(mse, gradientDescent({ learningRate: 0.46 }), start, { maxSteps: 300, toleranceF: SETTLED_F, bound: 1e3 }),
    ).toMatchObject({ steps: 125, stop: { reason: 'diverged' } });
    says('state={{ eta: 0.46, step: 125 }}');
  });
});

describe('lesson 4: the quiz', () => {
  const items = (
    parse(readFileSync(new URL('../../../content/quizzes/gradients.yaml', import.meta.url), 'utf8')) as {
      items: {
        id: string;
        answer?: number;
        explanation: string;
        options?: { text: string; feedback: string; correct?: boolean }[];
      }[];
    }
  ).items;
  const item = (id: string) => items.find((i) => i.id === id)!;
  const text = JSON.stringify(items);
  const quizSays = (s: string) => expect(text, `the quiz should say: ${s}`).toContain(JSON.stringify(s).slice(1, -1));
  /** ½(L₁₁θ₁² + 2L₁₂θ₁θ₂ + L₂₂θ₂²) as an objective, and its two curvatures by the lesson's formula. */
  const bowl = (l11: number, l22: number, l12: number): Objective & { curvatures: [number, number] } => {
    const mid = (l11 + l22) / 2;
    const r = Math.sqrt(((l11 - l22) / 2) ** 2 + l12 ** 2);
    return {
      id: 'quiz-bowl',
      name: 'quiz bowl',
      dim: 2,
      tex: '',
      goal: 'minimize',
      window: [
        [-3, 3],
        [-3, 3],
      ],
      known: [],
      params: ['θ₁', 'θ₂'],
      value: (p) => 0.5 * (l11 * p[0]! ** 2 + 2 * l12 * p[0]! * p[1]! + l22 * p[1]! ** 2),
      gradient: (p, out) => ((out[0] = l11 * p[0]! + l12 * p[1]!), (out[1] = l12 * p[0]! + l22 * p[1]!), out),
      curvatures: [mid - r, mid + r],
    };
  };

  test('partial-new-function: ∂/∂θ₁ of θ₁²θ₂ + 4θ₂ − 3θ₁ at (2, 5) is 17', () => {
    const L = (a: number, b: number) => a * a * b + 4 * b - 3 * a;
    const h = 1e-5;
    expect((L(2 + h, 5) - L(2 - h, 5)) / (2 * h)).toBeCloseTo(item('partial-new-function').answer!, 6);
  });

  test('one-step-2d, steepest-rate and predict-change, from the module', () => {
    expect(grad(1, -1)).toEqual([3, -7]);
    const r = run(q, gradientDescent({ learningRate: 0.2 }), [1, -1], { maxSteps: 1 });
    expect(r.positions[3]).toBeCloseTo(shownAnswer('gradients', item('one-step-2d'))!, 12);
    expect(r.positions[2]).toBeCloseTo(0.4, 12);
    const rates = directionalRates(q, [1, 1]);
    expect(rates.gradient).toEqual([1, 5]);
    expect(-rates.gradNorm).toBeCloseTo(item('steepest-rate').answer!, 2);
    expect(1 * 0.2 + 5 * -0.1).toBeCloseTo(item('predict-change').answer!, 12);
    quizSays('$L(1.2, 0.9) - L(1, 1) = 2.79 - 3 = -0.21$');
    expect(q.value([1.2, 0.9])).toBeCloseTo(2.79, 12);
    expect(q.value([1.2, 0.9]) - q.value([1, 1])).toBeCloseTo(-0.21, 12);
  });

  test('gradient-points: at (2, 1) the line from the bottom runs at 26.6°, the gradient at 53.1°', () => {
    quizSays('the line from the bottom runs at $26.6°$, the gradient at $53.1°$');
    expect(deg(Math.atan2(1, 2)).toFixed(1)).toBe('26.6');
    expect(deg(Math.atan2(4, 3)).toFixed(1)).toBe('53.1');
  });

  test('simultaneous: the staircase needed fewer rounds at both learning rates', () => {
    quizSays(
      'at $\\eta = 0.15$ the staircase settled in 39 rounds against 47 steps, at $\\eta = 0.3$ in 49 rounds against 107',
    );
    expect(item('simultaneous').options!.filter((o) => o.correct)).toHaveLength(1);
  });

  test('diverge-limit: curvatures 6 and 2, limit 1/3; descent settles just below it and flies off just above', () => {
    const b = bowl(4, 4, 2);
    expect(b.curvatures[0]).toBeCloseTo(2, 12);
    expect(b.curvatures[1]).toBeCloseTo(6, 12);
    expect(2 / b.curvatures[1]).toBeCloseTo(item('diverge-limit').answer!, 3);
    // 2θ₁² + 2θ₂² + 2θ₁θ₂ is this bowl.
    expect(b.value([0.3, -1.1])).toBeCloseTo(2 * 0.09 + 2 * 1.21 + 2 * 0.3 * -1.1, 12);
    const go = (eta: number) =>
      run(b, gradientDescent({ learningRate: eta }), [1, 0.5], { maxSteps: 2000, toleranceGrad: 1e-8 });
    expect(go(0.33).stop.reason).toBe('tolerance-grad');
    expect(go(0.34).stop.reason).toBe('diverged');
    expect(go(0.49).stop.reason).toBe('diverged'); // the axes alone would have allowed 0.5
  });

  test('bowl-or-saddle: the keys are the two with both curvatures positive', () => {
    const cases: [string, number, number, number][] = [
      ['$\\theta_1^2 + \\theta_2^2 + 3\\theta_1\\theta_2$', 2, 2, 3],
      ['$\\theta_1^2 + 4\\theta_2^2 + \\theta_1\\theta_2$', 2, 8, 1],
      ['$3\\theta_1^2 - \\theta_2^2$', 6, -2, 0],
      ['$2\\theta_1^2 + 2\\theta_2^2 - 2\\theta_1\\theta_2$', 4, 4, -2],
    ];
    const opts = item('bowl-or-saddle').options!;
    for (const [tex, l11, l22, l12] of cases) {
      const o = opts.find((x) => x.text === tex)!;
      const [lo, hi] = bowl(l11, l22, l12).curvatures;
      expect(Boolean(o.correct)).toBe(lo > 0 && hi > 0);
    }
    expect(bowl(2, 2, 3).curvatures).toEqual([-1, 5]);
    expect(bowl(2, 8, 1).curvatures.map((v) => v.toFixed(2))).toEqual(['1.84', '8.16']);
    expect(bowl(4, 4, -2).curvatures).toEqual([2, 6]);
  });

  test('saddle-found: θ₁θ₂ from (1, 1) walks the diagonal into the origin, a saddle with curvatures ±1', () => {
    const b = bowl(0, 0, 1);
    expect(b.value([0.7, 0.4])).toBeCloseTo(0.28, 12);
    expect(b.curvatures).toEqual([-1, 1]);
    const r = run(b, gradientDescent({ learningRate: 0.1 }), [1, 1], { maxSteps: 1000, toleranceGrad: 1e-3 });
    expect(r.stop.reason).toBe('tolerance-grad');
    for (let k = 0; k <= r.steps; k++) expect(r.positions[2 * k]).toBe(r.positions[2 * k + 1]);
    expect(b.value([0.1, -0.1])).toBeLessThan(0);
    // The key: L rises along the diagonal and falls along θ₁ = −θ₂. The "flat stretch" is wrong: L is not level near the origin.
    for (const t of [0.01, 0.1, 1]) {
      expect(b.value([t, t])).toBeGreaterThan(0);
      expect(b.value([t, -t])).toBeLessThan(0);
    }
    const it = item('saddle-found') as unknown as { prompt: string; options: { text: string; correct?: boolean }[] };
    expect(it.prompt).not.toContain('converged');
    expect(it.options.find((o) => o.correct)!.text).toContain('rises along the diagonal but falls along the line');
    expect(it.options.map((o) => o.text).join(' ')).not.toContain('A maximum');
  });

  test('regression-slope: points (1, 1) and (2, 3) at m = b = 0 give −3.5', () => {
    const two = lineMSE({ n: 2, features: 1, x: Float64Array.from([1, 2]), y: Float64Array.from([1, 3]) });
    expect(two.gradient([0, 0], new Float64Array(2))[0]).toBe(item('regression-slope').answer);
  });
});

describe('lesson 4: the glossary', () => {
  test('gradient: it points away from the bottom, and −∇L points at the minimum only on a round bowl', () => {
    const entry = (
      parse(readFileSync(new URL('../../../content/glossary.yaml', import.meta.url), 'utf8')) as {
        id: string;
        definition: string;
      }[]
    ).find((e) => e.id === 'gradient')!;
    expect(entry.definition).toContain(
      'It points away from the bottom, and its opposite −∇L points at the minimum only on a perfectly round bowl.',
    );
    // On a round bowl (κ = 1) the gradient at θ is parallel to θ and points away from the bottom.
    const round = illConditionedBowl(1);
    for (const p of [
      [1, 1],
      [-2, 0.5],
    ]) {
      const [g1, g2] = round.gradient(p, new Float64Array(2));
      expect(g1! * p[1]! - g2! * p[0]!).toBeCloseTo(0, 12);
      expect(g1! * p[0]! + g2! * p[1]!).toBeGreaterThan(0);
    }
    // On the tilted bowl −∇L at (2, 1) misses the direction to the bottom by more than 26°.
    const gap = deg(directionalRates(q, [2, 1]).steepestAngle) - deg(Math.atan2(-1, -2));
    expect(gap).toBeGreaterThan(26);
  });
});

describe('lesson 4: captions', () => {
  test('descent-2d names the two curvatures and the limit', () => {
    expect(descent2d.caption).toContain('4 + √5 ≈ 6.236');
    expect(descent2d.caption).toContain('4 − √5 ≈ 1.764');
    expect(descent2d.caption).toContain('η = 2 / (4 + √5) ≈ 0.3207');
    expect((4 + Math.sqrt(5)).toFixed(3)).toBe(LMAX.toFixed(3));
    expect((4 - Math.sqrt(5)).toFixed(3)).toBe(LMIN.toFixed(3));
    expect(QUADRATIC_LR_LIMIT.toFixed(4)).toBe('0.3207');
  });
});

describe('lesson 4: the exercises’ solutions', () => {
  /** ½(L₁₁θ₁² + 2L₁₂θ₁θ₂ + L₂₂θ₂²) as an objective. */
  const quadratic = (l11: number, l22: number, l12: number): Objective => ({
    id: 'exercise-bowl',
    name: 'exercise bowl',
    dim: 2,
    tex: '',
    goal: 'minimize',
    window: [
      [-3, 3],
      [-3, 3],
    ],
    known: [],
    params: ['θ₁', 'θ₂'],
    value: (p) => 0.5 * (l11 * p[0]! ** 2 + 2 * l12 * p[0]! * p[1]! + l22 * p[1]! ** 2),
    gradient: (p, out) => ((out[0] = l11 * p[0]! + l12 * p[1]!), (out[1] = l12 * p[0]! + l22 * p[1]!), out),
  });

  test('1: θ₁² + θ₁θ₂ + 2θ₂² from (1, −1) with η = 0.25: gradient (1, −3), lands on (0.75, −0.25), L from 2 to 0.5, predicted drop 2.5', () => {
    says('At $(1, -1)$ the gradient is $(1, -3)$');
    says('walk lands on $(0.75, -0.25)$');
    says('Before, $L = 1 - 1 + 2 = 2$. After, $L = 0.5625 - 0.1875 + 0.125 = 0.5$: a drop of $1.5$');
    says('$\\eta\\lVert\\nabla L\\rVert^2 = 0.25 \\cdot (1 + 9) = 2.5$');
    const b = quadratic(2, 4, 1);
    expect(b.value([0.4, -0.7])).toBeCloseTo(0.16 - 0.28 + 2 * 0.49, 12);
    expect(Array.from(b.gradient([1, -1], new Float64Array(2)))).toEqual([1, -3]);
    const r = run(b, gradientDescent({ learningRate: 0.25 }), [1, -1], { maxSteps: 1 });
    expect(Array.from(r.positions.slice(2))).toEqual([0.75, -0.25]);
    expect(r.values[0]).toBe(2);
    expect(r.values[1]).toBeCloseTo(0.5, 12);
  });

  test('2: for ∇L = (3, 4) and ε = 0.1 the steepest step is (−0.06, −0.08), change −0.5, and no other direction does better', () => {
    says('$\\Delta\\theta = -0.1 \\cdot (3, 4)/5 = (-0.06, -0.08)$');
    says('with predicted change $-0.1 \\cdot 5 = -0.5$');
    const r = directionalRates(q, [2, 1]);
    expect(r.gradient).toEqual([3, 4]);
    expect(0.1 * Math.cos(r.steepestAngle)).toBeCloseTo(-0.06, 12);
    expect(0.1 * Math.sin(r.steepestAngle)).toBeCloseTo(-0.08, 12);
    for (let i = 0; i < 360; i++) expect(0.1 * rateAlong(r, (i * Math.PI) / 180)).toBeGreaterThanOrEqual(-0.5 - 1e-12);
  });

  test('3: 3θ₁² + 2θ₁θ₂ + 3θ₂²: curvatures 8 (at 45°) and 4 (at 135°); limit 0.25; at η = 1/6 both factors are ±1/3', () => {
    says('$L_{11} = 6$, $L_{12} = 2$ and $L_{22} = 6$');
    says('\\lambda = \\tfrac{6 + 6}{2} \\pm \\sqrt{0^2 + 2^2} = 6 \\pm 2');
    says('the bowl curves by 8 along $\\theta_1 = \\theta_2$ and by 4 along $\\theta_1 = -\\theta_2$');
    says('Descent diverges above $\\eta = 2/\\lambda_{\\max} = 2/8 = 0.25$');
    says('$\\eta = 2/(4 + 8) = 1/6 \\approx 0.167$, where they are $1/3$ and $-1/3$');
    const b = quadratic(6, 6, 2);
    expect(b.value([0.5, -1.2])).toBeCloseTo(3 * 0.25 + 2 * 0.5 * -1.2 + 3 * 1.44, 12);
    const s = Math.SQRT1_2;
    // A step multiplies the position along each diagonal by 1 − ηλ.
    const one = (eta: number, d: [number, number]) =>
      run(b, gradientDescent({ learningRate: eta }), d, { maxSteps: 1 }).positions.slice(2);
    expect(one(1 / 6, [s, s])[0]! / s).toBeCloseTo(-1 / 3, 12);
    expect(one(1 / 6, [s, -s])[0]! / s).toBeCloseTo(1 / 3, 12);
    expect(one(0.1, [s, s])[0]! / s).toBeCloseTo(1 - 0.8, 12);
    const go = (eta: number) =>
      run(b, gradientDescent({ learningRate: eta }), [1, 0.3], { maxSteps: 3000, toleranceGrad: 1e-9 });
    expect(go(0.249).stop.reason).toBe('tolerance-grad');
    expect(go(0.251).stop.reason).toBe('diverged');
  });

  test('4: without a twist one staircase round is one gradient step; with the twist it is not', () => {
    says('lands exactly where one gradient descent step lands');
    const plain = quadratic(2, 6, 0);
    const twisted = q;
    for (const [on, same] of [
      [plain, true],
      [twisted, false],
    ] as const) {
      const gd = run(on, gradientDescent({ learningRate: 0.1 }), [-2.5, 2], { maxSteps: 3 });
      const stairs = run(on, coordinateDescent({ learningRate: 0.1 }), [-2.5, 2], { maxSteps: 6 });
      for (let k = 1; k <= 3; k++)
        for (const i of [0, 1]) {
          const close = Math.abs(gd.positions[2 * k + i]! - stairs.positions[4 * k + i]!) < 1e-12;
          if (same) expect(close).toBe(true);
          else if (k === 1 && i === 1) expect(close).toBe(false);
        }
    }
  });

  test('5: on the saddle from (−2.5, 0.01), θ₂ passes 1 at step 49 (≈ 1.07) with θ₁ ≈ −0.014; it slows near the saddle', () => {
    says(
      '$k > \\ln 100 / \\ln 1.1 \\approx 4.605 / 0.0953 \\approx 48.3$: at step 49, where $\\theta_2 \\approx 1.07$',
    );
    says('By then $\\theta_1 = -2.5 \\cdot 0.9^{49} \\approx -0.014$');
    says(
      'its steps shrink from $0.25$ to about $0.02$ around step 28, where it passes within about $0.19$ of the saddle point, and it spends steps 16 to 41 within $0.5$ of it',
    );
    says('since $1.1 = e^{\\ln 1.1}$, the power $1.1^k$ is $e^{k \\ln 1.1}$');
    expect(Math.exp(7 * Math.log(1.1))).toBeCloseTo(1.1 ** 7, 12);
    says('that is when $k \\ln 1.1 > \\ln 100$');
    says('it lingers about 24 steps longer, since $\\ln 10 / \\ln 1.1 \\approx 24$');
    expect((Math.log(100) / Math.log(1.1)).toFixed(1)).toBe('48.3');
    expect(Math.log(100).toFixed(3)).toBe('4.605');
    expect(Math.log(1.1).toFixed(4)).toBe('0.0953');
    const walk = (t2: number) => run(saddle, gradientDescent({ learningRate: 0.05 }), [-2.5, t2], { maxSteps: 100 });
    const r = walk(0.01);
    const past = (res: RunResult) => {
      for (let k = 0; k <= res.steps; k++) if (res.positions[2 * k + 1]! > 1) return k;
      return -1;
    };
    expect(past(r)).toBe(49);
    expect(r.positions[99]!.toFixed(2)).toBe('1.07');
    expect(r.positions[98]!.toFixed(3)).toBe('-0.014');
    const dist = (k: number) => Math.hypot(r.positions[2 * k]!, r.positions[2 * k + 1]!);
    const near: number[] = [];
    let closest = 0;
    for (let k = 0; k <= 60; k++) {
      if (dist(k) < 0.5) near.push(k);
      if (dist(k) < dist(closest)) closest = k;
    }
    expect([near[0], near.at(-1), near.length]).toEqual([16, 41, 26]);
    expect(closest).toBe(28);
    expect(dist(28).toFixed(2)).toBe('0.19');
    const step = (k: number) =>
      Math.hypot(r.positions[2 * k]! - r.positions[2 * k - 2]!, r.positions[2 * k + 1]! - r.positions[2 * k - 1]!);
    expect(step(1).toFixed(2)).toBe('0.25');
    expect(step(28).toFixed(2)).toBe('0.02');
    expect(past(walk(0.001)) - past(r)).toBe(24);
    expect(Math.round(Math.log(10) / Math.log(1.1))).toBe(24);
  });
});
