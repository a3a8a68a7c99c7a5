import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import {
  loadProgress,
  PROGRESS_KEY,
  saveProgress,
  updateProgress,
  validateProgress,
} from '../../../src/lib/progress.ts';

class MemoryStorage {
  map = new Map<string, string>();
  full = false;
  get length() {
    return this.map.size;
  }
  key(i: number) {
    return [...this.map.keys()][i] ?? null;
  }
  getItem(k: string) {
    return this.map.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    if (this.full) throw new Error('QuotaExceededError');
    this.map.set(k, String(v));
  }
  removeItem(k: string) {
    this.map.delete(k);
  }
  clear() {
    this.map.clear();
  }
}

let store: MemoryStorage;
beforeEach(() => {
  store = new MemoryStorage();
  Object.defineProperty(globalThis, 'localStorage', { value: store, configurable: true, writable: true });
});
afterEach(() => {
  Reflect.deleteProperty(globalThis, 'localStorage');
});

describe('progress storage', () => {
  test('round trip', () => {
    updateProgress((p) => {
      p.lessons['loss'] = { read: true, quiz: { best: 3, total: 5, answers: {} } };
      p.last = 'loss';
    });
    const { progress, notice } = loadProgress();
    expect(notice).toBe('');
    expect(progress.lessons['loss']).toEqual({ read: true, quiz: { best: 3, total: 5, answers: {} } });
    expect(progress.last).toBe('loss');
  });

  test('corrupted JSON is kept aside, never overwritten, and the reader is told', () => {
    store.setItem(PROGRESS_KEY, '{oops');
    const first = loadProgress();
    expect(first.notice).toContain('could not be read');
    expect(store.getItem(`${PROGRESS_KEY}:unreadable-1`)).toBe('{oops');
    store.setItem(PROGRESS_KEY, '[1,2]');
    loadProgress();
    expect(store.getItem(`${PROGRESS_KEY}:unreadable-1`)).toBe('{oops');
    expect(store.getItem(`${PROGRESS_KEY}:unreadable-2`)).toBe('[1,2]');
  });

  test('data from a newer version is set aside with its own message', () => {
    const newer = JSON.stringify({ version: 99, lessons: {} });
    store.setItem(PROGRESS_KEY, newer);
    expect(loadProgress().notice).toContain('newer version');
    expect(store.getItem(`${PROGRESS_KEY}:unreadable-1`)).toBe(newer);
  });

  test('storage that throws degrades to a visit without saving', () => {
    Object.defineProperty(globalThis, 'localStorage', {
      get() {
        throw new Error('SecurityError');
      },
      configurable: true,
    });
    const r = loadProgress();
    expect(r.persistent).toBe(false);
    expect(r.notice).toContain('does not let');
    expect(() =>
      updateProgress((p) => {
        p.last = 'x';
      }),
    ).not.toThrow();
  });

  test('full storage: saving reports it instead of throwing', () => {
    store.full = true;
    expect(saveProgress({ version: 1, lessons: {} })).toContain('could not be saved');
  });

  test('validateProgress drops junk but keeps what is good', () => {
    const v = validateProgress({
      version: 1,
      lessons: { ok: { read: true, section: 'x' }, 'BAD SLUG': { read: true }, q: { quiz: { best: 'x' } } },
      last: 'nowhere',
    });
    expect(typeof v).not.toBe('string');
    if (typeof v === 'string') return;
    expect(Object.keys(v.lessons).sort()).toEqual(['ok', 'q']);
    expect(v.lessons['q']).toEqual({});
    expect(v.last).toBeUndefined();
    expect(validateProgress('x')).toBe('not an object');
    expect(validateProgress({ version: 0, lessons: {} })).toContain('old format');
  });
});

describe('no localStorage at all', () => {
  test('a visit that works without saving', () => {
    Reflect.deleteProperty(globalThis, 'localStorage');
    const r = loadProgress();
    expect(r.persistent).toBe(false);
    expect(r.progress.lessons).toEqual({});
    expect(
      updateProgress((p) => {
        p.last = 'loss';
      }).progress.last,
    ).toBe('loss');
  });
});
