// The run player (src/widgets/core/player.svelte.ts) on a fake clock: animation frames are queued
// here and run by hand, performance.now() is set per frame, and matchMedia answers reduced motion.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { Player, type PlayerTarget } from '../../../src/widgets/core/player.svelte.ts';

let frames = new Map<number, FrameRequestCallback>();
let nextId = 1;
let now = 0;
let reduced = false;

beforeEach(() => {
  frames = new Map();
  nextId = 1;
  now = 0;
  reduced = false;
  vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => {
    frames.set(nextId, cb);
    return nextId++;
  });
  vi.stubGlobal('cancelAnimationFrame', (id: number) => void frames.delete(id));
  vi.stubGlobal('matchMedia', (q: string) => ({ matches: reduced && q.includes('reduce') }));
  vi.spyOn(performance, 'now').mockImplementation(() => now);
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** Runs the frames queued so far at time t (ms). */
function frameAt(t: number): void {
  now = t;
  const due = [...frames.values()];
  frames.clear();
  for (const cb of due) cb(t);
}
/** Frames every `every` ms from the current time to `until`. */
function framesTo(until: number, every = 16): void {
  for (let t = now + every; t <= until; t += every) frameAt(t);
}

function target(max: number, at = 0): PlayerTarget & { sets: number[] } {
  let step = at;
  const sets: number[] = [];
  return {
    sets,
    get: () => step,
    set: (v) => {
      step = v;
      sets.push(v);
    },
    max: () => max,
  };
}

describe('Player', () => {
  test('plays at its speed: after t ms at s steps a second it is floor(s·t/1000) steps on', () => {
    for (const speed of [2, 10, 30]) {
      const t = target(10_000);
      const p = new Player(t, speed);
      p.play();
      expect(p.playing).toBe(true);
      framesTo(now + 1000);
      // frames every 16 ms up to 992 ms after the start
      expect(t.get()).toBe(Math.floor((speed * 992) / 1000));
      p.pause();
    }
  });

  test('pause stops it at once: no frame is left queued and the step stays', () => {
    const t = target(100);
    const p = new Player(t, 10);
    p.play();
    framesTo(500);
    const at = t.get();
    expect(at).toBeGreaterThan(0);
    p.pause();
    expect(p.playing).toBe(false);
    expect(frames.size).toBe(0);
    now = 5000;
    expect(t.get()).toBe(at);
  });

  test('a frame that was already running when it paused moves nothing', () => {
    const t = target(100);
    const p = new Player(t, 100);
    p.play();
    const pending = [...frames.values()];
    p.pause();
    for (const cb of pending) cb(1000);
    expect(t.sets).toEqual([]);
    expect(frames.size).toBe(0);
  });

  test('stops at the run’s end, and Play at the end starts again from step 0', () => {
    const t = target(5);
    const p = new Player(t, 100);
    p.play();
    framesTo(2000);
    expect(t.get()).toBe(5);
    expect(p.playing).toBe(false);
    expect(p.atEnd).toBe(true);
    expect(frames.size).toBe(0);
    p.play();
    expect(t.get()).toBe(0);
    expect(p.playing).toBe(true);
    p.pause();
  });

  test('never overshoots the end, even at a speed that covers it in one frame', () => {
    const t = target(3);
    const p = new Player(t, 1000);
    p.play();
    frameAt(100);
    expect(t.sets).toEqual([3]);
  });

  test('a long gap between frames (a background tab) counts as at most 100 ms', () => {
    const t = target(1000);
    const p = new Player(t, 10);
    p.play();
    frameAt(60_000);
    expect(t.get()).toBe(1); // 10 steps a second × 0.1 s
    p.pause();
  });

  test('a new speed applies from the next frame', () => {
    const t = target(10_000);
    const p = new Player(t, 10);
    p.play();
    framesTo(1000, 100);
    expect(t.get()).toBe(10);
    p.speed = 100;
    framesTo(2000, 100);
    expect(t.get()).toBe(10 + 100);
    p.pause();
  });

  test('stepBy pauses, moves by d and stays inside the run', () => {
    const t = target(20, 10);
    const p = new Player(t, 10);
    p.play();
    p.stepBy(3);
    expect(p.playing).toBe(false);
    expect(frames.size).toBe(0);
    expect(t.get()).toBe(13);
    p.stepBy(-1);
    expect(t.get()).toBe(12);
    p.stepBy(100);
    expect(t.get()).toBe(20);
    p.stepBy(-100);
    expect(t.get()).toBe(0);
  });

  test('toggle plays and pauses; a second play while playing queues no second loop', () => {
    const t = target(100);
    const p = new Player(t, 10);
    p.toggle();
    expect(p.playing).toBe(true);
    p.play();
    expect(frames.size).toBe(1);
    p.toggle();
    expect(p.playing).toBe(false);
  });

  test('with reduced motion, Play shows the end at once and runs no frames', () => {
    reduced = true;
    const t = target(40, 7);
    const p = new Player(t, 10);
    p.play();
    expect(t.get()).toBe(40);
    expect(p.playing).toBe(false);
    expect(frames.size).toBe(0);
  });
});
