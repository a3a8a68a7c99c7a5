// The book's math takes its colour from the text around it: no TeX colour command anywhere in the
// content. The accessibility tests rely on it: axe checks the contrast of the text a formula sits in
// and skips KaTeX's glyph markup (aria-hidden; tests/e2e/browser.ts), which would otherwise take most
// of its time on the longest lessons.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : /\.(mdx|md|ya?ml)$/.test(e.name) ? [join(dir, e.name)] : [],
  );

test('no formula in the content sets a colour', () => {
  const found = files('content').flatMap((f) =>
    [...readFileSync(f, 'utf8').matchAll(/\\\\?(?:color|textcolor|colorbox|fcolorbox)\b/g)].map((m) => `${f}: ${m[0]}`),
  );
  expect(files('content').length).toBeGreaterThan(10);
  expect(found).toEqual([]);
});
