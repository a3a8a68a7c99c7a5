// The dependency arrows point one way: pages → layouts → components → widgets → (figures, quiz, lib) → optim.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = resolve(new URL('../..', import.meta.url).pathname);

function files(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(ROOT, dir))) {
    const p = join(dir, name);
    if (statSync(join(ROOT, p)).isDirectory()) out.push(...files(p));
    else if (/\.(ts|mjs|svelte|astro)$/.test(name)) out.push(p);
  }
  return out;
}

function imports(file: string): string[] {
  const src = readFileSync(join(ROOT, file), 'utf8');
  const specs = [
    ...src.matchAll(/(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g),
  ].map((m) => m[1] ?? m[2]!);
  return specs.filter((s) => s.startsWith('.')).map((s) => relative(ROOT, resolve(ROOT, dirname(file), s)));
}

/** Which top-level areas each area may import from. */
const ALLOWED: Record<string, string[]> = {
  'src/optim': ['src/optim'],
  'src/figures': ['src/figures', 'src/optim'],
  // The quiz owns its schema: content imports it, never the other way (no loop). Challenges read the
  // figures' shared settings.
  'src/quiz': ['src/quiz', 'src/optim', 'src/lib', 'src/figures'],
  'src/content': ['src/content', 'src/quiz', 'src/lib'],
  'src/widgets': ['src/widgets', 'src/figures', 'src/optim', 'src/quiz', 'src/lib', 'src/content'],
  // The browser scripts of the pages: figures' events and URLs, the quiz's grading.
  'src/lib': ['src/lib', 'src/figures', 'src/quiz'],
  'src/components': ['src/components', 'src/widgets', 'src/figures', 'src/quiz', 'src/lib', 'src/content'],
  'src/layouts': ['src/layouts', 'src/components', 'src/lib', 'src/styles'],
  'src/pages': [
    'src/pages',
    'src/layouts',
    'src/components',
    'src/widgets',
    'src/figures',
    'src/quiz',
    'src/lib',
    'src/content',
  ],
};

function area(path: string): string {
  return path.split('/').slice(0, 2).join('/');
}

describe('dependency arrows', () => {
  test('the runtime is the pinned Node (≥ 22.12), not the machine’s older one', () => {
    const [major, minor] = process.versions.node.split('.').map(Number) as [number, number];
    expect(major > 22 || (major === 22 && minor >= 12)).toBe(true);
  });

  for (const [from, allowed] of Object.entries(ALLOWED)) {
    test(`${from} imports only from ${allowed.join(', ')}`, () => {
      const wrong: string[] = [];
      for (const f of files(from)) {
        for (const target of imports(f)) {
          if (!allowed.includes(area(target))) wrong.push(`${f} → ${target}`);
        }
      }
      expect(wrong).toEqual([]);
    });
  }

  test('the content schema loads no optimizer code (the config imports it before anything runs)', () => {
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const target of imports(file)) visit(target);
    };
    visit('src/content/schemas.ts');
    expect([...seen].filter((f) => area(f) === 'src/optim')).toEqual([]);
    expect(seen.has('src/quiz/schema.ts')).toBe(true);
  });

  test('widgets do not re-derive the math: no formula of a loss, an activation or a gradient in a figure', async () => {
    // What optim exports is computed there: a widget that declares one of those names redefines it.
    const names = Object.entries(await import('../../src/optim/index.ts'))
      .filter(([, v]) => typeof v === 'function')
      .map(([k]) => k)
      .join('|');
    const declares = new RegExp(
      `function\\s+(${names})\\b|(?:const|let)\\s+(${names})\\s*=\\s*(?:\\([^)]*\\)|\\w+)\\s*=>`,
    );
    // Exponentials, tanh and squares are the stuff of losses and activations; a drawing needs none of them.
    const formula = /Math\.(exp|expm1|log1p|tanh|sinh|cosh)\(|\*\*\s*2\b|Math\.pow\([^,]+,\s*2\)/;
    const offenders: string[] = [];
    for (const f of files('src/widgets')) {
      const src = readFileSync(join(ROOT, f), 'utf8');
      const m = declares.exec(src);
      const name = m?.[1] ?? m?.[2];
      if (name) offenders.push(`${f} declares ${name}`);
      if (f.endsWith('.svelte') && formula.test(src)) offenders.push(`${f}: ${formula.exec(src)![0]}`);
    }
    expect(offenders).toEqual([]);
  });
});
