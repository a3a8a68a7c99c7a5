// Every number lesson 5 ("sgd") states, checked against the optimizer module; and the heavy figure stays fast.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import {
  epochBatches,
  gradientDescent,
  run,
  seedSweep,
  sgd,
  twoWells,
  TWO_WELLS_MINIMA,
} from '../../../src/optim/index.ts';
import { noiseEscape, sgdPaths } from '../../../src/figures/lessons/sgd.ts';
import { SGD_BEST, SGD_DATA, SGD_LOSS, tradeoffRuns } from '../../../src/figures/lessons/sgd/landscape.ts';
import {
  NOISE_ETA,
  NOISE_HALF_LIFE,
  NOISE_SEEDS,
  NOISE_STEPS,
  TRADEOFF_EPOCHS,
  valleyOf,
} from '../../../src/figures/lessons/sgd/shared.ts';
import { checkChallenge } from '../../../src/quiz/challenges.ts';

const mdx = readFileSync(new URL('../../../content/lessons/sgd.mdx', import.meta.url), 'utf8');
const quizText = readFileSync(new URL('../../../content/quizzes/sgd.yaml', import.meta.url), 'utf8');
const quiz = parse(quizText) as { items: { id: string; answer?: number }[] };
/** Every string in the quiz, as readers see it (YAML escapes undone). */
const quizStrings = JSON.stringify(quiz, (_k, v) => v).replaceAll('\\\\', '\\');
const says = (text: string) => expect(mdx, `the lesson should say: ${text}`).toContain(text);
const start = [sgdPaths.table.m0.default, sgdPaths.table.b0.default];
const EPOCHS = 10;
const walk = (m: number, eta: number) => {
  const per = Math.ceil(SGD_DATA.n / m);
  return m === SGD_DATA.n
    ? run(SGD_LOSS, gradientDescent({ learningRate: eta }), start, { maxSteps: EPOCHS, bound: 1e3 })
    : run(SGD_LOSS, sgd({ learningRate: eta, batchSize: m, seed: sgdPaths.table.seed.default }), start, {
        maxSteps: EPOCHS * per,
        bound: 1e3,
      });
};
const f3 = (v: number) => v.toFixed(3);

