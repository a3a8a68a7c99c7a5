// `npm run new:figure -- <lesson> <id>`: writes the two files a new figure needs, its spec
// (src/figures/lessons/<lesson>/<id>.ts) and its widget (src/widgets/figures/<Name>.svelte), as a
// small working figure to change: a point on lesson 3's two-well curve, moved by a slider or by
// dragging. Nothing else registers it: the catalog finds the spec, FigureIsland.astro the widget.
// Then place it in content/lessons/<lesson>.mdx with <Figure id="<id>" /> (the build says so until
// you do) and see the README's "Add a figure" for the tests it needs.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const [lesson, id] = process.argv.slice(2);
const fail = (message) => {
  console.error(`new:figure: ${message}`);
  process.exit(1);
};
if (!lesson || !id) fail('usage: npm run new:figure -- <lesson> <id>   (e.g. npm run new:figure -- sgd batch-noise)');
if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) fail(`the id "${id}" is not kebab-case (lowercase words joined by "-")`);
if (!existsSync(`content/lessons/${lesson}.mdx`))
  fail(`there is no lesson "${lesson}" (content/lessons/${lesson}.mdx); a figure belongs to a lesson that exists`);
const published = JSON.parse(readFileSync('tests/unit/figures/ids.json', 'utf8'));
if (published.includes(id))
  fail(`the id "${id}" is taken: tests/unit/figures/ids.json lists it (ids are never reused)`);

const words = id.split('-');
const name = words.map((w) => w[0].toUpperCase() + w.slice(1)).join('');
const binding = words[0] + name.slice(words[0].length);
const specFile = `src/figures/lessons/${lesson}/${id}.ts`;
const widgetFile = `src/widgets/figures/${name}.svelte`;
for (const f of [specFile, widgetFile]) if (existsSync(f)) fail(`${f} exists already`);

const spec = `/** The spec of figure "${id}", in a file of its own so that the figure's page loads no other figure's spec. */
import { defineFigure } from '../../spec.ts';

export const ${binding} = defineFigure({
  id: '${id}',
  lesson: '${lesson}',
  title: 'A point on the two-well curve',
  caption:
    'The two-well curve L(θ) = θ⁴ − θ³ − θ² + e^(−θ²) of lesson 3, and a point on it. Move it with the slider, or drag it (or focus it and use the arrow keys).',
  table: {
    theta: { kind: 'number', default: 0.5, min: -1.2, max: 1.8, step: 0.01, label: 'point θ' },
  },
});
`;

const widget = `<!--
@component
Figure "${id}": a point on the two-well curve, its loss read out. Its range, step and label are the
spec's table; the curve is optim's (never re-derived here).
-->
<script lang="ts">
  import { twoWells } from '../../optim/index.ts';
  import { ${binding} as spec } from '../../figures/lessons/${lesson}/${id}.ts';
  import { FigureModel, type FigureContext } from '../core/figure.svelte.ts';
  import FigureShell from '../core/FigureShell.svelte';
  import ParamHandle from '../core/ParamHandle.svelte';
  import ParamSlider from '../core/ParamSlider.svelte';
  import Axes from '../core/Axes.svelte';
  import { frame, xScaleOf, yScaleOf, fmt, px } from '../core/frame.ts';
  import { curvePath } from '../core/path.ts';

  let { number, ctx }: { number: string; ctx: FigureContext } = $props();
  const model = new FigureModel(spec, () => ctx);
  const s = $derived(model.state);
  const L = (t: number) => twoWells.value([t]);
  const loss = $derived(L(s.theta));

  const f = frame(400, 300);
  const x = xScaleOf(f, [spec.table.theta.min, spec.table.theta.max]);
  const y = yScaleOf(f, [-1.2, 3]);
  const curve = curvePath(L, [spec.table.theta.min, spec.table.theta.max], x, y, 200, { clamp: [-50, 400] });
</script>

<FigureShell {model} {number}>
  <svg class="fig-plot" viewBox="0 0 {f.width} {f.height}" role="img" aria-labelledby="{spec.id}-title">
    <title id="{spec.id}-title">The two-well curve with a point at θ = {fmt(s.theta)}, where L = {fmt(loss)}</title>
    <Axes {f} {x} {y} xLabel="θ" yLabel="L(θ)" />
    <path d={curve} fill="none" stroke="var(--curve)" stroke-width="2.5" />
    <ParamHandle {model} x="theta" sx={x} cy={px(y(loss))} label="Point" />
  </svg>
  {#snippet controls()}
    <ParamSlider {model} key="theta" />
  {/snippet}
  {#snippet readout()}
    θ = {fmt(s.theta)} · L(θ) = <span data-loss>{fmt(loss, 4)}</span>
  {/snippet}
</FigureShell>
`;

mkdirSync(`src/figures/lessons/${lesson}`, { recursive: true });
writeFileSync(specFile, spec);
writeFileSync(widgetFile, widget);
console.log(`wrote ${specFile} and ${widgetFile}. Next:
  1. place it where the reader wants to try something: <Figure id="${id}" /> in content/lessons/${lesson}.mdx
  2. make it yours: the table in the spec, the drawing in the widget (README, "Add a figure")
  3. its tests: a claims test for what the prose says of it, and, once it is ready to publish,
     npm run figure-ids (ids are public: tests/unit/figures/ids.json)`);
