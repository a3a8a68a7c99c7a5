// Every number lesson 5 ("sgd") states, and every sentence saying how a run looks, checked against
// the optimizer module; and the heavy figure stays fast.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import {
  createRng,
  epochBatches,
  gradientDescent,
  leastSquares,
  lineMSE,
  noisyGradientDescent,
  run,
  saddle,
  seedSweep,
  sgd,
  twoWells,
  TWO_WELLS_MINIMA,
  type RunResult,
} from '../../../src/optim/index.ts';
import { lineFitData } from '../../../src/figures/lessons/data.ts';
import { batchTradeoff, noiseEscape, sgdPaths } from '../../../src/figures/lessons/sgd.ts';
import { SGD_BEST, SGD_DATA, SGD_LOSS, tradeoffRuns } from '../../../src/figures/lessons/sgd/landscape.ts';
import {
  NOISE_ETA,
  NOISE_HALF_LIFE,
  NOISE_SEEDS,
  NOISE_STEPS,
  SGD_START,
  TRADEOFF_EPOCHS,
} from '../../../src/figures/lessons/sgd/shared.ts';
import { valleyOf } from '../../../src/figures/lessons/sgd/valley.ts';
import { NOISE_RUN, NOISE_SEEDS as CHECK_SEEDS } from '../../../src/quiz/challenges.ts';
import { shownItem } from '../../../src/quiz/shown.ts';
import { QuizItemSchema } from '../../../src/quiz/schema.ts';
import { withoutPointers } from './prose.ts';
/** A numeric item's answer as readers are shown it: authored, or computed by the optimizer module. */
const shownAnswer = (slug: string, raw: unknown) => {
  const it = shownItem(slug, QuizItemSchema.parse(raw));
  return it.kind === 'numeric' ? it.answer : undefined;
};

const mdx = withoutPointers(readFileSync(new URL('../../../content/lessons/sgd.mdx', import.meta.url), 'utf8')).replace(
  /\s+/g,
  ' ',
);
const quiz = parse(readFileSync(new URL('../../../content/quizzes/sgd.yaml', import.meta.url), 'utf8')) as {
  items: { id: string; answer?: number; explanation: string; options?: { text: string; correct?: boolean }[] }[];
};
/** Every string in the quiz, as readers see it (YAML escapes undone), whitespace folded. */
const quizText = JSON.stringify(quiz, (_k, v) => (typeof v === 'string' ? v.replace(/\s+/g, ' ') : v)).replaceAll(
  '\\\\',
  '\\',
);
const says = (text: string) => expect(mdx, `the lesson should say: ${text}`).toContain(text);
const quizSays = (text: string) => expect(quizText, `the quiz should say: ${text}`).toContain(text);
const start = [sgdPaths.table.m0.default, sgdPaths.table.b0.default];
const EPOCHS = 10;
const walk = (m: number, eta: number, seed: number = sgdPaths.table.seed.default) => {
  const per = Math.ceil(SGD_DATA.n / m);
  return m === SGD_DATA.n
    ? run(SGD_LOSS, gradientDescent({ learningRate: eta }), start, { maxSteps: EPOCHS, bound: 1e3 })
    : run(SGD_LOSS, sgd({ learningRate: eta, batchSize: m, seed }), start, { maxSteps: EPOCHS * per, bound: 1e3 });
};
/** How far a walk travels, over how far it gets: 1 for a straight path, large for a frayed one. */
const fraying = (r: RunResult) => {
  let length = 0;
  for (let k = 1; k <= r.steps; k++)
    length += Math.hypot(
      r.positions[2 * k]! - r.positions[2 * k - 2]!,
      r.positions[2 * k + 1]! - r.positions[2 * k - 1]!,
    );
  return length / Math.hypot(r.positions[2 * r.steps]! - start[0]!, r.positions[2 * r.steps + 1]! - start[1]!);
};
const f3 = (v: number) => v.toFixed(3);
/** L − L* at the end of each epoch 1…30 for one batch size and shuffle seed. */
const epochEnds = (m: number, seed = 1) => {
  const run = tradeoffRuns(0.1, seed).find((x) => x.m === m)!;
  return Array.from({ length: TRADEOFF_EPOCHS }, (_, e) => run.result.values[(e + 1) * run.per]! - SGD_BEST);
};
const mean = (a: number[]) => a.reduce((s, v) => s + v, 0) / a.length;
const median = (a: number[]) => {
  const s = [...a].sort((x, y) => x - y);
  return (s[(s.length - 1) >> 1]! + s[s.length >> 1]!) / 2;
};

