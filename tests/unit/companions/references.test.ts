// Every source a lesson cites is on the references page; the page credits all four sources.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { FURTHER_READING, SOURCES, sourcesOf } from '../../../src/lib/references.ts';

const lessons = readdirSync('content/lessons')
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => {
    const front = readFileSync(`content/lessons/${f}`, 'utf8').match(/^---\n([\s\S]*?)\n---/)?.[1] ?? '';
    return {
      slug: f.replace(/\.mdx$/, ''),
      sources: ((parse(front) as { sources?: string[] })?.sources ?? []) as string[],
    };
  });

describe('references', () => {
  test('the four sources have the ids the lessons use', () => {
    expect(SOURCES.map((s) => s.id)).toEqual([
      'nielsen',
      'what-does-learning-mean',
      'just-optimization',
      'how-ml-learns',
    ]);
  });

  test('ids are unique across sources and further reading, and kebab-case', () => {
    const ids = [...SOURCES, ...FURTHER_READING].map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  test.each(lessons)('lesson $slug cites only known sources', ({ slug, sources }) => {
    expect(() => sourcesOf(slug, sources)).not.toThrow();
  });

  test('an unknown source fails loudly, naming the lesson', () => {
    expect(() => sourcesOf('loss', ['nielsen', 'nope'])).toThrow(/content\/lessons\/loss\.mdx: unknown source "nope"/);
  });

  test('further reading includes what the issue asks for', () => {
    const titles = FURTHER_READING.map((s) => s.title).join(' | ');
    for (const t of [
      'Why Momentum Really Works',
      'TensorFlow Playground',
      'Deep Learning',
      'An overview of gradient descent optimization algorithms',
      'Adam: A Method for Stochastic Optimization',
    ]) {
      expect(titles).toContain(t);
    }
  });
});
