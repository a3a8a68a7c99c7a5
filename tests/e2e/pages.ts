/** The pages of the built site, found by walking the build output. */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const DIST = process.env.E2E_DIST ?? 'dist';

/** Site-relative paths of every HTML page, e.g. "lessons/loss/" (the 404 page as "404.html"). */
export function pages(dir = DIST): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
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
