import { describe, expect, it } from 'vitest';
import { matchesQuery } from '../../../src/lib/searchMatch.ts';

describe('matchesQuery', () => {
  it('drops the prefix Pagefind falls back to for a word the index lacks', () => {
    expect(matchesQuery('zzqqxx', 'so <mark>z</mark> grows by a per unit')).toBe(false);
    expect(matchesQuery('artery', 'take <mark>a</mark> step')).toBe(false);
    expect(matchesQuery('gradual', 'the <mark>gr</mark> unit')).toBe(false);
  });
  it('keeps words that match, stemmed, partly typed or with a slip', () => {
    expect(matchesQuery('gradient', 'the <mark>gradients</mark> of each')).toBe(true);
    expect(matchesQuery('installation', 'while <mark>installing</mark> it')).toBe(true);
    expect(matchesQuery('gra', 'the <mark>gradient</mark> points uphill')).toBe(true);
    expect(matchesQuery('momentm', 'heavy-ball <mark>momentum</mark> keeps')).toBe(true);
    expect(matchesQuery('η', 'the learning rate <mark>η</mark> scales')).toBe(true);
  });
  it('keeps a result when any word of the query matches, in the excerpt or the title', () => {
    expect(matchesQuery('zzqq loss', 'the <mark>loss</mark> is a mean')).toBe(true);
    expect(matchesQuery('descent', 'no marks here', 'Gradient descent in one dimension')).toBe(true);
    expect(matchesQuery('   ', '<mark>loss</mark>')).toBe(false);
  });
});
