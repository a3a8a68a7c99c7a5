// `npm run build`: the static site into DOWNHILL_OUT (default dist/), then its Pagefind search index.
import { spawnSync } from 'node:child_process';

process.env.ASTRO_TELEMETRY_DISABLED = '1';
const out = process.env.DOWNHILL_OUT ?? 'dist';
for (const [cmd, args] of [
  ['npx', ['astro', 'build', '--silent']],
  ['npx', ['pagefind', '--site', out, '--output-subdir', 'pagefind', '--silent']],
]) {
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
console.log(`built ${out}/`);
