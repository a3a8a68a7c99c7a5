import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = join(import.meta.dirname, '../../../src/optim');
const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));
/** Source without comments, so documentation may say what the code avoids. */
const code = (file: string): string =>
  readFileSync(join(dir, file), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:])\/\/.*$/gm, '$1');
/** Modules that are internal on purpose. */
const internal = new Set(['index.ts', 'validate.ts']);

describe('src/optim purity', () => {
  it.each(files)('%s imports only from src/optim', (file) => {
    const src = code(file);
    const specifiers = [...src.matchAll(/(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]/g)].map((m) => m[1]!);
    const dynamic = [...src.matchAll(/import\(\s*['"]([^'"]+)['"]/g)].map((m) => m[1]!);
    for (const s of [...specifiers, ...dynamic]) expect(s).toMatch(/^\.\/[\w.-]+\.ts$/);
  });

  it.each(files)('%s never mentions Math.random, Date, window, document, any', (file) => {
    const src = code(file);
    expect(src).not.toMatch(
      /Math\.random|\bDate\b|\bwindow\b\s*[.[]|\bglobalThis\b|\bdocument\b|\bperformance\b|\bprocess\b/,
    );
    expect(src).not.toMatch(/:\s*any\b|as\s+any\b|<any>/);
  });

  it('index.ts re-exports every module', () => {
    const index = readFileSync(join(dir, 'index.ts'), 'utf8');
    for (const f of files) if (!internal.has(f)) expect(index).toContain(`'./${f}'`);
  });
});