describe('lesson 5: the mini-batch gradient', () => {
  test('right on average: the mean over every batch of 4 is the full gradient', () => {
    says('Averaged over all the ways the batch could be drawn, $g$ is exactly the full gradient');
    // Every batch of four consecutive indices of a cyclic order covers each example equally often.
    const x = Float64Array.from(SGD_START);
    const full = SGD_LOSS.gradient(x, new Float64Array(2));
    let s0 = 0;
    let s1 = 0;
    const out = new Float64Array(2);
    for (let i = 0; i < SGD_DATA.n; i++) {
      SGD_LOSS.batchGradient(
        [0, 1, 2, 3].map((j) => (i + j) % SGD_DATA.n),
        x,
        out,
      );
      s0 += out[0]! / SGD_DATA.n;
      s1 += out[1]! / SGD_DATA.n;
    }
    expect(s0).toBeCloseTo(full[0]!, 12);
    expect(s1).toBeCloseTo(full[1]!, 12);
  });

  test('its noise shrinks like 1/√B: a batch of 4 is off by about half as much as one example', () => {
    says('a batch of 4 is typically off by about half as much as a single example');
    says('roughly like $1/\\sqrt{B}$');
    const x = Float64Array.from(SGD_START);
    const full = SGD_LOSS.gradient(x, new Float64Array(2));
    const rms = (B: number) => {
      const rng = createRng(11);
      const order = new Int32Array(SGD_DATA.n);
      const out = new Float64Array(2);
      let s2 = 0;
      const draws = 4000;
      for (let t = 0; t < draws; t++) {
        for (let i = 0; i < SGD_DATA.n; i++) order[i] = i;
        rng.shuffle(order);
        SGD_LOSS.batchGradient(order.subarray(0, B), x, out);
        s2 += (out[0]! - full[0]!) ** 2 + (out[1]! - full[1]!) ** 2;
      }
      return Math.sqrt(s2 / draws);
    };
    const one = rms(1);
    const ratio = rms(4) / one;
    expect(ratio).toBeGreaterThan(0.42);
    expect(ratio).toBeLessThan(0.55);
    expect(rms(16) / one).toBeLessThan(ratio);
  });

  test('a step by hand: points (1, 2) and (3, 2) at m = b = 0, η = 0.1', () => {
    says('Both residuals $m\\,x_i + b - y_i$ are $-2$');
    says('the two gradients are $(-2, -2)$ and $(-6, -2)$, and their mean is $g = (-4, -2)$');
    says('the line moves to $m = 0.4$, $b = 0.2$');
    const two = lineMSE({ n: 2, features: 1, x: Float64Array.from([1, 3]), y: Float64Array.from([2, 2]) });
    expect(Array.from(two.exampleGradient(0, [0, 0], new Float64Array(2)))).toEqual([-2, -2]);
    expect(Array.from(two.exampleGradient(1, [0, 0], new Float64Array(2)))).toEqual([-6, -2]);
    expect(Array.from(two.batchGradient([0, 1], [0, 0], new Float64Array(2)))).toEqual([-4, -2]);
    const r = run(two, sgd({ learningRate: 0.1, batchSize: 2, seed: 1 }), [0, 0], { maxSteps: 1 });
    expect(r.positions[2]).toBeCloseTo(0.4, 12);
    expect(r.positions[3]).toBeCloseTo(0.2, 12);
  });
});

