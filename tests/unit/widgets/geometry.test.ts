// Geometry snapshots (STYLE.md §13, code review §6–7): the path strings the contour maps, walks and
// arrows become, on lesson 4's bowl as its figures draw it, with every number rounded (paths to a
// tenth by the code itself, levels to 3 decimals here). A change to what a figure draws shows up
// here as a diff to review; `vitest -u` records it once it is meant. The small cases come first and
// are checked by hand.
import { describe, expect, test } from 'vitest';
import { render } from 'svelte/server';
import { gradientDescent, lossGrid, quadraticXY, run } from '../../../src/optim/index.ts';
import { descent2d } from '../../../src/figures/lessons/gradients/descent-2d.ts';
import { arrow } from '../../../src/widgets/core/arrows.ts';
import { bands, levels } from '../../../src/widgets/core/contours.ts';
import { mapMarkup } from '../../../src/widgets/core/mapStyle.ts';
import { trajectoryPath } from '../../../src/widgets/core/path.ts';
import { linearScale } from '../../../src/widgets/core/scale.ts';
import Axes from '../../../src/widgets/core/Axes.svelte';
import { frame, xScaleOf, yScaleOf, type Frame } from '../../../src/widgets/core/frame.ts';
import { BOWL_N, BOWL_XS, BOWL_YS, bowlX, bowlY } from '../../../src/widgets/figures/bowl.ts';

const round3 = (v: number) => Math.round(v * 1000) / 1000;

describe('arrow', () => {
  test('a shaft to the base of the head, and a head `size` long and 0.9 × size wide, pointing along the arrow', () => {
    // Rightwards, 100 long: the head is the full 7, its base at x = 93, half-width 3.15.
    expect(arrow(0, 0, 100, 0)).toEqual({ shaft: 'M0.0,0.0L93.0,0.0', head: 'M100.0,0.0L93.0,3.1L93.0,-3.1Z' });
    // Upwards on screen, 10 long: the head shrinks to 0.6 of the length (6), half-width 2.7.
    expect(arrow(50, 100, 50, 90)).toEqual({ shaft: 'M50.0,100.0L50.0,96.0', head: 'M50.0,90.0L52.7,96.0L47.3,96.0Z' });
    // Diagonal 3-4-5 (length 50), size 10: the base (24, 32) is 10 back along the arrow, the corners 4.5 either side.
    expect(arrow(0, 0, 30, 40, 10)).toEqual({ shaft: 'M0.0,0.0L24.0,32.0', head: 'M30.0,40.0L20.4,34.7L27.6,29.3Z' });
  });

  test('an arrow shorter than half a unit draws nothing; wild coordinates stay finite', () => {
    expect(arrow(10, 10, 10.3, 10.3)).toEqual({ shaft: '', head: '' });
    expect(arrow(NaN, 0, 0, 0).shaft).toBe('M-10000.0,0.0L-7.0,0.0');
    expect(arrow(0, 0, Infinity, 0).head).not.toMatch(/NaN|Infinity/);
  });
});

describe('bands', () => {
  test('a cone on a 5 × 5 grid: the band above a level is the border with a diamond hole of that radius, until only corners are left', () => {
    // f = |θ₁| + |θ₂| sampled at the integers of [−2, 2]², 10 px a unit. d3-contour pads the grid by half a cell;
    // bands pulls that padding in, so the border runs along the plot's edge; at 1.5 the hole is the diamond of
    // radius 15 px around (20, 20); at 2.5 the diamond passes the border and four corner pieces are left; at 3.5
    // four small corner triangles.
    const n = 5;
    const values = new Float64Array(n * n);
    for (let j = 0; j < n; j++) for (let i = 0; i < n; i++) values[j * n + i] = Math.abs(i - 2) + Math.abs(j - 2);
    const x = linearScale([-2, 2], [0, 40]);
    const y = linearScale([-2, 2], [40, 0]);
    const out = bands(values, n, n, [-2, 2], [-2, 2], x, y, [1.5, 2.5, 3.5]);
    expect(out.map((b) => [b.value, b.d])).toMatchInlineSnapshot(`
      [
        [
          1.5,
          "M40,0l0,40 -40,0 0,-40zM20,5l-15,15 15,15 15,-15z",
        ],
        [
          2.5,
          "M5,30l10,10 -15,0 0,-15zM40,30l0,10 -15,0 15,-15zM15,0l-15,15 0,-15zM40,0l0,15 -15,-15z",
        ],
        [
          3.5,
          "M5,40l-5,0 0,-5zM40,40l-5,0 5,-5zM5,0l-5,5 0,-5zM40,0l0,5 -5,-5z",
        ],
      ]
    `);
  });
});

