import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { defineFigure, type FigureSpec } from '../../../src/figures/spec.ts';
import { defaults, type Param, type ParamTable } from '../../../src/figures/state.ts';
import { stateOf } from './arbitraries.ts';
import { RESERVED_KEYS, linkPairs } from '../../../src/figures/linkFormat.ts';
import {
  figureIdFromHash,
  hasReport,
  readHidden,
  readLink,
  readValue,
  reportText,
} from '../../../src/figures/linkReader.ts';
import { figureQuery, lessonLink, pageUrl, query, standaloneLink } from '../../../src/figures/url.ts';
import { FIGURES } from '../../../src/figures/catalog.ts';
import { fixHash } from '../../../src/figures/hash.ts';
import { playground } from '../../../src/figures/playground.ts';

const table = {
  eta: { kind: 'number', default: 0.1, min: 0.01, max: 0.4, step: 0.001, log: true, label: 'learning rate η' },
  x0: { kind: 'number', default: -2.5, min: -3, max: 3, step: 0.05, label: 'start θ₁' },
  step: { kind: 'int', default: 0, min: 0, max: 200, label: 'step' },
  opt: { kind: 'enum', default: 'gd', values: ['gd', 'adam'], label: 'optimizer' },
  trail: { kind: 'bool', default: true, label: 'trail' },
} as const satisfies ParamTable;

const spec = defineFigure({ id: 'descent-2d', lesson: 'gradients', title: 'T', caption: 'C', table });
const at = (patch: Partial<ReturnType<typeof defaults<typeof table>>>) => ({ ...defaults(table), ...patch });
const lesson = (search: string, hash = '') => readLink(spec, search, 'lesson', hash);
const standalone = (search: string) => readLink(spec, search, 'standalone');

