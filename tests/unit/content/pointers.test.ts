// Prose that points into figures (src/content/pointers.ts): each mistake an author can make fails the
// build with a message naming the lesson file and the name; the page's highlight rules; the plugin.
import { describe, expect, test } from 'vitest';
import {
  POINTER_PARTS,
  figureRefProblems,
  lessonFileOf,
  pointerCss,
  pointerProblems,
  rehypePointers,
  undrawnPointers,
} from '../../../src/content/pointers.ts';

const FILE = 'content/lessons/gradients.mdx';
const figures = {
  lessonOf: (id: string) => ({ 'descent-2d': 'gradients', 'loss-landscape': 'loss' })[id],
  unknown: (id: string) => `unknown figure "${id}"`,
};

describe('pointerProblems', () => {
  test('a pointer that is right has none', () => {
    expect(pointerProblems(FILE, 'descent-2d', 'path current', figures)).toEqual([]);
  });
  test('an unknown figure id: the file and the id are named', () => {
    expect(pointerProblems(FILE, 'descent-3d', 'path', figures)).toEqual([
      'content/lessons/gradients.mdx: <Pointer> names unknown figure "descent-3d"',
    ]);
  });
  test('a figure of another lesson: the file, the figure and its lesson are named', () => {
    const [p] = pointerProblems(FILE, 'loss-landscape', 'minimum', figures);
    expect(p).toContain(FILE);
    expect(p).toContain('points into a figure of lesson "loss"');
  });
  test('an unknown part: the file, the part and the parts there are are named', () => {
    const [p, ...rest] = pointerProblems(FILE, 'descent-2d', 'path minimun', figures);
    expect(rest).toEqual([]);
    expect(p).toContain(`${FILE}: <Pointer figure="descent-2d"> names unknown part "minimun"`);
    for (const part of Object.keys(POINTER_PARTS)) expect(p).toContain(`"${part}"`);
  });
  test('no part at all', () => {
    expect(pointerProblems(FILE, 'descent-2d', '  ', figures)[0]).toContain('names no part');
  });
});

describe('figureRefProblems', () => {
  test('an unknown figure id: the file and the id are named', () => {
    expect(figureRefProblems(FILE, 'no-such', figures)).toEqual([
      'content/lessons/gradients.mdx: <FigureRef> names unknown figure "no-such"',
    ]);
    expect(figureRefProblems(FILE, 'loss-landscape', figures)).toEqual([]);
  });
});

describe('undrawnPointers', () => {
  const page = (figure: string) =>
    `<p><a class="pointer" href="#descent-2d" data-pointer="descent-2d" data-to="minimum path">the bottom</a></p>${figure}`;
  test('every part drawn: none', () => {
    const fig = `<figure class="figure" data-figure="descent-2d" id="descent-2d"><svg><path d="M1,1" data-trail=""></path><circle data-minimum=""/></svg></figure>`;
    expect(undrawnPointers(page(fig), FILE)).toEqual([]);
  });
  test('a part the figure does not draw: the file, the part and the figure are named', () => {
    const fig = `<figure class="figure" data-figure="descent-2d" id="descent-2d"><svg><path d="M1,1" data-trail=""></path></svg></figure><figure data-figure="other"><circle data-minimum=""/></figure>`;
    expect(undrawnPointers(page(fig), FILE)).toEqual([
      `${FILE}: <Pointer figure="descent-2d" to="minimum path"> names "minimum", which figure "descent-2d" does not draw (no data-minimum element in its default state)`,
    ]);
  });
  test('a figure the page does not show', () => {
    expect(undrawnPointers(page(''), FILE)[0]).toContain('points into a figure this page does not show');
  });
  test("a built page's lesson file", () => {
    expect(lessonFileOf('lessons/loss/', 'content')).toBe('content/lessons/loss.mdx');
    expect(lessonFileOf('/lessons/loss/', './tests/fixtures/x/')).toBe('tests/fixtures/x/lessons/loss.mdx');
  });
});

describe('pointerCss', () => {
  test('one rule a different pointer: hover or focus of the phrase marks the parts in its figure', () => {
    const css = pointerCss([
      { figure: 'descent-2d', to: 'path  dots' },
      { figure: 'descent-2d', to: 'path dots' },
      { figure: 'descent-2d', to: 'nothing' },
    ]);
    expect(css).toBe(
      ':root:has([data-pointer="descent-2d"][data-to="path dots"]:is(:hover,:focus)) #descent-2d :is([data-trail],[data-step-dot]){filter:var(--pointed)}',
    );
    expect(pointerCss([])).toBe('');
  });
});

describe('rehypePointers', () => {
  test('tells each pointer and reference its file, numbers the references and lists the pointers', () => {
    const el = (name: string, attrs: Record<string, string>) => ({
      type: 'mdxJsxTextElement',
      name,
      attributes: Object.entries(attrs).map(([n, value]) => ({ type: 'mdxJsxAttribute', name: n, value })),
      children: [],
    });
    const a = el('Pointer', { figure: 'descent-2d', to: 'path' });
    const b = el('FigureRef', { id: 'descent-2d' });
    const c = el('FigureRef', { id: 'loss-landscape' });
    const tree = { type: 'root', children: [{ type: 'element', children: [a, b] }, c] };
    const file = {
      path: `${process.cwd()}/content/lessons/gradients.mdx`,
      data: {} as { astro?: { frontmatter?: Record<string, unknown> } },
    };
    rehypePointers()(tree, file);
    const attrs = (n: typeof a) => Object.fromEntries(n.attributes.map((x) => [x.name, x.value]));
    expect(attrs(a)).toEqual({ figure: 'descent-2d', to: 'path', file: FILE });
    expect(attrs(b)).toEqual({ id: 'descent-2d', file: FILE, n: '1' });
    expect(attrs(c).n).toBe('2');
    expect(file.data.astro?.frontmatter?.pointers).toEqual([{ figure: 'descent-2d', to: 'path' }]);
  });
});
