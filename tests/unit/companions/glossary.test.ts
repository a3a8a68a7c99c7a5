// The glossary file is valid, and the rehype plugin marks each term's FIRST use only, in the right places.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import type { Element, Root, Text } from 'hast';
import { GlossarySchema } from '../../../src/content/schemas.ts';
import rehypeGlossary, {
  loadGlossary,
  markFirstUses,
  termMatcher,
  type GlossaryTerm,
} from '../../../src/content/rehypeGlossary.ts';

const FILE = 'content/glossary.yaml';
const terms = loadGlossary(FILE);

describe('content/glossary.yaml', () => {
  test('every entry matches the schema, with a unique kebab-case id', () => {
    const ids = new Set<string>();
    for (const t of terms) {
      expect(t.id, t.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(ids.has(t.id), `duplicate id ${t.id}`).toBe(false);
      ids.add(t.id);
      const { id: _id, ...data } = t;
      const r = GlossarySchema.safeParse(data);
      expect(r.success, `${t.id}: ${r.success ? '' : r.error.message}`).toBe(true);
    }
  });

  test('the terms the issue names are all defined', () => {
    const names = terms.map((t) => t.term.toLowerCase());
    for (const t of [
      'parameter',
      'loss',
      'gradient',
      'learning rate',
      'mini-batch',
      'epoch',
      'gradient descent',
      'stochastic gradient descent',
      'momentum',
      'adam',
    ]) {
      expect(names, t).toContain(t);
    }
  });

  test('"see" names existing terms, and no spelling belongs to two terms', () => {
    const ids = new Set(terms.map((t) => t.id));
    const owner = new Map<string, string>();
    for (const t of terms) {
      for (const s of t.see ?? []) expect(ids.has(s), `${t.id} → ${s}`).toBe(true);
      for (const s of [t.term, ...(t.aliases ?? [])]) {
        const k = s.toLowerCase();
        expect(owner.get(k) ?? t.id, `"${s}" is claimed by ${owner.get(k)} and ${t.id}`).toBe(t.id);
        owner.set(k, t.id);
      }
    }
  });

  test('the schema refuses TeX in a definition (tooltips are plain text)', () => {
    expect(GlossarySchema.safeParse({ term: 'x', definition: 'The value $x^2$ squared' }).success).toBe(false);
  });
});

describe('loadGlossary', () => {
  const dir = mkdtempSync(join(tmpdir(), 'glossary-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, yaml: string) => {
    const f = join(dir, name);
    writeFileSync(f, yaml);
    return f;
  };
  const good = '- id: loss\n  term: loss\n  definition: How wrong a model is, as one number.\n';

  test('fills in the schema defaults and drops unknown fields', () => {
    const f = write('good.yaml', `${good}  colour: red\n`);
    expect(loadGlossary(f)).toEqual([
      { id: 'loss', term: 'loss', definition: 'How wrong a model is, as one number.', aliases: [], see: [] },
    ]);
  });

  const entry = (fields: string) => `- id: step-size\n${fields}\n`;
  const term = '  term: step size\n';
  const definition = '  definition: How far one update moves.\n';
  test.each([
    [
      'a TeX definition',
      `${term}  definition: The value $x^2$ squared, as TeX.`,
      'definition: glossary definitions are plain text',
    ],
    [
      'a lost backslash',
      `${term}  definition: "The rate \\eta of each step."`,
      'definition: an escape character before "ta"',
    ],
    ['a see that is not kebab-case', `${term}${definition}  see: [Loss Function]`, 'see.0: must be kebab-case'],
    ['a missing term', definition, 'term: '],
  ])('names the file, the entry and the field for %s', (_name, fields, message) => {
    const f = write('bad.yaml', good + entry(fields));
    expect(() => loadGlossary(f)).toThrow(`${f}: entry 1 (id "step-size"): ${message}`);
  });

  test('names the entry by number when its id is missing or not kebab-case, and refuses a non-list', () => {
    expect(() => loadGlossary(write('noid.yaml', '- term: loss\n  definition: How wrong a model is.\n'))).toThrow(
      /noid\.yaml: entry 0: id: /,
    );
    expect(() => loadGlossary(write('camel.yaml', good.replace('id: loss', 'id: stepSize')))).toThrow(
      /camel\.yaml: entry 0 \(id "stepSize"\): id: must be kebab-case/,
    );
    expect(() => loadGlossary(write('map.yaml', 'loss: How wrong\n'))).toThrow(
      /map\.yaml: the glossary must be a YAML list/,
    );
  });
});

// Tiny hast builders.
const text = (value: string): Text => ({ type: 'text', value });
const el = (tagName: string, children: (Element | Text)[], className?: string[]): Element => ({
  type: 'element',
  tagName,
  properties: className ? { className } : {},
  children,
});
const root = (...children: Element[]): Root => ({ type: 'root', children });
const marks = (tree: Root | Element): Element[] => {
  const out: Element[] = [];
  const walk = (n: Root | Element) => {
    for (const c of n.children) {
      if (c.type !== 'element') continue;
      if ((c.properties?.className as string[] | undefined)?.includes('term')) out.push(c);
      walk(c);
    }
  };
  walk(tree);
  return out;
};
const linkText = (m: Element) => ((m.children[0] as Element).children[0] as Text).value;

const SAMPLE: GlossaryTerm[] = [
  { id: 'gradient', term: 'gradient', definition: 'Points uphill, the fastest way.', aliases: ['gradients'] },
  { id: 'gradient-descent', term: 'gradient descent', definition: 'Step against the gradient.', aliases: [] },
  { id: 'loss', term: 'loss', definition: 'How wrong a model is.', aliases: ['cost function'] },
  { id: 'mini-batch', term: 'mini-batch', definition: 'A few examples at a time.', aliases: [] },
];
const matcher = termMatcher(SAMPLE);
const opts = { glossaryHref: '/downhill/glossary/' };

describe('markFirstUses', () => {
  test('marks the first use of each term only, as a link described by a tooltip', () => {
    const tree = root(el('p', [text('The loss is small. Another loss here.')]), el('p', [text('A loss again.')]));
    expect(markFirstUses(tree, matcher, opts)).toEqual(['loss']);
    const found = marks(tree);
    expect(found).toHaveLength(1);
    const [link, tip] = found[0]!.children as Element[];
    expect(link!.tagName).toBe('a');
    expect(link!.properties.href).toBe('/downhill/glossary/#loss');
    expect(link!.properties.ariaDescribedBy).toEqual(['term-tip-loss']);
    expect(tip!.properties.id).toBe('term-tip-loss');
    expect(tip!.properties.role).toBe('tooltip');
    expect(found[0]!.properties.id).toBe('term-loss');
    // The text around the mark is kept.
    const p = tree.children[0] as Element;
    expect((p.children[0] as Text).value).toBe('The ');
    expect((p.children[2] as Text).value).toBe(' is small. Another loss here.');
  });

  test('prefers the longest spelling, and a term used inside a longer one still gets its own first use', () => {
    const tree = root(el('p', [text('Gradient descent follows the gradient downhill.')]));
    expect(markFirstUses(tree, matcher, opts)).toEqual(['gradient-descent', 'gradient']);
    expect(marks(tree).map(linkText)).toEqual(['Gradient descent', 'gradient']);
  });

  test('plurals and case count; parts of other words do not', () => {
    const tree = root(el('p', [text('Lossy is not a term; mini-batches and Cost functions are.')]));
    expect(markFirstUses(tree, matcher, opts)).toEqual(['mini-batch', 'loss']);
    expect(marks(tree).map(linkText)).toEqual(['mini-batches', 'Cost functions']);
  });

  test('headings, links, code, math and buttons are left alone', () => {
    const tree = root(
      el('h2', [text('The loss')]),
      el('p', [
        el('a', [text('loss')]),
        el('code', [text('loss')]),
        el('span', [text('loss')], ['katex']),
        el('button', [text('loss')]),
      ]),
      el('p', [el('em', [text('the loss, finally')])]),
    );
    expect(markFirstUses(tree, matcher, opts)).toEqual(['loss']);
    const m = marks(tree);
    expect(m).toHaveLength(1);
    // It is the one inside <em>, the first use in running prose.
    const em = (tree.children[2] as Element).children[0] as Element;
    expect(em.children.some((c) => c.type === 'element' && (c.properties.className as string[]).includes('term'))).toBe(
      true,
    );
  });

  test('MDX components (figures, "show me" buttons) are skipped', () => {
    const jsx = {
      type: 'mdxJsxTextElement',
      name: 'ShowMe',
      attributes: [],
      children: [text('loss')],
    } as unknown as Element;
    const tree = root(el('p', [jsx, text(' then the loss.')]));
    expect(markFirstUses(tree, matcher, opts)).toEqual(['loss']);
    expect((jsx.children[0] as Text).value).toBe('loss');
  });
});

describe('the book’s glossary on real sentences', () => {
  const real = termMatcher(terms);
  const linked = (sentence: string) => markFirstUses(root(el('p', [text(sentence)])), real, opts);
  test('a saddle’s ridge is not the ridge penalty: only "ridge penalty" and "ridge regression" link to it', () => {
    expect(linked('Started exactly on the ridge line θ₂ = 0, it never learns.')).not.toContain('ridge-penalty');
    expect(linked('a walk started exactly on its ridge line slid into the saddle')).not.toContain('ridge-penalty');
    expect(linked('has valleys, ridges, flat plateaus')).not.toContain('ridge-penalty');
    expect(linked('Start ten times closer to the ridge and it lingers')).not.toContain('ridge-penalty');
    expect(linked('The ridge penalty pulls towards zero.')).toContain('ridge-penalty');
    expect(linked('This is ridge regression.')).toContain('ridge-penalty');
  });
});

describe('the plugin', () => {
  test('marks lessons only, and records the marked ids in the frontmatter', () => {
    const transform = rehypeGlossary({ file: FILE, base: '/' });
    const lesson = root(el('p', [text('Every parameter counts.')]));
    const file = {
      path: '/x/content/lessons/what-is-learning.mdx',
      data: {} as { astro?: { frontmatter?: Record<string, unknown> } },
    };
    transform(lesson, file);
    expect(file.data.astro?.frontmatter?.glossaryTerms).toEqual(['parameter']);
    const other = root(el('p', [text('Every parameter counts.')]));
    const page = { path: '/x/src/pages/about.md', data: {} };
    transform(other, page);
    expect(marks(other)).toHaveLength(0);
  });
});

describe('line breaks', () => {
  test('a term split over two source lines is still one term', () => {
    const tree = root(el('p', [text('Step by gradient\ndescent, not by the loss.')]));
    expect(markFirstUses(tree, matcher, opts)).toEqual(['gradient-descent', 'loss']);
    expect(marks(tree).map(linkText)).toEqual(['gradient\ndescent', 'loss']);
  });
});
