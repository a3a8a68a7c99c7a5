/**
 * Benchmarks of src/optim against hand-written loops doing the same arithmetic, in one process.
 * Run: `npx node --expose-gc bench/optim.ts` (Node ≥ 23.6 strips the types itself). Prints a
 * markdown table and writes bench/results/optim.json. Timings are reported, never asserted.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRng, gradientDescent, lineMSE, lossGrid, noisyLine, quadraticXY, run, sgd } from '../src/optim/index.ts';

/** One benchmark: the module and the hand-written loop, in operations per second. */
export interface BenchRow {
  readonly name: string;
  /** What one operation is (a step, a gradient, an epoch, a grid cell). */
  readonly unit: string;
  readonly ops: number;
  readonly moduleOpsPerSec: number;
  readonly handOpsPerSec: number;
  /** module / hand: 1 means as fast as the hand-written loop. */
  readonly ratio: number;
  /** Heap growth over one timed module run, in bytes (after a GC when --expose-gc is given). */
  readonly moduleHeapDelta: number;
  readonly checksum: { readonly module: number; readonly hand: number };
}

const gc = (globalThis as { gc?: () => void }).gc;

function heapUsed(): number {
  gc?.();
  return process.memoryUsage().heapUsed;
}

/** Median seconds of `reps` timed calls after one warm-up, and the heap delta of one call. */
function time(fn: () => number, reps = 5): { seconds: number; checksum: number; heap: number } {
  fn();
  const times: number[] = [];
  let checksum = 0;
  for (let r = 0; r < reps; r++) {
    const t0 = performance.now();
    checksum = fn();
    times.push((performance.now() - t0) / 1000);
  }
  const before = heapUsed();
  fn();
  const heap = process.memoryUsage().heapUsed - before;
  times.sort((a, b) => a - b);
  return { seconds: times[Math.floor(reps / 2)]!, checksum, heap };
}

function row(name: string, unit: string, ops: number, moduleFn: () => number, handFn: () => number): BenchRow {
  const m = time(moduleFn);
  const h = time(handFn);
  const moduleOpsPerSec = ops / m.seconds;
  const handOpsPerSec = ops / h.seconds;
  return {
    name,
    unit,
    ops,
    moduleOpsPerSec,
    handOpsPerSec,
    ratio: moduleOpsPerSec / handOpsPerSec,
    moduleHeapDelta: m.heap,
    checksum: { module: m.checksum, hand: h.checksum },
  };
}

