// Progress export / import: a round trip is exact, a bad file is refused with a message, merging keeps the better.
import { describe, expect, test } from 'vitest';
import { PROGRESS_VERSION, type Progress } from '../../../src/lib/progress.ts';
import {
  FILE_KIND,
  MAX_FILE_BYTES,
  describeProgress,
  mergeProgress,
  parseProgressFile,
  progressFileName,
  progressToFile,
} from '../../../src/lib/progressFile.ts';

const sample: Progress = {
  version: PROGRESS_VERSION,
  lessons: {
    'what-is-learning': {
      read: true,
      section: 'training-is-a-search',
      quiz: { best: 5, total: 6, answers: { a: { kind: 'choice', choice: 1 } } },
    },
    loss: { section: 'why-square' },
  },
  last: 'loss',
};
const when = new Date('2025-03-04T05:06:07Z');

describe('progress files', () => {
  test('export then import gives back the same progress', () => {
    const text = progressToFile(sample, when);
    const parsed = JSON.parse(text);
    expect(parsed.kind).toBe(FILE_KIND);
    expect(parsed.exported).toBe('2025-03-04T05:06:07.000Z');
    const back = parseProgressFile(text);
    expect(back).toEqual({ ok: true, progress: sample });
    expect(progressFileName(when)).toBe('downhill-progress-2025-03-04.json');
  });

  test('the review schedule travels in the file, checked; one that cannot be used is left out with a note', () => {
    const review = { version: 1 as const, cards: { 'loss/why-square': { box: 2, due: 1_700_000_000_000, misses: 1 } } };
    const text = progressToFile(sample, when, review);
    expect(parseProgressFile(text)).toEqual({ ok: true, progress: sample, review });
    // An empty schedule is not written at all.
    expect(JSON.parse(progressToFile(sample, when, { version: 1, cards: {} }))).not.toHaveProperty('review');
    const newer = JSON.stringify({ ...JSON.parse(text), review: { version: 9, cards: {} } });
    expect(parseProgressFile(newer)).toEqual({
      ok: true,
      progress: sample,
      note: 'Its review schedule could not be used (saved by a newer version of Downhill (format 9)) and was left out.',
    });
  });

  test('the bare stored record is accepted too', () => {
    expect(parseProgressFile(JSON.stringify(sample))).toEqual({ ok: true, progress: sample });
  });

  test.each([
    ['not JSON', '{oops', 'not valid JSON'],
    ['empty', '   ', 'empty'],
    ['an array', '[1,2]', 'not a Downhill progress file'],
    ['another app', JSON.stringify({ kind: 'other-app', progress: sample }), 'not a Downhill progress file'],
    ['some other JSON', JSON.stringify({ name: 'x' }), 'not a Downhill progress file'],
    [
      'a newer format',
      JSON.stringify({ kind: FILE_KIND, progress: { ...sample, version: PROGRESS_VERSION + 1 } }),
      'newer version',
    ],
    ['no lessons', JSON.stringify({ kind: FILE_KIND, progress: { version: PROGRESS_VERSION } }), 'no lessons'],
    ['too large', 'x'.repeat(MAX_FILE_BYTES + 1), 'too large'],
  ])('%s is refused with a clear message', (_name, text, words) => {
    const r = parseProgressFile(text);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.message).toContain(words);
      expect(r.message).toContain('Nothing was changed.');
    }
  });

  test('a byte-order mark does not matter', () => {
    expect(parseProgressFile('\uFEFF' + progressToFile(sample, when)).ok).toBe(true);
  });

  test('bad entries inside a good file are dropped, not trusted', () => {
    const r = parseProgressFile(
      JSON.stringify({
        kind: FILE_KIND,
        progress: {
          version: PROGRESS_VERSION,
          lessons: { 'BAD SLUG': { read: true }, ok: { read: 'yes', quiz: { best: 'x' } } },
        },
      }),
    );
    expect(r).toEqual({ ok: true, progress: { version: PROGRESS_VERSION, lessons: { ok: {} } } });
  });
});

describe('mergeProgress', () => {
  test('onto nothing is the imported progress', () => {
    expect(mergeProgress({ version: PROGRESS_VERSION, lessons: {} }, sample)).toEqual(sample);
  });

  test('read on either device is read; the better quiz wins; the import says where to continue', () => {
    const here: Progress = {
      version: PROGRESS_VERSION,
      lessons: {
        'what-is-learning': { section: 'a-family-of-functions', quiz: { best: 6, total: 6, answers: {} } },
        gradients: { read: true },
      },
      last: 'gradients',
    };
    const m = mergeProgress(here, sample);
    expect(m.lessons['what-is-learning']).toEqual({
      read: true,
      section: 'training-is-a-search',
      quiz: { best: 6, total: 6, answers: {} },
    });
    expect(m.lessons.gradients).toEqual({ read: true });
    expect(m.lessons.loss).toEqual({ section: 'why-square' });
    expect(m.last).toBe('loss');
    // The inputs are not changed.
    expect(here.lessons['what-is-learning']!.read).toBeUndefined();
  });

  test('describes what a record holds', () => {
    expect(describeProgress(sample)).toBe('1 lesson read, 1 quiz answered');
    expect(describeProgress({ version: PROGRESS_VERSION, lessons: {} })).toBe('0 lessons read, 0 quizzes answered');
  });
});