describe('lenient readings: values a person would type', () => {
  test('a decimal comma, a Unicode minus, spaces and trailing punctuation read as meant', () => {
    const p = table.eta as Param;
    expect(readValue(p, '0,314')).toBe(0.314);
    expect(readValue(table.x0, '−2.3')).toBe(-2.3);
    expect(readValue(table.x0, ' -2.3 ')).toBe(-2.3);
    expect(readValue(p, '0.3.')).toBe(0.3);
    expect(readValue(p, '0,3).')).toBe(0.3);
    expect(readValue(p, ',5')).toBe(0.5);
    // Still refused: two commas, hex, words, empty, too long.
    for (const bad of ['0,3,1', '0x1f', 'abc', '', ' ', '9'.repeat(100), 'Infinity', '1.2.3'])
      expect(readValue(p, bad), bad).toBeUndefined();
  });

  test('enums in any case, switches as words', () => {
    expect(readValue(table.opt, 'Adam')).toBe('adam');
    expect(readValue(table.opt, 'ADAM.')).toBe('adam');
    expect(readValue(table.opt, 'sgd')).toBeUndefined();
    expect(readValue(table.trail, 'off')).toBe(false);
    expect(readValue(table.trail, 'Yes')).toBe(true);
    expect(readValue(table.trail, 'maybe')).toBeUndefined();
  });

  test('the teacher’s links: comma, &amp;, case and a prefix typed without its hyphen', () => {
    expect(lesson('?descent-2d.eta=0,314&amp;descent-2d.step=12').state).toEqual(at({ eta: 0.314, step: 12 }));
    expect(lesson('?Descent-2D.ETA=0.314&descent2d.step=12').state).toEqual(at({ eta: 0.314, step: 12 }));
    expect(lesson('?descent-2d.eta=0.314&amp;amp;descent-2d.x0=1').state).toEqual(at({ eta: 0.314, x0: 1 }));
    const r = lesson('?descent-2d.eta=0,314&amp;descent-2d.step=12');
    expect(hasReport(r.report)).toBe(false);
    // Every raw key it read is rewritten in the current form.
    expect(r.consumed.sort()).toEqual(['amp;descent-2d.step', 'descent-2d.eta']);
  });

  test('plain keys on a lesson page count for the figure its hash names, and only for it', () => {
    expect(lesson('?eta=0.314&step=12', '#descent-2d').state).toEqual(at({ eta: 0.314, step: 12 }));
    expect(lesson('?eta=0.314&step=12', '#descent-2d.').state).toEqual(at({ eta: 0.314, step: 12 }));
    expect(lesson('?eta=0.314&step=12', '#other-figure').state).toEqual(at({}));
    expect(lesson('?eta=0.314&step=12').state).toEqual(at({}));
  });

  test('a hash read leniently: trailing punctuation, case, hyphens, encoding', () => {
    const ids = ['descent-2d', 'first-descent'];
    expect(figureIdFromHash('#descent-2d.', ids)).toBe('descent-2d');
    expect(figureIdFromHash('#descent-2d).', ids)).toBe('descent-2d');
    expect(figureIdFromHash('#Descent2D', ids)).toBe('descent-2d');
    expect(figureIdFromHash('#first-descent%22', ids)).toBe('first-descent');
    expect(figureIdFromHash('#%E0%A4%A', ids)).toBeNull();
    expect(figureIdFromHash('#nothing', ids)).toBeNull();
    expect(figureIdFromHash('', ids)).toBeNull();
  });

  test('hide lists: any case, plural or singular, spaces; unknown names reported', () => {
    expect(readHidden(table, 'captions,control, ETA')).toEqual({ hidden: ['caption', 'controls', 'eta'], unknown: [] });
    expect(readHidden(table, 'caption,wibble')).toEqual({ hidden: ['caption'], unknown: ['wibble'] });
    expect(standalone('?hide=captions,control').hidden).toEqual(['caption', 'controls']);
    expect(reportText(standalone('?hide=caption,wibble').report)).toBe(
      'It asked to hide parts this figure does not have: wibble.',
    );
  });

  test('theme=light|dark, in any case; anything else reported', () => {
    expect(standalone('?theme=Dark').theme).toBe('dark');
    expect(standalone('?theme=light').theme).toBe('light');
    expect(standalone('').theme).toBeNull();
    expect(reportText(standalone('?theme=purple').report)).toContain('theme=purple (expected light or dark)');
  });
});

describe('the report of what cannot be read', () => {
  test('an unknown key is named as the link spelled it', () => {
    const r = lesson('?descent-2d.lr=0.314&descent-2d.step=12');
    expect(r.state).toEqual(at({ step: 12 }));
    expect(reportText(r.report)).toBe('This link had settings this version does not know: lr.');
  });

  test('an unreadable value is named with what was expected, and kept for the address bar', () => {
    const r = lesson('?descent-2d.eta=0,3,1&descent-2d.step=abc');
    expect(r.state).toEqual(at({}));
    expect(reportText(r.report)).toBe(
      'It could not read descent-2d.eta=0,3,1 (expected a number from 0.01 to 0.4); descent-2d.step=abc (expected a whole number from 0 to 200).',
    );
    expect(r.kept).toEqual({ eta: ['descent-2d.eta', '0,3,1'], step: ['descent-2d.step', 'abc'] });
  });

  test('values out of range are moved to the edge, and say so', () => {
    const r = standalone('?eta=5&x0=-99&step=500');
    expect(r.state).toEqual(at({ eta: 0.4, x0: -3, step: 200 }));
    expect(reportText(r.report)).toBe(
      "Outside this figure's range, so moved to its edge: eta=5 → 0.4, x0=-99 → -3, step=500 → 200.",
    );
  });

  test('removed keys are reported; tracking keys added by mail tools are not', () => {
    const r = standalone('?speed=30&momentum=0.9&eta=0.2&utm_source=newsletter&fbclid=abc');
    expect(r.state).toEqual(at({ eta: 0.2 }));
    expect(r.report.unknown).toEqual(['speed', 'momentum']);
  });

  test('a link read in full reports nothing; other figures’ keys on a lesson page are theirs', () => {
    const r = lesson('?descent-2d.eta=0.2&first-descent.zzz=1&plain=1');
    expect(hasReport(r.report)).toBe(false);
    expect(reportText(r.report)).toBe('');
  });

  test('what it could not read stays in the address bar until the reader sets that key', () => {
    const r = lesson('?descent-2d.eta=abc&descent-2d.lr=0.3&descent-2d.step=4');
    const current = {
      pathname: '/lessons/gradients/',
      search: '?descent-2d.eta=abc&descent-2d.lr=0.3&descent-2d.step=4',
      hash: '',
    };
    // Unknown keys are left alone; the unreadable eta stays while eta is at its default.
    expect(pageUrl(spec, r.state, current, 'lesson', r)).toBe(
      '/lessons/gradients/?descent-2d.lr=0.3&descent-2d.step=4&descent-2d.eta=abc',
    );
    expect(pageUrl(spec, { ...r.state, eta: 0.25 }, current, 'lesson', r)).toBe(
      '/lessons/gradients/?descent-2d.lr=0.3&descent-2d.eta=0.25&descent-2d.step=4',
    );
  });

  test('lenient keys are rewritten in the current form', () => {
    const search = '?Descent-2D.ETA=0,314&amp;descent-2d.step=12';
    const r = lesson(search);
    expect(pageUrl(spec, r.state, { pathname: '/l/', search, hash: '#descent-2d' }, 'lesson', r)).toBe(
      '/l/?descent-2d.eta=0.314&descent-2d.step=12#descent-2d',
    );
  });
});

