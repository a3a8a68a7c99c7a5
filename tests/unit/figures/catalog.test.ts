import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  FIGURES,
  LESSON_FIGURES,
  buildCatalog,
  figureById,
  figureNumber,
  nearest,
  specFiles,
  unknownFigure,
} from '../../../src/figures/catalog.ts';
import { defineFigure } from '../../../src/figures/spec.ts';
import { CURRICULUM_LENGTH, orderProblems, readLesson } from '../../../src/figures/lessonFiles.ts';
import { figureIslands, withIslands } from '../../../scripts/figureIslands.mjs';
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

  test('every figure has exactly one widget, and every widget that imports a spec is a figure', () => {
    const islands = figureIslands();
    expect([...islands.keys()].sort()).toEqual(FIGURES.map((f) => f.id).sort());
    for (const f of FIGURES) expect(islands.get(f.id)!.lesson, f.id).toBe(f.lesson);
  });

  test('FigureIsland.astro gets one import, one line and the no-widget check per figure', () => {
    const source = readFileSync(new URL('../../../src/components/FigureIsland.astro', import.meta.url), 'utf8');
    const text = withIslands(source, figureIslands());
    expect(text).toContain("import SgdPaths from '../widgets/figures/SgdPaths.svelte';");
    expect(text).toContain("{id === 'sgd-paths' && <SgdPaths client:visible {number} {ctx} />}");
    expect(text.match(/client:visible/g)).toHaveLength(FIGURES.length);
    expect(text).toContain('has no widget');
    expect(() => withIslands(source.replace('// «figure islands: check»', ''), figureIslands())).toThrow(
      'lost its mark',
    );
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

// The mistakes a contributor makes when adding a figure or a lesson, each a build error naming the files.
describe('the catalog is derived, and what would build wrong fails naming the files', () => {
  const spec = (id: string, lesson: string) =>
    defineFigure({ id, lesson, title: id, caption: id, table: { a: { kind: 'bool', default: false, label: 'a' } } });
  const at = (id: string, lesson: string) => ({
    file: `src/figures/lessons/${lesson}/${id}.ts`,
    spec: spec(id, lesson),
  });
  const lesson = (slug: string, order: number | undefined, placed: string[]) => ({
    slug,
    file: `content/lessons/${slug}.mdx`,
    order,
    placed,
  });
  const problems = (...args: Parameters<typeof buildCatalog>) => {
    try {
      buildCatalog(...args);
      return '';
    } catch (e) {
      return (e as Error).message;
    }
  };

  test('lessons go by their frontmatter order, figures by where the prose places them', () => {
    const groups = buildCatalog(
      [at('b-fig', 'b'), at('a-one', 'a'), at('a-two', 'a')],
      [lesson('b', 2, ['b-fig']), lesson('a', 1, ['a-two', 'a-one']), lesson('c', 3, [])],
    );
    expect(groups.map((g) => [g.lesson, g.order, g.figures.map((f) => f.id)])).toEqual([
      ['a', 1, ['a-two', 'a-one']],
      ['b', 2, ['b-fig']],
    ]);
  });

  test('a duplicate figure id names the id and both files', () => {
    const other = { file: 'src/figures/lessons/b/a-one.ts', spec: spec('a-one', 'b') };
    const message = problems([at('a-one', 'a'), other], [lesson('a', 1, ['a-one']), lesson('b', 2, [])]);
    expect(message).toContain(
      'duplicate figure id "a-one": src/figures/lessons/a/a-one.ts and src/figures/lessons/b/a-one.ts',
    );
  });

  test('a spec file not named after its id, or outside its lesson folder, is named with where it belongs', () => {
    const stray = { file: 'src/figures/lessons/a/old-name.ts', spec: spec('new-name', 'a') };
    expect(problems([stray], [lesson('a', 1, ['new-name'])])).toContain(
      'src/figures/lessons/a/old-name.ts defines figure "new-name" of lesson "a": move it to src/figures/lessons/a/new-name.ts',
    );
  });

  test('a figure of a lesson that does not exist names the spec file', () => {
    expect(problems([at('x', 'nope')], [lesson('a', 1, [])])).toContain(
      'src/figures/lessons/nope/x.ts: figure "x" names lesson "nope", which has no content/lessons/nope.mdx',
    );
  });

  test('a figure not placed, placed twice, placed by another lesson, or unknown names the MDX file', () => {
    const lessons = [lesson('a', 1, ['a-one', 'a-one', 'a-onr']), lesson('b', 2, ['a-one'])];
    const message = problems([at('a-one', 'a'), at('a-two', 'a')], lessons);
    expect(message).toContain('src/figures/lessons/a/a-two.ts: figure "a-two" is not placed in content/lessons/a.mdx');
    expect(message).toContain('content/lessons/a.mdx places figure "a-one" twice');
    expect(message).toContain('content/lessons/b.mdx places figure "a-one", which belongs to lesson "a"');
    expect(message).toContain('content/lessons/a.mdx places unknown figure "a-onr" (did you mean "a-one"?)');
  });

  test('two lessons at one place, or one past the curriculum ("Lesson 9 of 8"), name the files', () => {
    const late = lesson('late', CURRICULUM_LENGTH + 1, []);
    expect(orderProblems([lesson('a', 1, []), lesson('b', 1, []), late])).toEqual([
      'content/lessons/a.mdx and content/lessons/b.mdx both have order 1: give each lesson its own place',
      `content/lessons/late.mdx: order ${CURRICULUM_LENGTH + 1} is past the curriculum's ${CURRICULUM_LENGTH} lessons ` +
        `(it would read "Lesson ${CURRICULUM_LENGTH + 1} of ${CURRICULUM_LENGTH}"): raise CURRICULUM_LENGTH in src/figures/lessonFiles.ts with DESIGN.md's curriculum`,
    ]);
    expect(problems([], [late])).toContain('is past the curriculum');
    expect(orderProblems([lesson('a', 1, []), lesson('b', 2, [])])).toEqual([]);
  });

  test('a lesson file is read for its order and the figures it places, in order', () => {
    const l = readLesson(
      'content/lessons/x.mdx',
      '---\ntitle: X\norder: 4\n---\n\nText <Figure id="two" />\n\n<Figure id="one" />',
    );
    expect(l).toEqual({ slug: 'x', file: 'content/lessons/x.mdx', order: 4, placed: ['two', 'one'] });
    expect(readLesson('content/lessons/y.mdx', '---\norder: four\n---\n').order).toBeUndefined();
  });

  test("specs are found among a module's exports, each once", () => {
    const s = spec('x', 'a');
    const found = specFiles({ './lessons/a/x.ts': { x: s, again: s, LIMIT: 3 }, './lessons/a/shared.ts': { s } });
    expect(found).toEqual([{ file: 'src/figures/lessons/a/x.ts', spec: s }]);
  });

  test('an unknown id is answered with the closest id and where figures come from', () => {
    expect(nearest('sgd-path', ['sgd-paths', 'basins'])).toBe('sgd-paths');
    expect(nearest('zzz', ['sgd-paths', 'basins'])).toBeUndefined();
    expect(unknownFigure('tiny-netwrk')).toContain('unknown figure "tiny-netwrk" (did you mean "tiny-network"?)');
    expect(unknownFigure('tiny-netwrk')).toContain('src/figures/lessons/<lesson>/<id>.ts');
  });
});
