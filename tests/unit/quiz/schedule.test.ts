// The review schedule: Leitner boxes as pure functions (property-based where inputs vary), and
// its storage, which sets aside what it cannot read and survives storage that throws.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import fc from 'fast-check';
import {
  BOX_DAYS,
  BOXES,
  DAY,
  answeredRight,
  dueCards,
  emptySchedule,
  mergeSchedules,
  missed,
  nextDue,
  shownVariant,
  validateSchedule,
  waitText,
  type Schedule,
} from '../../../src/quiz/schedule.ts';

const key = fc
  .tuple(fc.constantFrom('loss', 'sgd', 'gradients'), fc.constantFrom('a', 'b-c', 'd2'))
  .map(([l, i]) => `${l}/${i}`);
const card = fc.record({
  box: fc.integer({ min: 1, max: BOXES }),
  due: fc.integer({ min: 0, max: 40 * DAY }),
  misses: fc.integer({ min: 0, max: 9 }),
});
const schedule = fc.dictionary(key, card, { maxKeys: 9 }).map((cards): Schedule => ({ version: 1, cards }));
const T0 = 20 * DAY;

describe('Leitner boxes', () => {
  test('a miss sends any card (or a new one) to box 1, due at once, counting the miss', () => {
    fc.assert(
      fc.property(schedule, key, (s, k) => {
        const m = missed(s, k, T0).cards[k]!;
        expect(m).toMatchObject({ box: 1, due: T0, misses: (s.cards[k]?.misses ?? 0) + 1 });
        expect(dueCards(missed(s, k, T0), T0, new Set([k]))).toContain(k);
      }),
    );
  });

  test('a right answer moves a card up a box and waits that box’s days; from the last box it leaves', () => {
    fc.assert(
      fc.property(schedule, key, (s, k) => {
        const before = s.cards[k];
        const after = answeredRight(s, k, T0).cards[k];
        if (!before) expect(after).toBeUndefined();
        else if (before.box === BOXES) expect(after).toBeUndefined();
        else expect(after).toMatchObject({ box: before.box + 1, due: T0 + BOX_DAYS[before.box]! * DAY });
      }),
    );
  });

  test('a missed item is due now, not after a right answer, and due again after the interval', () => {
    const k = 'loss/why-square';
    const known = new Set([k]);
    let s = missed(emptySchedule(), k, T0);
    expect(dueCards(s, T0, known)).toEqual([k]);
    s = answeredRight(s, k, T0 + 1000);
    expect(dueCards(s, T0 + 1000, known)).toEqual([]);
    expect(nextDue(s, T0 + 1000, known)).toBe(T0 + 1000 + BOX_DAYS[1] * DAY);
    expect(dueCards(s, T0 + 1000 + DAY - 1, known)).toEqual([]);
    expect(dueCards(s, T0 + 1000 + DAY, known)).toEqual([k]);
  });

  test('due cards: only those due, only items the book still has, each once, lessons taking turns', () => {
    fc.assert(
      fc.property(schedule, fc.integer({ min: 0, max: 40 * DAY }), (s, now) => {
        const known = new Set(Object.keys(s.cards).filter((k) => !k.endsWith('/d2')));
        const due = dueCards(s, now, known);
        expect(new Set(due).size).toBe(due.length);
        expect([...due].sort()).toEqual(
          Object.entries(s.cards)
            .filter(([k, c]) => c.due <= now && known.has(k))
            .map(([k]) => k)
            .sort(),
        );
        // No lesson gives two in a row while another lesson still has cards waiting.
        const lessons = due.map((k) => k.split('/')[0]);
        for (let i = 1; i < lessons.length; i++)
          if (lessons[i] === lessons[i - 1]) expect(new Set(lessons.slice(i)).size).toBe(1);
      }),
    );
  });

  test('the set of numbers shown last is remembered on a card, and nowhere else', () => {
    const s = missed(emptySchedule(), 'sgd/a', T0);
    expect(shownVariant(s, 'sgd/a', 3).cards['sgd/a']!.variant).toBe(3);
    expect(shownVariant(s, 'sgd/b', 3)).toBe(s);
  });

  test('merging keeps every item, each with the card that reviews it sooner and the larger miss count', () => {
    fc.assert(
      fc.property(schedule, schedule, (a, b) => {
        const m = mergeSchedules(a, b);
        expect(Object.keys(m.cards).sort()).toEqual(
          [...new Set([...Object.keys(a.cards), ...Object.keys(b.cards)])].sort(),
        );
        for (const [k, c] of Object.entries(m.cards)) {
          const boxes = [a.cards[k]?.box, b.cards[k]?.box].filter((x) => x !== undefined);
          expect(c.box).toBe(Math.min(...boxes));
          expect(c.misses).toBe(Math.max(a.cards[k]?.misses ?? 0, b.cards[k]?.misses ?? 0));
        }
      }),
    );
  });

  test('how long to wait, in words', () => {
    expect(waitText(T0 + 3 * DAY, T0)).toBe('in 3 days');
    expect(waitText(T0 + DAY, T0)).toBe('in a day');
    expect(waitText(T0 + 5 * 3600e3, T0)).toBe('in 5 hours');
    expect(waitText(T0 + 60e3, T0)).toBe('in a few minutes');
  });
});