describe('lesson 5: sgd-paths', () => {
  test('after ten epochs: 10 full steps at 0.599, 120 batch steps at 0.125, best 0.101, single examples 0.123', () => {
    expect(SGD_DATA.n).toBe(48);
    says('a line through those 48 points');
    says('full-batch descent has taken just 10 steps');
    says('at $L \\approx 0.599$');
    says('batches of four have taken 120 steps and reached $L \\approx 0.125$');
    says('the best possible $0.101$');
    says('$L \\approx 0.123$');
    const full = walk(48, 0.1);
    const four = walk(4, 0.1);
    const one = walk(1, 0.1);
    expect(full.steps).toBe(10);
    expect(four.steps).toBe(120);
    expect(f3(full.values[10]!)).toBe('0.599');
    expect(f3(four.values[120]!)).toBe('0.125');
    expect(f3(SGD_BEST)).toBe('0.101');
    expect(f3(one.values[480]!)).toBe('0.123');
  });

  test('the data: 48 points about the same line as lesson 1’s twelve, x from 0 to 3, with a little more scatter', () => {
    says(
      "48 points scattered about the same line as lesson 1's twelve, with $x$ from 0 to 3 and a little more scatter",
    );
    const twelve = lineFitData(7);
    expect([SGD_DATA.n, twelve.n]).toEqual([48, 12]);
    for (const d of [SGD_DATA, twelve]) for (const x of d.x) expect(x >= 0 && x <= 3).toBe(true);
    const a = leastSquares(SGD_DATA)!;
    const b = leastSquares(twelve)!;
    expect(Math.abs(a.m - b.m)).toBeLessThan(0.3);
    expect(Math.abs(a.b - b.b)).toBeLessThan(0.3);
    // The scatter: the best line's loss is higher on the 48 points.
    expect(lineMSE(SGD_DATA).value([a.m, a.b])).toBeGreaterThan(lineMSE(twelve).value([b.m, b.b]));
  });

  test('the single-example path frays: it travels about 17 times as far as it gets, batches of four about 3', () => {
    says('its path frays');
    says(
      'The path it walks is about 17 times as long as the straight line from its start to where it ends, against about 3 times for batches of four',
    );
    expect(Math.round(fraying(walk(1, 0.1)))).toBe(17);
    expect(Math.round(fraying(walk(4, 0.1)))).toBe(3);
    expect(fraying(walk(48, 0.1))).toBeLessThan(1.2);
  });

  test('at η = 0.3: batches of four 0.118, single examples wander at 0.212; a new seed moves only the noisy paths', () => {
    says('state={{ eta: 0.3, step: 120 }}');
    says('batches of four reach $L \\approx 0.118$');
    says('wander at $L \\approx 0.212$');
    expect(f3(walk(4, 0.3).values[120]!)).toBe('0.118');
    expect(f3(walk(1, 0.3).values[480]!)).toBe('0.212');
    says('the noisy paths change, the full-batch one cannot');
    expect(Array.from(walk(4, 0.1, 2).positions)).not.toEqual(Array.from(walk(4, 0.1, 1).positions));
    expect(sgdPaths.table.seed.label).toBe('shuffle seed');
  });

  test('the figure names the batch size B, not m (m is the slope on the same chart)', () => {
    expect(sgdPaths.table.batch.label).toBe('batch size B');
    expect(sgdPaths.caption).toContain('mini-batches of the size B');
    expect(sgdPaths.caption).toContain('L(m, b)');
  });
});

describe('lesson 5: epochs and iterations', () => {
  test('12/4 = 3; batches of 5 leave a last batch of 2; 60,000/10 = 6,000 and 30 epochs = 180,000', () => {
    says('an epoch is $12/4 = 3$ iterations');
    expect(epochBatches(12, 4, 1, 1)[0]!.batches).toHaveLength(3);
    says('an epoch still takes 3 iterations, but the last batch holds only 2');
    expect(epochBatches(12, 5, 1, 1)[0]!.batches.map((b) => b.length)).toEqual([5, 5, 2]);
    says('60,000 training images in batches of 10 is 6,000 iterations per epoch');
    says('30 epochs is 180,000 updates');
    expect(epochBatches(60000, 10, 1, 1)[0]!.batches).toHaveLength(6000);
    expect(30 * 6000).toBe(180000);
  });
});

