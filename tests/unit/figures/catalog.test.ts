import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { FIGURES, LESSON_FIGURES, figureById, figureNumber } from '../../../src/figures/catalog.ts';
import { defaults } from '../../../src/figures/state.ts';

const IDS_FILE = new URL('./ids.json', import.meta.url);

describe('figure catalog', () => {
  test('ids are unique and kebab-case', () => {
    const ids = FIGURES.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  test('no figure id that ever existed disappears, and every id is published in ids.json', () => {
    const ids = FIGURES.map((f) => f.id);
    const known: string[] = JSON.parse(readFileSync(IDS_FILE, 'utf8'));
    const missing = known.filter((id) => !ids.includes(id));
    expect(
      missing,
      `figure ids removed or renamed (ids are in readers' links; restore them): ${missing.join(', ')}`,
    ).toEqual([]);
    const added = ids.filter((id) => !known.includes(id));
    expect(added, `new figure ids: run "npm run figure-ids" and commit tests/unit/figures/ids.json`).toEqual([]);
  });

  test('every figure has an island in FigureIsland.astro and a lesson group', () => {
    const island = readFileSync(new URL('../../../src/components/FigureIsland.astro', import.meta.url), 'utf8');
    for (const f of FIGURES) {
      expect(island, f.id).toContain(`id === '${f.id}'`);
      expect(LESSON_FIGURES.find((g) => g.lesson === f.lesson)).toBeTruthy();
    }
  });

  test('numbers follow lesson order and position', () => {
    expect(figureNumber('model-family')).toBe('1.1');
    expect(figureNumber('first-descent')).toBe('1.3');
    expect(() => figureNumber('no-such-figure')).toThrow('invalid figure id');
    expect(figureById('no-such-figure')).toBeUndefined();
  });

  test('each lesson numbers its figures in the order its page shows them', () => {
    for (const group of LESSON_FIGURES) {
      const mdx = readFileSync(new URL(`../../../content/lessons/${group.lesson}.mdx`, import.meta.url), 'utf8');
      const onPage = [...mdx.matchAll(/<Figure id="([^"]+)"/g)].map((m) => m[1]);
      expect(onPage, group.lesson).toEqual(group.figures.map((f) => f.id));
      onPage.forEach((id, i) => expect(figureNumber(id!)).toBe(`${group.order}.${i + 1}`));
    }
  });

  test('every default lies within its bounds', () => {
    for (const f of FIGURES) {
      for (const [k, p] of Object.entries(f.table)) {
        if (p.kind === 'number' || p.kind === 'int') {
          expect(p.default, `${f.id}.${k}`).toBeGreaterThanOrEqual(p.min);
          expect(p.default, `${f.id}.${k}`).toBeLessThanOrEqual(p.max);
        }
        if (p.kind === 'enum') expect(p.values, `${f.id}.${k}`).toContain(p.default);
      }
      expect(Object.keys(defaults(f.table)).length).toBeGreaterThan(0);
    }
  });
});
