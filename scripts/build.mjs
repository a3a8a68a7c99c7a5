// `npm run build`: the static site into DOWNHILL_OUT (default dist/), KaTeX's fonts cut down to the
// characters its math uses (scripts/subsetFonts.mjs), the gallery's pictures (scripts/thumbnails.mjs),
// then its Pagefind search index.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { subsetKatexFonts } from './subsetFonts.mjs';
import { writeThumbnails } from './thumbnails.mjs';

process.env.ASTRO_TELEMETRY_DISABLED = '1';
const out = process.env.DOWNHILL_OUT ?? 'dist';
const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
run('npx', ['astro', 'build', '--silent']);
await subsetKatexFonts(out);
// After the fonts: their cut renames the stylesheets the figure pages link, which the pictures copy from.
const figures = readdirSync(`${out}/figures`, { withFileTypes: true }).filter((e) => e.isDirectory());
writeThumbnails(
  out,
  figures.map((e) => e.name),
);
run('npx', ['pagefind', '--site', out, '--output-subdir', 'pagefind', '--silent']);
console.log(`built ${out}/`);