describe('versions and aliases', () => {
  // Version 3 of a figure whose key `lr` became `eta` in version 2 and whose `step` counted from 1
  // until version 3.
  const versioned: FigureSpec<typeof table> = defineFigure({
    id: 'demo',
    lesson: 'demo',
    title: 'T',
    caption: 'C',
    table,
    link: {
      version: 3,
      aliases: { rate: 'eta' },
      formerIds: ['old-demo'],
      migrations: [
        ({ lr, ...rest }) => (lr === undefined ? rest : { ...rest, eta: lr }),
        ({ step, ...rest }) => (step === undefined ? rest : { ...rest, step: String(Number(step) - 1) }),
      ],
    },
  });
  const read = (s: string, mode: 'lesson' | 'standalone' = 'standalone') => readLink(versioned, s, mode);

  test('a link without v is version 1 and goes through every migration', () => {
    expect(read('?lr=0.3&step=13').state).toEqual(at({ eta: 0.3, step: 12 }));
    expect(read('?v=2&eta=0.3&step=13').state).toEqual(at({ eta: 0.3, step: 12 }));
    expect(read('?v=3&eta=0.3&step=13').state).toEqual(at({ eta: 0.3, step: 13 }));
  });

  test('links are written in the current version; v is left out of an empty link', () => {
    expect(linkPairs(versioned, at({ step: 12 }))).toEqual([
      ['v', '3'],
      ['step', '12'],
    ]);
    expect(linkPairs(versioned, at({}))).toEqual([]);
    expect(figureQuery(versioned, at({ eta: 0.3 }))).toBe('?demo.v=3&demo.eta=0.3');
    // A figure at version 1 writes no v: every link made so far stays as it was.
    expect(figureQuery(spec, at({ eta: 0.3 }))).toBe('?descent-2d.eta=0.3');
    const written = standaloneLink(versioned, '/figures/demo/', at({ eta: 0.3, step: 4 }));
    expect(read(written.slice(written.indexOf('?'))).state).toEqual(at({ eta: 0.3, step: 4 }));
  });

  test('an alias reads as the current key, in any case; a former id as the prefix', () => {
    expect(read('?v=3&Rate=0.2').state).toEqual(at({ eta: 0.2 }));
    expect(read('?old-demo.v=3&old-demo.eta=0.2', 'lesson').state).toEqual(at({ eta: 0.2 }));
    expect(hasReport(read('?v=3&rate=0.2').report)).toBe(false);
  });

  test('a newer link is read as far as it can be, and says so', () => {
    const r = read('?v=7&eta=0.2&warp=9');
    expect(r.state).toEqual(at({ eta: 0.2 }));
    expect(reportText(r.report)).toBe(
      'This link was made for a newer version of this figure (v7); it is read as far as this version can. This link had settings this version does not know: warp.',
    );
    expect(reportText(read('?v=two').report)).toContain('v=two (expected a version number)');
  });
});

