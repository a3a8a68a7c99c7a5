// The figures' islands, derived: Astro hydrates only a component that a .astro file imports by name,
// so src/components/FigureIsland.astro needs one import and one line per figure. Rather than typed
// there, they are written into it as Vite loads it (the plugin below, in astro.config.mjs), from the
// widgets: every src/widgets/figures/*.svelte that imports a spec `as spec` from
// src/figures/lessons/<lesson>/<id>.ts is the island of figure <id>.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const WIDGETS = 'src/widgets/figures';
const SPEC_IMPORT =
  /import\s*\{\s*\w+\s+as\s+spec\s*\}\s*from\s*['"]\.\.\/\.\.\/figures\/lessons\/([\w-]+)\/([\w-]+)\.ts['"]/;
const MARK_IMPORTS = '// «figure islands: imports»';
const MARK_CHECK = '// «figure islands: check»';
const MARK_LINES = '{/* «figure islands» */}';

/** Each figure's widget: { id, lesson, component, file }, by id. Throws naming both files when two claim one id. */
export function figureIslands(root = '.') {
  const out = new Map();
  for (const name of readdirSync(join(root, WIDGETS)).sort()) {
    if (!name.endsWith('.svelte')) continue;
    const m = SPEC_IMPORT.exec(readFileSync(join(root, WIDGETS, name), 'utf8'));
    if (!m) continue;
    const [, lesson, id] = m;
    const island = { id, lesson, component: name.replace(/\.svelte$/, ''), file: `${WIDGETS}/${name}` };
    const other = out.get(id);
    if (other)
      throw new Error(`figure "${id}" has two widgets, ${other.file} and ${island.file}: one figure, one widget`);
    out.set(id, island);
  }
  return out;
}

/** FigureIsland.astro's text with its islands written in at the marks. */
export function withIslands(source, islands) {
  for (const mark of [MARK_IMPORTS, MARK_CHECK, MARK_LINES])
    if (!source.includes(mark)) throw new Error(`src/components/FigureIsland.astro lost its mark ${mark}`);
  const list = [...islands.values()];
  const imports = list.map((w) => `import ${w.component} from '../widgets/figures/${w.component}.svelte';`).join('\n');
  const check =
    `if (!${JSON.stringify(list.map((w) => w.id))}.includes(id)) throw new Error(` +
    '`Figure "${id}" has no widget: no ' +
    WIDGETS +
    '/*.svelte imports its spec "as spec" (npm run new:figure writes one)`);';
  const lines = list.map((w) => `{id === '${w.id}' && <${w.component} client:visible {number} {ctx} />}`).join('\n');
  return source.replace(MARK_IMPORTS, imports).replace(MARK_CHECK, check).replace(MARK_LINES, lines);
}

/** The Vite plugin that loads FigureIsland.astro with its islands written in. */
export function figureIslandsPlugin() {
  return {
    name: 'downhill:figure-islands',
    enforce: 'pre',
    load(id) {
      if (!id.replace(/\?.*$/, '').endsWith('/src/components/FigureIsland.astro')) return null;
      const file = id.replace(/\?.*$/, '');
      const root = file.slice(0, -'/src/components/FigureIsland.astro'.length);
      this.addWatchFile(join(root, WIDGETS));
      return withIslands(readFileSync(file, 'utf8'), figureIslands(root));
    },
  };
}
