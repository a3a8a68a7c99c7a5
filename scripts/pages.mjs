// The pages of a build, found by walking its output folder.
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Site-relative paths of every HTML page, e.g. "lessons/loss/" (the 404 page as "404.html"). */
export function pages(dir = process.env.E2E_DIST ?? 'dist') {
  const out = [];
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) {
        if (name !== '_astro' && name !== 'pagefind') walk(p);
      } else if (name.endsWith('.html')) {
        const rel = relative(dir, p).replaceAll('\\', '/');
        out.push(rel === 'index.html' ? '' : rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel);
      }
    }
  };
  walk(dir);
  return out.sort();
}
