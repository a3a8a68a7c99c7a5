import { describe, expect, test } from 'vitest';
import { defineFigure } from '../../../src/figures/spec.ts';
import { defaults } from '../../../src/figures/state.ts';
import {
  figureQuery,
  lessonLink,
  mergeShowMe,
  pageUrl,
  query,
  showMeQuery,
  standaloneLink,
} from '../../../src/figures/url.ts';
import { readHidden, readLink as loadFigure } from '../../../src/figures/linkReader.ts';
import type { RawSource } from '../../../src/figures/state.ts';

const parseHidden = (table: Parameters<typeof readHidden>[0], source: RawSource, prefix = '') =>
  readHidden(table, source.get(prefix + 'hide') ?? '').hidden;

const spec = defineFigure({
  id: 'demo',
  lesson: 'demo-lesson',
  title: 'Demo',
  caption: 'A figure for the tests.',
  table: {
    eta: { kind: 'number', default: 0.1, min: 0.001, max: 1, step: 0.001, log: true, label: 'learning rate η' },
    x0: { kind: 'number', default: 1, min: -3, max: 3, step: 0.05, label: 'start x₀' },
    step: { kind: 'int', default: 0, min: 0, max: 100, label: 'step' },
    opt: { kind: 'enum', default: 'gd', values: ['gd', 'adam'], label: 'optimizer' },
  },
});
const at = (patch: Partial<ReturnType<typeof defaults<typeof spec.table>>>) => ({ ...defaults(spec.table), ...patch });

describe('query', () => {
  test('query([]) is empty; pairs are encoded', () => {
    expect(query([])).toBe('');
    expect(query([['a.b', 'x y&z']])).toBe('?a.b=x%20y%26z');
  });
});

describe('parseHidden', () => {
  test('keeps the parts and keys a figure knows, drops the rest, keeps each name once', () => {
    const params = new URLSearchParams('hide=caption, eta ,nonsense,__proto__,controls');
    expect(parseHidden(spec.table, params)).toEqual(['caption', 'eta', 'controls']);
    expect(parseHidden(spec.table, new URLSearchParams('demo.hide=toolbar'), 'demo.')).toEqual(['toolbar']);
    expect(parseHidden(spec.table, new URLSearchParams(`hide=${'eta,'.repeat(100)}`))).toEqual(['eta']);
  });
});

describe('loadFigure', () => {
  test('on a lesson page only prefixed keys count, and the prefixed hide list', () => {
    const { state, hidden } = loadFigure(spec, '?eta=0.5&demo.x0=2&hide=caption&demo.hide=timeline', 'lesson');
    expect(state).toEqual(at({ x0: 2 }));
    expect(hidden).toEqual(['timeline']);
  });

  test('on the standalone page plain keys count, and a prefixed key that is not the default wins', () => {
    const { state, hidden } = loadFigure(spec, '?eta=0.5&x0=2&demo.x0=-1&demo.eta=0.1&hide=caption', 'standalone');
    // demo.eta=0.1 is the default, so it says nothing: the plain eta=0.5 stands.
    expect(state).toEqual(at({ eta: 0.5, x0: -1 }));
    expect(hidden).toEqual(['caption']);
  });

  test('bad values fall back or clamp; it never throws', () => {
    expect(loadFigure(spec, '?demo.eta=NaN&demo.x0=1e9&demo.step=-4&demo.opt=sgd', 'lesson').state).toEqual(
      at({ x0: 3 }),
    );
    expect(loadFigure(spec, '?%%%&demo.x0=%E0', 'lesson').state).toEqual(at({}));
  });
});

describe('links', () => {
  test('figureQuery and lessonLink carry non-default values under the id', () => {
    expect(figureQuery(spec, at({}))).toBe('');
    expect(lessonLink(spec, '/lessons/demo-lesson/', at({ eta: 0.25, step: 7 }))).toBe(
      '/lessons/demo-lesson/?demo.eta=0.25&demo.step=7#demo',
    );
  });

  test('standaloneLink uses plain keys and appends the hide list', () => {
    expect(standaloneLink(spec, '/figures/demo/', at({ opt: 'adam' }), ['caption', 'eta'])).toBe(
      '/figures/demo/?opt=adam&hide=caption%2Ceta',
    );
    expect(standaloneLink(spec, '/figures/demo/', at({}))).toBe('/figures/demo/');
  });

  test('pageUrl replaces this figure’s keys and keeps every other key and the hash', () => {
    const current = { pathname: '/lessons/demo-lesson/', search: '?other.eta=3&demo.eta=0.5&demo.x0=2', hash: '#x' };
    expect(pageUrl(spec, at({ step: 4 }), current, 'lesson')).toBe('/lessons/demo-lesson/?other.eta=3&demo.step=4#x');
    const plain = { pathname: '/figures/demo/', search: '?eta=0.5&hide=caption', hash: '' };
    expect(pageUrl(spec, at({}), plain, 'standalone')).toBe('/figures/demo/?hide=caption');
  });

  test('a loaded state writes back the same URL (round trip)', () => {
    const search = '?demo.eta=0.25&demo.x0=-1.5&demo.step=9&demo.opt=adam';
    const { state } = loadFigure(spec, search, 'lesson');
    expect(figureQuery(spec, state)).toBe(search);
  });
});

describe('show me', () => {
  test('showMeQuery names the partial state, defaults left out', () => {
    expect(showMeQuery(spec, { eta: 0.5, x0: 1 })).toBe('?demo.eta=0.5');
    expect(showMeQuery(spec, { opt: 'adam', step: 30 })).toBe('?demo.step=30&demo.opt=adam');
  });

  test('mergeShowMe replaces this figure’s keys only', () => {
    expect(mergeShowMe('?demo.x0=2&demo.step=5&other.k=1', '?demo.eta=0.5', 'demo')).toBe('?other.k=1&demo.eta=0.5');
    expect(mergeShowMe('?demo.x0=2', '', 'demo')).toBe('');
  });
});