describe('validating a stored schedule', () => {
  test('anything at all gives a schedule or a reason, never a throw; a schedule survives its own JSON', () => {
    fc.assert(fc.property(fc.anything(), (v) => void validateSchedule(v)));
    fc.assert(
      fc.property(schedule, (s) => {
        expect(validateSchedule(JSON.parse(JSON.stringify(s)))).toEqual(s);
      }),
    );
  });
  test('foreign, newer and older records are refused with a reason; nonsense cards are dropped', () => {
    expect(validateSchedule('hello')).toBe('not an object');
    expect(validateSchedule({ cards: {} })).toBe('no version');
    expect(validateSchedule({ version: 7, cards: {} })).toMatch(/newer version of Downhill \(format 7\)/);
    expect(validateSchedule({ version: 0, cards: {} })).toMatch(/old format/);
    const v = validateSchedule({
      version: 1,
      cards: {
        'loss/a': { box: 2, due: 5, misses: 1 },
        'loss/b': { box: 9, due: 5, misses: 1 },
        'loss/c': { box: 1, due: 'soon', misses: 1 },
        'not a key': { box: 1, due: 5, misses: 0 },
        'loss/d': { box: 1, due: 5, misses: -1 },
      },
    });
    expect(v).toEqual({ version: 1, cards: { 'loss/a': { box: 2, due: 5, misses: 1 } } });
  });
});

describe('the schedule in browser storage', () => {
  let store: Map<string, string>;
  let throwing = false;
  beforeEach(() => {
    store = new Map();
    throwing = false;
    vi.resetModules();
    vi.stubGlobal('localStorage', {
      getItem: (k: string) => {
        if (throwing) throw new Error('blocked');
        return store.get(k) ?? null;
      },
      setItem: (k: string, v: string) => {
        if (throwing) throw new Error('blocked');
        store.set(k, v);
      },
      removeItem: (k: string) => store.delete(k),
    });
  });
  afterEach(() => vi.unstubAllGlobals());
  const fresh = () => import('../../../src/quiz/reviewStore.ts');

  test('saved and read back', async () => {
    const { updateSchedule, loadSchedule, REVIEW_KEY } = await fresh();
    expect(updateSchedule((s) => missed(s, 'loss/a', T0)).notice).toBe('');
    expect(JSON.parse(store.get(REVIEW_KEY)!).cards['loss/a'].box).toBe(1);
    expect(loadSchedule().schedule.cards['loss/a']).toMatchObject({ box: 1, due: T0 });
  });

  test.each([
    ['unreadable', '{not json', /could not be read \(not an object\)/],
    ['newer', JSON.stringify({ version: 2, cards: {} }), /newer version of Downhill \(format 2\)/],
    ['foreign', JSON.stringify(['a list']), /could not be read/],
  ])('a %s schedule is kept aside with a notice, and a fresh one starts', async (_, raw, notice) => {
    const { loadSchedule, REVIEW_KEY } = await fresh();
    store.set(REVIEW_KEY, raw);
    const loaded = loadSchedule();
    expect(loaded.notice).toMatch(notice);
    expect(loaded.schedule).toEqual(emptySchedule());
    expect(store.get(`${REVIEW_KEY}:unreadable-1`)).toBe(raw);
    expect(store.has(REVIEW_KEY)).toBe(false);
  });

  test('storage that throws: a notice, and the schedule still works for the visit', async () => {
    const { loadSchedule, updateSchedule } = await fresh();
    throwing = true;
    const first = updateSchedule((s) => missed(s, 'sgd/a', T0));
    expect(first.notice).toMatch(/lasts for this visit only/);
    expect(loadSchedule().schedule.cards['sgd/a']).toMatchObject({ box: 1 });
    updateSchedule((s) => answeredRight(s, 'sgd/a', T0));
    expect(loadSchedule().schedule.cards['sgd/a']).toMatchObject({ box: 2 });
  });
});