describe('lesson 5: the batch-size trade-off, measured', () => {
  test('L* ≈ 0.101; the log scale has a tick every factor of ten', () => {
    says('where $L^* \\approx 0.101$ is the loss of the best line');
    says('each tick mark is ten times lower than the one above it');
    expect(f3(SGD_BEST)).toBe('0.101');
    expect(batchTradeoff.caption).toContain('each tick is ten times the one below');
  });

  test('after one epoch 0.16 against 0.78; after 30 updates every batch size between 0.25 and 0.30', () => {
    const runs = tradeoffRuns(0.1, 1);
    const excess = (m: number, step: number) => {
      const r = runs.find((x) => x.m === m)!.result;
      return r.values[Math.min(step, r.steps)]! - SGD_BEST;
    };
    says('single examples have brought $L - L^*$ down to about $0.16$');
    says('is still at $0.78$');
    expect(excess(1, 48).toFixed(2)).toBe('0.16');
    expect(excess(48, 1).toFixed(2)).toBe('0.78');
    says('After 30 updates every batch size sits between $0.25$ and $0.30$');
    for (const m of [1, 4, 16, 48]) {
      expect(excess(m, 30)).toBeGreaterThan(0.25);
      expect(excess(m, 30)).toBeLessThan(0.3);
    }
  });

  test('single examples stop improving after a few epochs and bounce between about 0.001 and 0.12, ending at 0.058', () => {
    says('The single-example curve stops improving after the first few epochs and jitters');
    says('from the third epoch on, its value at the end of each epoch bounces between about $0.001$ and $0.12$');
    says('after 30 epochs it is at $0.058$');
    const ends = epochEnds(1);
    expect(mean(ends.slice(20))).toBeGreaterThan(0.8 * mean(ends.slice(2, 10)));
    const tail = ends.slice(2);
    expect(Math.min(...tail).toFixed(3)).toBe('0.001');
    expect(Math.max(...tail).toFixed(2)).toBe('0.12');
    let turns = 0;
    for (let i = 1; i + 1 < tail.length; i++) if ((tail[i]! - tail[i - 1]!) * (tail[i + 1]! - tail[i]!) < 0) turns++;
    expect(turns).toBeGreaterThan(15); // up and down, not a drift
    expect(TRADEOFF_EPOCHS).toBe(30);
    expect(ends[29]!.toFixed(3)).toBe('0.058');
  });

  test('batches of four jitter too once down, closer to the bottom: over seeds 1–20, about 0.04 against 0.006', () => {
    says('Batches of four, once down, jitter too, but closer to the bottom');
    says(
      'over twenty shuffles (seeds 1 to 20), the last ten epochs of single examples sit typically about $0.04$ above the best, those of batches of four about $0.006$, several times closer',
    );
    const four = epochEnds(4).slice(19);
    let ups = 0;
    for (let i = 1; i < four.length; i++) if (four[i]! > four[i - 1]!) ups++;
    expect(ups).toBeGreaterThanOrEqual(3);
    const typical = (m: number) => median(Array.from({ length: 20 }, (_, s) => mean(epochEnds(m, s + 1).slice(20))));
    const one = typical(1);
    const quad = typical(4);
    expect(one.toFixed(2)).toBe('0.04');
    expect(quad.toFixed(3)).toBe('0.006');
    expect(one / quad).toBeGreaterThan(4);
  });

  test('the trade-off runs are cheap enough to recompute on every slider move (well under 16 ms)', () => {
    tradeoffRuns(0.1, 1);
    const times: number[] = [];
    for (let i = 0; i < 7; i++) {
      const t = performance.now();
      tradeoffRuns(0.05 + 0.03 * i, i + 1);
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    expect(times[3]).toBeLessThan(12);
  });
});

describe('lesson 5: noise that helps', () => {
  const count = (noise: number) =>
    Array.from(
      seedSweep(twoWells, { learningRate: NOISE_ETA, noise, halfLife: NOISE_HALF_LIFE }, [-0.9], NOISE_SEEDS, {
        maxSteps: NOISE_STEPS,
      }),
    ).filter((v) => valleyOf(v) === 'deeper').length;

  test('plain descent from −0.9 settles at −0.6163 and stays', () => {
    expect([noiseEscape.table.x0.default, noiseEscape.table.noise.default, noiseEscape.table.seed.default]).toEqual([
      -0.9, 6, 2,
    ]);
    says('Started at $\\theta = -0.9$');
    says('settles at $\\theta \\approx -0.6163$, and stays there forever');
    const plain = run(twoWells, gradientDescent({ learningRate: NOISE_ETA }), [-0.9], { maxSteps: NOISE_STEPS });
    expect(plain.positions[plain.steps]!.toFixed(4)).toBe('-0.6163');
    expect(Math.abs(twoWells.gradient([TWO_WELLS_MINIMA[0]], new Float64Array(1))[0]!)).toBeLessThan(1e-12);
  });

  test('γ₀ = 6, seed 2: over the hump at step 14, never back, settling at 1.2402; seed 1 stays', () => {
    says('halves every 40 steps, starting from $\\gamma_0$');
    expect(NOISE_HALF_LIFE).toBe(40);
    says(
      'With starting noise $\\gamma_0 = 6$ and seed 2, an early kick throws the walk over the hump at $\\theta = 0$ (at step 14, and it never crosses back)',
    );
    says('settles at $\\theta \\approx 1.2402$, in the deeper valley');
    const r = run(
      twoWells,
      noisyGradientDescent({ learningRate: NOISE_ETA, noise: 6, halfLife: 40, seed: 2 }),
      [-0.9],
      {
        maxSteps: NOISE_STEPS,
      },
    );
    const sides = Array.from(r.positions, (x) => Math.sign(x));
    expect(sides.indexOf(1)).toBe(14);
    expect(sides.slice(14).every((s) => s === 1)).toBe(true);
    expect(r.positions[r.steps]!.toFixed(4)).toBe('1.2402');
    says('<ShowMe figure="noise-escape" state={{ seed: 1, step: 400 }}>With seed 1</ShowMe>');
    const one = seedSweep(twoWells, { learningRate: NOISE_ETA, noise: 6, halfLife: 40 }, [-0.9], 1, {
      maxSteps: NOISE_STEPS,
    });
    expect(valleyOf(one[0]!)).toBe('shallower');
  });

  test('35 of 50 at γ₀ = 6, none at 2, 45 at 12, and the count never falls as γ₀ rises by halves', () => {
    says('with $\\gamma_0 = 6$, 35 of 50 seeds end in the deeper valley');
    expect(count(6)).toBe(35);
    says('At γ₀ = 2</ShowMe> none of the 50 do');
    expect(count(2)).toBe(0);
    says('at γ₀ = 12</ShowMe>, 45 do');
    expect(count(12)).toBe(45);
    says('raise $\\gamma_0$ half a unit at a time and the count never goes down');
    let prev = 0;
    for (let k = 0; k <= 24; k++) {
      const c = count(k / 2);
      expect(c).toBeGreaterThanOrEqual(prev);
      prev = c;
    }
    expect(TWO_WELLS_MINIMA[1].toFixed(4)).toBe('1.2399');
  });

  test('noise rescues the saddle: from the ridge line, plain descent stops at the saddle, a tiny kick slides off', () => {
    says('the smallest random kick moves it off the line, and it slides away down the pass');
    const rule = { maxSteps: 400, toleranceGrad: 1e-3 };
    expect(run(saddle, gradientDescent({ learningRate: 0.05 }), [-2.5, 0], rule).stop.reason).toBe('tolerance-grad');
    const kicked = run(
      saddle,
      noisyGradientDescent({ learningRate: 0.05, noise: 0.001, halfLife: 40, seed: 1 }),
      [-2.5, 0],
      rule,
    );
    expect(kicked.stop.reason).toBe('diverged');
  });

  test('the challenge runs the figure’s walk', () => {
    expect(NOISE_RUN).toEqual({ learningRate: NOISE_ETA, halfLife: NOISE_HALF_LIFE, steps: NOISE_STEPS, start: -0.9 });
    expect(CHECK_SEEDS).toBe(NOISE_SEEDS);
    expect(noiseEscape.table.noise.step).toBe(0.5);
    expect(noiseEscape.table.noise.max).toBe(12);
  });
});

describe('lesson 5: the quiz', () => {
  const answer = (id: string) =>
    shownAnswer(
      'sgd',
      quiz.items.find((i) => i.id === id)!,
    );
  test('counting: 16 iterations, a last batch of 8, 1200 updates', () => {
    expect(answer('steps-per-epoch')).toBe(epochBatches(1000, 64, 1, 1)[0]!.batches.length);
    expect(epochBatches(1000, 64, 1, 1)[0]!.batches.at(-1)).toHaveLength(40);
    expect(answer('last-batch')).toBe(epochBatches(48, 10, 1, 1)[0]!.batches.at(-1)!.length);
    expect(answer('total-updates')).toBe(15 * epochBatches(2000, 25, 1, 1)[0]!.batches.length);
  });

  test('sgd-step: from (1, 0) the batch (2, 1), (1, 3) gives g = (0, −0.5) and b = 0.25', () => {
    const two = lineMSE({ n: 2, features: 1, x: Float64Array.from([2, 1]), y: Float64Array.from([1, 3]) });
    expect(Array.from(two.batchGradient([0, 1], [1, 0], new Float64Array(2)))).toEqual([0, -0.5]);
    const r = run(two, sgd({ learningRate: 0.5, batchSize: 2, seed: 3 }), [1, 0], { maxSteps: 1 });
    expect(r.positions[3]).toBe(answer('sgd-step'));
    expect(r.positions[2]).toBe(1);
  });

  test('the feedback quotes the lesson’s measurements', () => {
    quizSays('$L - L^* \\approx 0.16$ against $0.78$');
    quizSays('bouncing between about $0.001$ and $0.12$ above the best loss');
    quizSays('35 of 50 seeds escaped at $\\gamma_0 = 6$');
    quizSays('doubling $B$ gives about $0.71$ times the error');
    expect(Math.SQRT1_2.toFixed(2)).toBe('0.71');
  });

  test('the challenge explanation’s counts: 0 up to 2, then 2, 4, 10, 17', () => {
    quizSays('It is 0 of 50 up to $\\gamma_0 = 2$, then 2 at 2.5, 4 at 3, 10 at 3.5 and 17 at 4');
    const count = (noise: number) =>
      Array.from(
        seedSweep(twoWells, { learningRate: NOISE_ETA, noise, halfLife: NOISE_HALF_LIFE }, [-0.9], NOISE_SEEDS, {
          maxSteps: NOISE_STEPS,
        }),
      ).filter((v) => valleyOf(v) === 'deeper').length;
    expect([0, 0.5, 1, 1.5, 2, 2.5, 3, 3.5, 4].map(count)).toEqual([0, 0, 0, 0, 0, 2, 4, 10, 17]);
  });
});

describe('lesson 5: the exercises’ solutions', () => {
  const four = lineMSE({ n: 4, features: 1, x: Float64Array.from([0, 1, 2, 3]), y: Float64Array.from([1, 1, 3, 3]) });
  const grad = (batch: number[], at: number[]) => Array.from(four.batchGradient(batch, at, new Float64Array(2)));

  test('1: two batches of two reach (0.61, 0.32), one full step (0.4, 0.2); losses 2.5, 0.415 and 0.92', () => {
    says('their mean $g = (-3, -2)$');
    says('moves the line to $m = 0.3$, $b = 0.2$');
    says('the gradients $(-0.5, -0.5)$ and $(-5.7, -1.9)$, their mean $g = (-3.1, -1.2)$');
    says('$m = 0.61$, $b = 0.32$');
    says('$\\partial L/\\partial m = (0 - 1 - 6 - 9)/4 = -4$ and $\\partial L/\\partial b = -8/4 = -2$');
    says('started at $2.5$. After the epoch it is about $0.415$ for SGD and $0.92$ for the full batch');
    expect(grad([0, 2], [0, 0])).toEqual([-3, -2]);
    expect(Array.from(four.exampleGradient(1, [0.3, 0.2], new Float64Array(2))).map((v) => +v.toFixed(12))).toEqual([
      -0.5, -0.5,
    ]);
    expect(Array.from(four.exampleGradient(3, [0.3, 0.2], new Float64Array(2))).map((v) => +v.toFixed(12))).toEqual([
      -5.7, -1.9,
    ]);
    const g2 = grad([1, 3], [0.3, 0.2]);
    expect(g2[0]).toBeCloseTo(-3.1, 12);
    expect(g2[1]).toBeCloseTo(-1.2, 12);
    expect(0.3 - 0.1 * g2[0]!).toBeCloseTo(0.61, 12);
    expect(0.2 - 0.1 * g2[1]!).toBeCloseTo(0.32, 12);
    expect(Array.from(four.gradient([0, 0], new Float64Array(2)))).toEqual([-4, -2]);
    const full = run(four, gradientDescent({ learningRate: 0.1 }), [0, 0], { maxSteps: 1 });
    expect(full.positions[2]).toBeCloseTo(0.4, 12);
    expect(full.positions[3]).toBeCloseTo(0.2, 12);
    expect(four.value([0, 0])).toBe(2.5);
    expect(four.value([0.61, 0.32]).toFixed(3)).toBe('0.415');
    expect(four.value([0.4, 0.2])).toBeCloseTo(0.92, 12);
  });

  test('2: the six batches of two average to the full gradient (−4, −2)', () => {
    says('the six possible batches of two have mean gradients that average to $(-4, -2)$, the full gradient');
    const sum = [0, 0];
    const pairs = [
      [0, 1],
      [0, 2],
      [0, 3],
      [1, 2],
      [1, 3],
      [2, 3],
    ];
    for (const p of pairs) {
      const g = grad(p, [0, 0]);
      sum[0] = sum[0]! + g[0]! / pairs.length;
      sum[1] = sum[1]! + g[1]! / pairs.length;
    }
    expect(sum[0]).toBeCloseTo(-4, 12);
    expect(sum[1]).toBeCloseTo(-2, 12);
  });

  test('3: 50,000 images in batches of 128: 391 iterations, a last batch of 80, 7,820 updates', () => {
    says('390 full batches use $49{,}920$ images, and the last batch holds the remaining 80');
    says('$\\lceil 390.6 \\rceil = 391$ iterations. Twenty epochs are $20 \\cdot 391 = 7{,}820$ updates');
    says('$20 \\cdot 50{,}000 = 1{,}000{,}000$ example gradients');
    const epoch = epochBatches(50000, 128, 1, 1)[0]!.batches;
    expect(epoch).toHaveLength(391);
    expect(epoch.at(-1)).toHaveLength(80);
    expect((50000 / 128).toFixed(1)).toBe('390.6');
    expect(20 * epoch.length).toBe(7820);
    expect(epoch.reduce((s, b) => s + b.length, 0) * 20).toBe(1_000_000);
  });

  test('4: the batch gradient’s typical error at the start: about 3.1, 1.5 and 0.64 for B = 1, 4, 16; 0 for 48', () => {
    says('a single example’s gradient is typically about $3.1$ away from the full gradient'.replace('’', "'"));
    says('Measured, they are about $1.5$ and $0.64$');
    says('The rule predicts $3.1/\\sqrt4 \\approx 1.55$');
    says('$3.1/\\sqrt{16} \\approx 0.78$');
    says('here $\\sqrt{32/47} \\approx 0.825$, and $3.1/4 \\cdot 0.825 \\approx 0.64$');
    const x = Float64Array.from(SGD_START);
    const full = SGD_LOSS.gradient(x, new Float64Array(2));
    const rms = (B: number) => {
      const rng = createRng(5);
      const order = new Int32Array(SGD_DATA.n);
      const out = new Float64Array(2);
      let s2 = 0;
      const draws = 6000;
      for (let t = 0; t < draws; t++) {
        for (let i = 0; i < SGD_DATA.n; i++) order[i] = i;
        rng.shuffle(order);
        SGD_LOSS.batchGradient(order.subarray(0, B), x, out);
        s2 += (out[0]! - full[0]!) ** 2 + (out[1]! - full[1]!) ** 2;
      }
      return Math.sqrt(s2 / draws);
    };
    // B = 1 is exact from all 48 examples; the others are sampled.
    let one = 0;
    for (let i = 0; i < SGD_DATA.n; i++) {
      const g = SGD_LOSS.exampleGradient(i, x, new Float64Array(2));
      one += ((g[0]! - full[0]!) ** 2 + (g[1]! - full[1]!) ** 2) / SGD_DATA.n;
    }
    expect(Math.sqrt(one).toFixed(1)).toBe('3.1');
    expect(Math.abs(rms(4) - 1.5)).toBeLessThan(0.05);
    expect(Math.abs(rms(16) - 0.64)).toBeLessThan(0.03);
    expect(rms(48)).toBeLessThan(1e-12);
    expect(Math.sqrt(32 / 47).toFixed(3)).toBe('0.825');
    expect(((Math.sqrt(one) / 4) * Math.sqrt(32 / 47)).toFixed(2)).toBe('0.64');
  });
});
