// The table of symbols: read and checked at build time, and lessons 1–7 (prose, exercises, quizzes)
// write no letter in their math that the table does not give a meaning.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadSymbols } from '../../../src/content/symbols.ts';

const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');

/** The letters a piece of TeX uses as symbols: Greek and other commands by name, plain Latin letters, minus words. */
function letters(tex: string): Set<string> {
  const out = new Set<string>();
  const t = tex
    .replace(/\\(?:text|mathrm|operatorname|textbf|begin|end)\{[^{}]*\}/g, ' ')
    .replace(
      /\\(?:arg|min|max|sin|cos|exp|log|cdot|times|frac|tfrac|dfrac|left|right|big|Big|quad|qquad|le|ge|leq|geq|approx|leftarrow|to|infty|sum|hat|bar|underset|mathbf|partial|nabla|ldots|dots|lVert|rVert|lvert|rvert|lceil|rceil|sqrt|pm|neq|in|overline)(?![A-Za-z])/g,
      ' ',
    )
    .replace(/\\([A-Za-z]+)/g, (_, name: string) => (out.add(`\\${name}`), ' '));
  for (const m of t.matchAll(/[A-Za-z]/g)) out.add(m[0]);
  return out;
}

describe('the table of symbols', () => {
  test('every entry has TeX, a meaning and a lesson; the table is read in order', () => {
    const table = loadSymbols();
    expect(table.length).toBeGreaterThan(20);
    expect(table[0]!.tex).toBe('x');
    for (const s of table) expect(s.meaning.length).toBeGreaterThan(10);
  });

  test('a malformed entry fails naming the file, the entry and the field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'downhill-symbols-'));
    const file = join(dir, 'symbols.yaml');
    writeFileSync(
      file,
      "- tex: 'x'\n  meaning: 'A model input, one example.'\n  lesson: 1\n- tex: '\\theta'\n  meaning: 'Parameters of the model.'\n  lesson: one\n",
    );
    expect(() => loadSymbols(file)).toThrow(`${file}: entry 1 ("\\\\theta"): lesson:`);
    writeFileSync(file, 'tex: x\n');
    expect(() => loadSymbols(file)).toThrow('must be a YAML list');
  });

  test('lessons 1–7 and their quizzes use only letters the table defines', () => {
    const defined = new Set<string>();
    for (const s of loadSymbols()) for (const l of letters(s.tex)) defined.add(l);
    // Letters that are not symbols: e and ln are in the table; d in "dL" is not used in lessons 1–3.
    const texts = [
      'what-is-learning',
      'loss',
      'gradient-descent-1d',
      'gradients',
      'sgd',
      'beyond-descent',
      'backpropagation',
    ].flatMap((slug) => [
      read(`content/lessons/${slug}.mdx`),
      // {{name}} is a number the build fills in (src/quiz/shown.ts), not a letter.
      read(`content/quizzes/${slug}.yaml`)
        .replace(/\\\\/g, '\\')
        .replace(/\{\{\w+\}\}/g, '1'),
    ]);
    const unknown = new Map<string, string>();
    for (const text of texts)
      for (const m of text.matchAll(/\$\$([\s\S]+?)\$\$|\$([^$\n]+)\$/g)) {
        const tex = m[1] ?? m[2]!;
        for (const l of letters(tex)) if (!defined.has(l) && !unknown.has(l)) unknown.set(l, tex.trim().slice(0, 60));
      }
    expect(Object.fromEntries(unknown)).toEqual({});
  });
});