describe('lesson 5 claims', () => {
  test('sgd-paths after ten epochs', () => {
    expect(SGD_DATA.n).toBe(48);
    says('a line through 48 points');
    says('full-batch descent has taken just 10 steps');
    says('at $f \\approx 0.599$');
    says('batches of four have taken 120 steps and reached\n$f \\approx 0.125$');
    says('the best possible $0.101$');
    says('$f \\approx 0.123$');
    const full = walk(48, 0.1);
    const four = walk(4, 0.1);
    const one = walk(1, 0.1);
    expect(full.steps).toBe(10);
    expect(four.steps).toBe(120);
    expect(f3(full.values[10]!)).toBe('0.599');
    expect(f3(four.values[120]!)).toBe('0.125');
    expect(f3(SGD_BEST)).toBe('0.101');
    expect(f3(one.values[480]!)).toBe('0.123');
    says('state={{ eta: 0.3, step: 120 }}');
    says('batches of four reach $f \\approx 0.118$');
    says('wander at $f \\approx 0.212$');
    expect(f3(walk(4, 0.3).values[120]!)).toBe('0.118');
    expect(f3(walk(1, 0.3).values[480]!)).toBe('0.212');
  });

  test('epochs and iterations', () => {
    says('an epoch is $12/4 = 3$ iterations');
    expect(epochBatches(12, 4, 1, 1)[0]!.batches).toHaveLength(3);
    says('an epoch still takes 3 iterations, but\nthe last batch holds only 2');
    expect(epochBatches(12, 5, 1, 1)[0]!.batches.map((b) => b.length)).toEqual([5, 5, 2]);
    says('60,000 training images in batches\nof 10 is 6,000 iterations per epoch');
    says('30 epochs is 180,000 updates');
    expect(epochBatches(60000, 10, 1, 1)[0]!.batches).toHaveLength(6000);
    expect(30 * 6000).toBe(180000);
  });

  test('the batch-size trade-off, measured', () => {
    const runs = tradeoffRuns(0.1, 1);
    const excess = (m: number, step: number) => {
      const r = runs.find((x) => x.m === m)!.result;
      return r.values[Math.min(step, r.steps)]! - SGD_BEST;
    };
    says('single examples have brought $f - f^*$ down to about $0.16$');
    says('is still at $0.78$');
    expect(excess(1, 48).toFixed(2)).toBe('0.16');
    expect(excess(48, 1).toFixed(2)).toBe('0.78');
    says('After 30 updates every batch size sits between $0.25$ and $0.30$');
    for (const m of [1, 4, 16, 48]) {
      expect(excess(m, 30)).toBeGreaterThan(0.25);
      expect(excess(m, 30)).toBeLessThan(0.3);
    }
    says('around the fifth epoch it touches $0.0029$');
    expect(excess(1, 5 * 48).toFixed(4)).toBe('0.0029');
    says('after 30 epochs it has drifted back up to $0.058$');
    expect(TRADEOFF_EPOCHS).toBe(30);
    expect(excess(1, 30 * 48).toFixed(3)).toBe('0.058');
    says('Batches of four settle lower, at $0.0056$');
    expect(excess(4, 30 * 12).toFixed(4)).toBe('0.0056');
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

  test('noise helps leave the shallow valley', () => {
    expect([noiseEscape.table.x0.default, noiseEscape.table.noise.default, noiseEscape.table.seed.default]).toEqual([
      -0.9, 6, 2,
    ]);
    says('Started at\n$x = -0.9$');
    says('settles at\n$x \\approx -0.6163$');
    const plain = run(twoWells, gradientDescent({ learningRate: NOISE_ETA }), [-0.9], { maxSteps: NOISE_STEPS });
    expect(plain.positions[plain.steps]!.toFixed(4)).toBe('-0.6163');
    says('halves every 40 steps');
    expect(NOISE_HALF_LIFE).toBe(40);
    const noisyEnd = (noise: number, seed: number) =>
      seedSweep(twoWells, { learningRate: NOISE_ETA, noise, halfLife: NOISE_HALF_LIFE }, [-0.9], seed, {
        maxSteps: NOISE_STEPS,
      })[seed - 1]!;
    says('With starting noise $\\sigma_0 = 6$ and seed 2');
    says('settles at $x \\approx 1.2402$, in the deeper valley');
    expect(noisyEnd(6, 2).toFixed(4)).toBe('1.2402');
    says('<ShowMe figure="noise-escape" state={{ seed: 1, step: 400 }}>With seed 1</ShowMe>');
    expect(valleyOf(noisyEnd(6, 1))).toBe('shallower');
    const count = (noise: number) =>
      Array.from(
        seedSweep(twoWells, { learningRate: NOISE_ETA, noise, halfLife: NOISE_HALF_LIFE }, [-0.9], NOISE_SEEDS, {
          maxSteps: NOISE_STEPS,
        }),
      ).filter((v) => valleyOf(v) === 'deeper').length;
    says('with $\\sigma_0 = 6$, 35 of 50 seeds end in the deeper valley');
    expect(count(6)).toBe(35);
    says('At σ₀ = 2</ShowMe> none of the 50 do');
    expect(count(2)).toBe(0);
    says('at σ₀ = 12</ShowMe>, 45 do');
    expect(count(12)).toBe(45);
    // The quiz's challenge note: "At σ₀ = 4 about a third of seeds escape".
    expect(quizStrings).toContain('At $\\sigma_0 = 4$ about a third of seeds escape');
    expect(count(4) / NOISE_SEEDS).toBeGreaterThan(0.28);
    expect(count(4) / NOISE_SEEDS).toBeLessThan(0.4);
    expect(quizStrings).toContain('35 of 50 seeds escape at $\\sigma_0 = 6$');
    expect(TWO_WELLS_MINIMA[1].toFixed(4)).toBe('1.2399');
  });

  test('quiz answers are computed, and the challenge is graded by optim', () => {
    const answer = (id: string) => quiz.items.find((i) => i.id === id)!.answer;
    expect(answer('steps-per-epoch')).toBe(epochBatches(1000, 50, 1, 1)[0]!.batches.length);
    expect(answer('last-batch')).toBe(epochBatches(48, 10, 1, 1)[0]!.batches.at(-1)!.length);
    expect(quizStrings).toContain('$f - f^* \\approx 0.16$ against $0.78$');
    expect(checkChallenge('noise-escape-gentle', { noise: 4, seed: 2 }).passed).toBe(true);
    expect(checkChallenge('noise-escape-gentle', { noise: 4, seed: 1 }).passed).toBe(false);
    expect(checkChallenge('noise-escape-gentle', { noise: 6, seed: 2 }).passed).toBe(false);
    expect(checkChallenge('noise-escape-gentle', { noise: 2, seed: 1.5 }).passed).toBe(false);
    for (let seed = 1; seed <= 50; seed++)
      expect(checkChallenge('noise-escape-gentle', { noise: 2, seed }).passed).toBe(false);
  });
});
