// The dependency arrows point one way: content → components → widgets → (figures, quiz, lib) → optim.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = resolve(new URL('../..', import.meta.url).pathname);

function files(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(ROOT, dir))) {
    const p = join(dir, name);
    if (statSync(join(ROOT, p)).isDirectory()) out.push(...files(p));
    else if (/\.(ts|svelte|astro)$/.test(name)) out.push(p);
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
  // The quiz owns its schema: content imports it, never the other way (no loop).
  'src/quiz': ['src/quiz', 'src/optim', 'src/lib'],
  'src/content': ['src/content', 'src/quiz', 'src/lib'],
  'src/widgets': ['src/widgets', 'src/figures', 'src/optim', 'src/quiz', 'src/lib', 'src/content'],
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

  test('widgets do not re-derive the math: no sigmoid, exp of a loss or gradient formula in markup files', () => {
    const offenders = files('src/widgets').filter((f) =>
      /function\s+(sigmoid|gradient|crossEntropy)\b/.test(readFileSync(join(ROOT, f), 'utf8')),
    );
    expect(offenders).toEqual([]);
  });
});