describe('short links', () => {
  test('defaults are left out, whatever the mode', () => {
    expect(lessonLink(spec, '/lessons/gradients/', at({}))).toBe('/lessons/gradients/#descent-2d');
    expect(standaloneLink(spec, '/figures/descent-2d/', at({ trail: false }))).toBe('/figures/descent-2d/?trail=0');
  });

  test('the playground writes plain keys, and only keys that change something', () => {
    const state = {
      ...defaults(playground.table),
      obj: 'himmelblau',
      x: 0.04,
      y: 0,
      a: 'gd',
      'a.lr': 0.0104,
      'a.ss': 0.3, // gd takes no step size: left out
      b: 'momentum',
      'b.lr': 0.002,
      'b.mom': 0.88,
      c: 'sign',
      'c.lr': 0.5, // sign steps take a step size, not a learning rate: left out
      kappa: 40, // only the bowl has a κ: left out
      step: 37,
    };
    const link = lessonLink(playground, '/playground/', state);
    expect(link).toBe(
      '/playground/?obj=himmelblau&x=0.04&y=0&a.lr=0.0104&b.lr=0.002&b.mom=0.88&c=sign&step=37#playground',
    );
    // The link reopens the same race: every key that matters is as it was.
    const back = readLink(playground, link.slice(link.indexOf('?'), link.indexOf('#')), 'lesson').state;
    expect(linkPairs(playground, back)).toEqual(linkPairs(playground, state));
  });

  test('the playground still reads its links of before (keys under playground.)', () => {
    const old = '?playground.obj=saddle&playground.x=-2.5&playground.y=0&playground.a.lr=0.05&playground.b=none';
    const r = readLink(playground, old, 'lesson');
    expect(r.state).toMatchObject({ obj: 'saddle', x: -2.5, y: 0, 'a.lr': 0.05, b: 'none' });
    expect(hasReport(r.report)).toBe(false);
    // The address bar is rewritten in the current, shorter form.
    expect(pageUrl(playground, r.state, { pathname: '/playground/', search: old, hash: '' }, 'lesson', r)).toBe(
      '/playground/?obj=saddle&x=-2.5&y=0&a.lr=0.05&b=none',
    );
  });
});

// Every figure of the book (iterated from the catalog, so new figures are covered) and the playground.
const ALL = [...FIGURES, playground];

describe('every figure’s table', () => {
  test('no key is reserved, and no two keys differ only in case', () => {
    for (const f of ALL) {
      const keys = Object.keys(f.table);
      for (const r of RESERVED_KEYS) expect(keys, f.id).not.toContain(r);
      expect(new Set(keys.map((k) => k.toLowerCase())).size, f.id).toBe(keys.length);
    }
  });
});

/** A value as a person might write it: decimal comma, Unicode minus, trailing full stop, capitals. */
function humanize(p: Param, text: string, style: number): string {
  if (p.kind === 'number' || p.kind === 'int') {
    let s = text;
    if (style & 1 && !/e/i.test(s)) s = s.replace('.', ',');
    if (style & 2) s = s.replace('-', '−');
    if (style & 4) s = `${s}.`;
    return s;
  }
  if (p.kind === 'enum') return style & 1 ? text.toUpperCase() : text;
  if (p.kind === 'bool') return style & 1 ? (text === '1' ? 'yes' : 'no') : text;
  return text;
}

