// A malformed lesson, quiz or "show me" fails the build, and the message names the file and the field.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

function astro(command: 'sync' | 'build', fixture: string): { status: number | null; output: string } {
  const scratch = mkdtempSync(join(tmpdir(), 'downhill-fixture-'));
  const r = spawnSync('npx', ['astro', command], {
    encoding: 'utf8',
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      DOWNHILL_CONTENT: `tests/fixtures/${fixture}`,
      DOWNHILL_OUT: join(scratch, 'dist'),
      DOWNHILL_CACHE: join(scratch, 'cache'),
    },
  });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
}

describe('content that does not match its schema fails the build', () => {
  test('a quiz option without feedback: the file and the field are named', () => {
    const r = astro('sync', 'bad-quiz');
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('tests/fixtures/bad-quiz/quizzes/sample.yaml');
    expect(r.output).toContain('items.0.options.1.feedback');
  }, 60_000);

  test('a lesson whose order is not a number: the file and the field are named', () => {
    const r = astro('sync', 'bad-lesson');
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('tests/fixtures/bad-lesson/lessons/sample.mdx');
    expect(r.output).toMatch(/order/);
  }, 60_000);

  test('a "show me" naming a missing figure fails the build', () => {
    const r = astro('build', 'bad-showme');
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('ShowMe: unknown figure "no-such-figure"');
  }, 120_000);

  test('a "show me" with a state the figure does not accept fails the build', () => {
    const r = astro('build', 'bad-showme-state');
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('ShowMe for figure "first-descent"');
    expect(r.output).toContain('"eta": 99 is not a valid number in [0.001, 1]');
  }, 120_000);

  test('a pointer naming a part its figure does not draw fails the build, naming the lesson file and the part', () => {
    const r = astro('build', 'bad-pointer');
    expect(r.status).not.toBe(0);
    expect(r.output).toContain(
      'tests/fixtures/bad-pointer/lessons/what-is-learning.mdx: <Pointer figure="first-descent" to="current minimum"> names "minimum", which figure "first-descent" does not draw',
    );
    expect(r.output).not.toContain('names "current"');
  }, 120_000);

  test('a lost YAML backslash in a quiz ("$\\theta$" read as a tab): the file, the item and the fix are named', () => {
    const r = astro('sync', 'bad-quiz-tab');
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('tests/fixtures/bad-quiz-tab/quizzes/sample.yaml');
    expect(r.output).toContain('items.0.prompt');
    expect(r.output).toContain('item "angle": a tab before "heta"');
  }, 60_000);

  test('math that KaTeX cannot render in a quiz: the file and the item are named', () => {
    const r = astro('sync', 'bad-quiz-tex');
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('tests/fixtures/bad-quiz-tex/quizzes/sample.yaml');
    expect(r.output).toContain('item "half": invalid TeX in "$\\frac{1}{2$"');
  }, 60_000);

  test('a lost YAML backslash in the glossary: the file and the term are named', () => {
    const r = astro('sync', 'bad-glossary-tab');
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('tests/fixtures/bad-glossary-tab/glossary.yaml');
    expect(r.output).toMatch(/angle[\s\S]*definition/);
    expect(r.output).toContain('a tab before "heta"');
  }, 60_000);

  test('a challenge naming a figure that does not exist fails the build, naming the file and the item', () => {
    const r = astro('build', 'bad-quiz-figure');
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('content/quizzes/sample.yaml: item "jump" names unknown figure "no-such-figure"');
  }, 120_000);
});