describe('lesson 4’s bowl, as its figures draw it', () => {
  test('the contour map of θ₁² + 3θ₂² − θ₁θ₂ (ContourMap: 41 × 41 samples, 12 levels)', () => {
    const grid = lossGrid(quadraticXY, 0, 1, BOWL_XS, BOWL_YS, BOWL_N, BOWL_N);
    const paths = bands(grid, BOWL_N, BOWL_N, BOWL_XS, BOWL_YS, bowlX, bowlY, levels(grid, 12));
    expect(paths.map((b) => ({ value: round3(b.value), d: b.d }))).toMatchSnapshot();
    expect(
      mapMarkup(paths.slice(0, 2), [bowlX(BOWL_XS[0]), bowlY(BOWL_YS[1]), bowlX(BOWL_XS[1]), bowlY(BOWL_YS[0])]),
    ).toMatchSnapshot();
  });

  test('descent-2d at its defaults: the walk drawn up to step 12, and the whole run', () => {
    const t = descent2d.table;
    const r = run(quadraticXY, gradientDescent({ learningRate: t.eta.default }), [t.x0.default, t.y0.default], {
      maxSteps: t.step.max,
      toleranceF: 1e-12,
      bound: 1e3,
    });
    expect(r.stop).toMatchSnapshot();
    expect(trajectoryPath(r.positions, 2, 12, bowlX, bowlY)).toMatchSnapshot();
    expect(trajectoryPath(r.positions, 2, r.steps, bowlX, bowlY, { minGap: 1 })).toMatchSnapshot();
  });

  test('gradient arrows on a 3 × 3 grid of sites (gradient-arrows draws 9 × 9 of them)', () => {
    const sites = [-2, 0, 2].flatMap((a) => [-2, 0, 2].map((b) => [a, b] as const));
    const drawn = sites.map(([a, b]) => {
      const g = quadraticXY.gradient([a, b], new Float64Array(2));
      return arrow(bowlX(a), bowlY(b), bowlX(a + 0.03 * g[0]!), bowlY(b + 0.03 * g[1]!), 5);
    });
    expect(drawn).toMatchSnapshot();
  });
});

// Axes (src/widgets/core/Axes.svelte), rendered on the server as a page gets it: where its y label
// sits in the figure's viewBox. Text is 12 px in a plot (global.css: .fig-plot text); glyph boxes
// are estimated (ascent 0.8 em, descent 0.25 em, digits and signs 0.6 em wide, a point 0.3 em).
const FONT = 12;
interface Text {
  x: number;
  y: number;
  anchor: string;
  transform: string | null;
  cls: string | null;
  text: string;
}
function texts(f: Frame, yDomain: [number, number], yLabel: string): Text[] {
  const { body } = render(Axes, {
    props: { f, x: xScaleOf(f, [-2, 2]), y: yScaleOf(f, yDomain), xLabel: 'θ₁', yLabel },
  });
  return [...body.matchAll(/<text([^>]*)>([^<]*)<\/text>/g)].map(([, attrs, text]) => {
    const attr = (name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(attrs!)?.[1] ?? null;
    return {
      x: Number(attr('x')),
      y: Number(attr('y')),
      anchor: attr('text-anchor') ?? 'start',
      transform: attr('transform'),
      cls: attr('class'),
      text: text!.trim(),
    };
  });
}
const width = (s: string) => [...s].reduce((w, c) => w + (c === '.' ? 0.3 : 0.6) * FONT, 0);

describe('Axes: the y label', () => {
  test.each([
    ['the default frame, ticks 0…10', frame(), [0, 10] as [number, number]],
    ['a tall frame, ticks −2…2', frame(320, 420, 44, 12, 20, 40), [-2, 2] as [number, number]],
    ['a short frame, ticks 0…0.5', frame(480, 200), [0, 0.5] as [number, number]],
  ])('%s: centred on the plot’s height, running up the left margin, clear of the tick labels', (_name, f, domain) => {
    const all = texts(f, domain, 'loss L(θ)');
    const label = all.find((t) => t.text === 'loss L(θ)')!;
    expect(label.cls).toContain('axis-label');
    // Centred between the plot's top and bottom edges (where the y scale maps its domain).
    const y = yScaleOf(f, domain);
    expect(label.y).toBeCloseTo((y(domain[0]) + y(domain[1])) / 2, 6);
    expect(label.anchor).toBe('middle');
    // Turned a quarter left about its own anchor, so it reads bottom to top where it stands.
    const r = /^rotate\((-?[\d.]+) (-?[\d.]+) (-?[\d.]+)\)$/.exec(label.transform ?? '');
    expect(r, label.transform ?? 'no transform').not.toBeNull();
    expect(r!.slice(1).map(Number)).toEqual([-90, label.x, label.y]);
    // Turned, its glyphs span x − ascent … x + descent: inside the viewBox, and left of every y tick label.
    const left = label.x - 0.8 * FONT;
    const right = label.x + 0.25 * FONT;
    expect(left).toBeGreaterThanOrEqual(0);
    const ticks = all.filter((t) => t.anchor === 'end' && t.cls === null);
    expect(ticks.length).toBeGreaterThanOrEqual(3);
    for (const t of ticks) expect(right, `tick "${t.text}"`).toBeLessThan(t.x - width(t.text));
    // Its extent along the margin, the text's length, stays within the plot's height.
    expect(width(label.text)).toBeLessThan(y(domain[0]) - y(domain[1]));
  });
});