describe.each(ALL.map((f) => [f.id, f] as const))('links of %s', (id, f) => {
  const keys = Object.keys(f.table);
  const matters = (s: Record<string, unknown>) => linkPairs(f, s as never);

  test('a written link reads back the same state, in lesson and standalone form, with nothing to report', () => {
    fc.assert(
      fc.property(stateOf(f.table), (s) => {
        const lessonSearch = figureQuery(f, s as never);
        const a = readLink(f, lessonSearch, 'lesson');
        expect(matters(a.state)).toEqual(matters(s));
        expect(hasReport(a.report)).toBe(false);
        const plain = query(linkPairs(f, s as never));
        const b = readLink(f, plain, 'standalone');
        expect(matters(b.state)).toEqual(matters(s));
        expect(hasReport(b.report)).toBe(false);
      }),
      { numRuns: 100 },
    );
  });

  test('the same link as a person might retype it (comma, minus, full stop, capitals, &amp;) reads the same', () => {
    fc.assert(
      fc.property(stateOf(f.table), fc.integer({ min: 0, max: 7 }), fc.boolean(), (s, style, amp) => {
        const pairs = linkPairs(f, s as never, `${id}.`).map(([k, v]) => {
          const key = k.slice(id.length + 1);
          return [style & 1 ? k.toUpperCase() : k, humanize(f.table[key]!, v, style)] as const;
        });
        const search =
          '?' + pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join(amp ? '&amp;' : '&');
        const r = readLink(f, search, 'lesson');
        expect(matters(r.state)).toEqual(matters(s));
        expect(hasReport(r.report)).toBe(false);
      }),
      { numRuns: 100 },
    );
  });

  test('keys it does not know are reported by name and left in the address bar; it never throws', () => {
    const junkKey = fc
      .stringMatching(/^[a-z][a-z0-9_]{0,8}$/)
      .filter(
        (k) =>
          !keys.some((t) => t.toLowerCase() === k) &&
          !(RESERVED_KEYS as readonly string[]).includes(k) &&
          !/^(utm_|fbclid|gclid|dclid|msclkid|mc_|_ga|ref$)/.test(k),
      );
    fc.assert(
      fc.property(
        stateOf(f.table),
        junkKey,
        fc.string({ maxLength: 12 }),
        fc.string({ maxLength: 70 }),
        (s, k, v, hostile) => {
          const search = `${figureQuery(f, s as never) || '?'}&${id}.${k}=${encodeURIComponent(v)}&${hostile}`;
          const r = readLink(f, search, 'lesson');
          expect(r.report.unknown).toContain(k);
          expect(reportText(r.report)).toContain(`does not know: `);
          const url = pageUrl(f, r.state, { pathname: '/p/', search, hash: '' }, 'lesson', r);
          expect(new URLSearchParams(url.slice(3)).get(`${id}.${k}`)).toBe(v);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('fixHash (a lesson page’s hash read leniently before any figure loads)', () => {
  const page = (ids: string[], figures: string[]) =>
    ({
      getElementById: (id: string) => (ids.includes(id) || figures.includes(id) ? {} : null),
      querySelectorAll: () => figures.map((id) => ({ id })),
    }) as unknown as Document;
  const go = (hash: string, doc: Document) => {
    const replaced: string[] = [];
    fixHash(doc, { hash, replace: (u: string) => replaced.push(u) } as unknown as Location);
    return replaced;
  };
  const doc = page(['quiz', 'the-gradient'], ['descent-2d']);
  test('a figure’s id with a sentence’s full stop, or retyped, goes to the figure', () => {
    expect(go('#descent-2d.', doc)).toEqual(['#descent-2d']);
    expect(go('#Descent2D', doc)).toEqual(['#descent-2d']);
    expect(go('#the-gradient),', doc)).toEqual(['#the-gradient']);
  });
  test('a hash that names an element, no hash, or one that names nothing: left alone', () => {
    expect(go('#descent-2d', doc)).toEqual([]);
    expect(go('', doc)).toEqual([]);
    expect(go('#nowhere.', doc)).toEqual([]);
  });
});