/** Runs every benchmark and returns the rows. */
export async function benchOptim(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const eta = 1e-4; // small enough that 10⁶ steps stay clear of subnormal numbers

  const GD_STEPS = 1_000_000;
  const moduleGD = () => {
    const opt = gradientDescent({ learningRate: eta });
    const x = Float64Array.from([2, 2]);
    for (let k = 0; k < GD_STEPS; k++) opt.step(x, quadraticXY);
    return x[0]! + x[1]!;
  };
  rows.push(
    row('GD on x² + 3y² − xy', 'step', GD_STEPS, moduleGD, () => {
      let x = 2;
      let y = 2;
      for (let k = 0; k < GD_STEPS; k++) {
        const gx = 2 * x - y;
        const gy = 6 * y - x;
        x -= eta * gx;
        y -= eta * gy;
      }
      return x + y;
    }),
  );
  // The same walk with the hand loop's state in a Float64Array, as any code that works for every
  // dimension must keep it: what is left of the gap is the Objective interface itself.
  rows.push(
    row('GD on x² + 3y² − xy, hand loop over a Float64Array', 'step', GD_STEPS, moduleGD, () => {
      const x = Float64Array.from([2, 2]);
      for (let k = 0; k < GD_STEPS; k++) {
        const gx = 2 * x[0]! - x[1]!;
        const gy = 6 * x[1]! - x[0]!;
        x[0] = x[0]! - eta * gx;
        x[1] = x[1]! - eta * gy;
      }
      return x[0]! + x[1]!;
    }),
  );

  rows.push(
    row(
      'run() recording f, ‖∇f‖, x (GD, x² + 3y² − xy)',
      'step',
      GD_STEPS,
      () => {
        const r = run(quadraticXY, gradientDescent({ learningRate: eta }), [2, 2], { maxSteps: GD_STEPS });
        return r.positions[2 * r.steps]! + r.values[r.steps]!;
      },
      () => {
        const pos = new Float64Array(2 * (GD_STEPS + 1));
        const val = new Float64Array(GD_STEPS + 1);
        const gn = new Float64Array(GD_STEPS + 1);
        let x = 2;
        let y = 2;
        for (let k = 0; k <= GD_STEPS; k++) {
          const gx = 2 * x - y;
          const gy = 6 * y - x;
          pos[2 * k] = x;
          pos[2 * k + 1] = y;
          val[k] = x * x + 3 * y * y - x * y;
          gn[k] = Math.hypot(gx, gy);
          x -= eta * gx;
          y -= eta * gy;
        }
        return pos[2 * GD_STEPS]! + val[GD_STEPS]!;
      },
    ),
  );

  const big = noisyLine({ n: 100_000, slope: 2, intercept: 1, noise: 0.5, seed: 1 });
  const mse = lineMSE(big);
  const GRADS = 50;
  rows.push(
    row(
      'full-batch MSE gradient, n = 10⁵',
      'gradient',
      GRADS,
      () => {
        const g = new Float64Array(2);
        let s = 0;
        for (let r = 0; r < GRADS; r++) s += mse.gradient([0.5, 0.5], g)[0]!;
        return s;
      },
      () => {
        const { n, x, y } = big;
        let s = 0;
        for (let r = 0; r < GRADS; r++) {
          let gm = 0;
          let gb = 0;
          for (let i = 0; i < n; i++) {
            const res = 0.5 * x[i]! + 0.5 - y[i]!;
            gm += res * x[i]!;
            gb += res;
          }
          s += gm / n;
          void gb;
        }
        return s;
      },
    ),
  );

  const BATCH = 32;
  const epochSteps = Math.ceil(big.n / BATCH);
  rows.push(
    row(
      'SGD epoch, n = 10⁵, batch 32',
      'step',
      epochSteps,
      () => {
        const opt = sgd({ learningRate: 0.05, batchSize: BATCH, seed: 1 });
        const p = Float64Array.from([0, 0]);
        for (let k = 0; k < epochSteps; k++) opt.step(p, mse);
        return p[0]! + p[1]!;
      },
      () => {
        const { n, x, y } = big;
        const rng = createRng(1);
        const order = new Int32Array(n);
        for (let i = 0; i < n; i++) order[i] = i;
        rng.shuffle(order);
        let m = 0;
        let b = 0;
        for (let start = 0; start < n; start += BATCH) {
          const end = Math.min(start + BATCH, n);
          let gm = 0;
          let gb = 0;
          for (let k = start; k < end; k++) {
            const i = order[k]!;
            const res = m * x[i]! + b - y[i]!;
            gm += res * x[i]!;
            gb += res;
          }
          m -= (0.05 * gm) / (end - start);
          b -= (0.05 * gb) / (end - start);
        }
        return m + b;
      },
    ),
  );

  const small = noisyLine({ n: 200, slope: 2, intercept: 1, noise: 0.5, seed: 2 });
  const fit = lineMSE(small);
  const N = 200;
  const [mx, my] = fit.window as readonly (readonly [number, number])[];
  rows.push(
    row(
      'lossGrid 200 × 200, line fit over 200 points',
      'cell',
      N * N,
      () => lossGrid(fit, 0, 1, mx!, my!, N, N)[N * N - 1]!,
      () => {
        const out = new Float64Array(N * N);
        const { n, x, y } = small;
        for (let j = 0; j < N; j++) {
          const b = my![0] + (j * (my![1] - my![0])) / (N - 1);
          for (let i = 0; i < N; i++) {
            const m = mx![0] + (i * (mx![1] - mx![0])) / (N - 1);
            let s = 0;
            for (let k = 0; k < n; k++) s += 0.5 * (m * x[k]! + b - y[k]!) ** 2;
            out[j * N + i] = s / n;
          }
        }
        return out[N * N - 1]!;
      },
    ),
  );
  return rows;
}

/** The rows as a markdown table. */
export function benchTable(rows: readonly BenchRow[]): string {
  const fmt = (v: number): string =>
    v >= 1e6 ? `${(v / 1e6).toFixed(1)} M` : v >= 1e3 ? `${(v / 1e3).toFixed(1)} k` : v.toFixed(1);
  const lines = [
    '| benchmark | unit | module /s | hand-written /s | ratio | module heap Δ |',
    '|---|---|---:|---:|---:|---:|',
    ...rows.map(
      (r) =>
        `| ${r.name} | ${r.unit} | ${fmt(r.moduleOpsPerSec)} | ${fmt(r.handOpsPerSec)} | ${r.ratio.toFixed(2)} | ${(r.moduleHeapDelta / 1024).toFixed(0)} KiB |`,
    ),
  ];
  return lines.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const rows = await benchOptim();
  console.log(benchTable(rows));
  if (!gc) console.log('\n(heap deltas without GC: run with --expose-gc for cleaner numbers)');
  const out = join(dirname(fileURLToPath(import.meta.url)), 'results', 'optim.json');
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify({ node: process.version, gcExposed: gc !== undefined, rows }, null, 2)}\n`);
  console.log(`\nwrote ${out}`);
}
