// Loss maps read at a glance (issue 16): a sequential colour ramp whose lightness rises with the
// loss in both themes, a legend in loss values, the lowest point marked in the darkest colour, and
// every path and marker drawn over a map at least 3:1 against every colour of that map, measured
// on the rendered SVG.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { FIGURES } from '../../src/figures/catalog.ts';
import { hydrated, launch, open } from './browser.ts';
import { DIST, pages } from './pages.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

/** Figure pages and the playground, each with at least one map (found from the built pages). */
/**
 * Figure pages and the playground whose built page draws a contour map (a group the figures mark
 * data-contour-map, data-contour-lines or data-contours), found from the build: the others have
 * nothing to check, and loading them would only cost time.
 */
const MAPPED = [...FIGURES.map((f) => `figures/${f.id}/`), 'playground/'].filter(
  (p) => pages().includes(p) && /data-contour(s|-map|-lines)/.test(readFileSync(join(DIST, p, 'index.html'), 'utf8')),
);

interface Reading {
  /** Groups the figures mark as a contour map, and how many of them are drawn as a coloured map. */
  marked: number;
  maps: number;
  /** Relative luminance of each map's colours, in the order they are painted (low to high). */
  ramps: number[][];
  legends: { label: string; ticks: string[]; swatches: number }[];
  /** For each map, whether one of its marked minima lies in its lowest colour (under no band). */
  minima: boolean[];
  /** The worst contrast of each path or marker over its map, with what it is. */
  worst: { what: string; contrast: number }[];
}

/** Reads every map of the page: its colours, its legend, and what is drawn over it. */
function read(): Reading {
  const canvas = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
  const rgb = (css: string): [number, number, number] => {
    canvas.clearRect(0, 0, 1, 1);
    canvas.fillStyle = '#000';
    canvas.fillStyle = css;
    canvas.fillRect(0, 0, 1, 1);
    const [r, g, b] = canvas.getImageData(0, 0, 1, 1).data;
    return [r!, g!, b!];
  };
  const lum = (css: string) => {
    const [r, g, b] = rgb(css).map((v) => {
      const s = v / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const contrast = (a: number, b: number) => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  // checkVisibility misses an SVG element under a `display="none"` group (the adam-steps figure hides
  // the surfaces not shown so); such an element has no box either.
  const visible = (el: Element) => {
    const box = el.getBoundingClientRect();
    return (el as SVGGraphicsElement).checkVisibility({ opacityProperty: true }) && box.width + box.height > 0;
  };
  const out: Reading = { marked: 0, maps: 0, ramps: [], legends: [], minima: [], worst: [] };
  out.marked = [...document.querySelectorAll('[data-contour-map], [data-contour-lines], [data-contours]')].filter(
    visible,
  ).length;
  const probe = document.body.appendChild(document.createElement('i'));
  probe.style.color = 'var(--bg-raised)';
  const page = lum(getComputedStyle(probe).color);
  probe.remove();
  for (const svg of document.querySelectorAll('svg.fig-plot')) {
    const maps = [...svg.querySelectorAll('g.map')].filter(visible);
    if (maps.length === 0) continue;
    out.maps += maps.length;
    const ramps = maps.map((m) => [...m.children].map((c) => lum(getComputedStyle(c).fill)));
    out.ramps.push(...ramps);
    const colours = ramps.flat();
    const marks = [...svg.querySelectorAll<SVGGraphicsElement>('[data-minimum]')].filter(visible).map((m) => {
      const b = m.getBBox();
      return new DOMPoint(b.x + b.width / 2, b.y + b.height / 2);
    });
    for (const map of maps) {
      const bands = [...map.querySelectorAll<SVGPathElement>('path')];
      out.minima.push(marks.some((p) => !bands.some((band) => band.isPointInFill(p))));
    }
    // Paths and markers: what is drawn over the map and is neither the map, an axis, a label nor a
    // faint preview (a ghost of the whole run at reduced opacity is a hint, not a mark to read).
    for (const el of svg.querySelectorAll('path, line, circle, polyline, polygon, rect')) {
      if (el.closest('g.map, .axis, text, defs, clipPath') || !visible(el)) continue;
      const cs = getComputedStyle(el);
      const opacity =
        Number(cs.opacity) * Number((el.parentElement && getComputedStyle(el.parentElement).opacity) || 1);
      const stroked = cs.stroke !== 'none' && parseFloat(cs.strokeWidth) >= 1 && Number(cs.strokeOpacity) >= 0.99;
      // An open path or a line has no area to fill, whatever its computed fill says.
      const area =
        !/^(path|line|polyline)$/.test(el.tagName) || el.hasAttribute('fill') || !!(el as SVGElement).style.fill;
      const filled =
        area && cs.fill !== 'none' && Number(cs.fillOpacity) >= 0.99 && !/transparent|rgba\(0, 0, 0, 0\)/.test(cs.fill);
      if (opacity < 0.99 || (!stroked && !filled)) continue;
      // A mark is told from the map by the better of its two colours: a dot with a halo of the page's
      // colour is seen by its fill, a ring by its stroke.
      const own = [...(stroked ? [lum(cs.stroke)] : []), ...(filled ? [lum(cs.fill)] : [])];
      // A halo in the page's own colour is a casing that parts a mark from what is under it; the mark
      // inside it is measured itself.
      if (own.every((o) => Math.abs(o - page) < 1e-3)) continue;
      const worst = Math.min(...colours.map((c) => Math.max(...own.map((o) => contrast(o, c)))));
      const what = `${el.tagName}${[...el.attributes]
        .filter((a) => a.name.startsWith('data-') || a.name === 'class')
        .map((a) => `[${a.name}${a.value ? `=${a.value}` : ''}]`)
        .join('')} ${stroked ? `stroke ${cs.stroke}` : ''} ${filled ? `fill ${cs.fill}` : ''}`;
      out.worst.push({ what, contrast: Math.round(worst * 100) / 100 });
    }
  }
  for (const legend of document.querySelectorAll<HTMLElement>('[data-legend]')) {
    if (!legend.checkVisibility()) continue;
    out.legends.push({
      label: legend.getAttribute('aria-label') ?? '',
      ticks: [...legend.querySelectorAll('span span span')].map((s) => s.textContent ?? ''),
      swatches: legend.querySelectorAll('i').length,
    });
  }
  return out;
}

describe('a walk on a map', () => {
  test('descent-2d: the step dots fade with age, the current step has a marker of its own', async () => {
    const { page, context } = await open(browser, 'figures/descent-2d/?step=20');
    await hydrated(page);
    await expect.poll(() => page.locator('[data-step-dot]').count()).toBe(21);
    const dots = await page.$$eval('[data-step-dot]', (all) => all.map((d) => Number(d.getAttribute('fill-opacity'))));
    expect(dots).toHaveLength(21);
    for (let i = 1; i < dots.length; i++) expect(dots[i]!).toBeGreaterThan(dots[i - 1]!);
    expect(dots.at(-1)).toBe(1);
    expect(dots[0]!).toBeLessThan(0.35);
    const current = page.locator('[data-current]');
    expect(Number(await current.getAttribute('r'))).toBeGreaterThan(2 * 2.6);
    await context.close();
  });
});

describe('loss maps', () => {
  test('the build has maps to check', () => {
    expect(MAPPED.length).toBeGreaterThan(8);
  });
  // One load a page: light, then dark (the theme follows color-scheme live, so no reload).
  test.each(MAPPED)(
    '%s: ordered colours, a legend in loss values, marks at 3:1 over the map (light, then dark)',
    async (p) => {
      const { page, context } = await open(browser, p, { colorScheme: 'light' });
      await hydrated(page);
      for (const scheme of ['light', 'dark'] as const) {
        if (scheme === 'dark') {
          await page.emulateMedia({ colorScheme: 'dark' });
          await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
        }
        const r = await page.evaluate(read);
        expect(r.marked, scheme).toBeGreaterThan(0);
        expect(r.maps, scheme).toBe(r.marked);
        for (const ramp of r.ramps) {
          expect(ramp.length).toBeGreaterThan(4);
          // Painted low to high, each colour lighter than the last, and the range wide enough to see.
          for (let i = 1; i < ramp.length; i++) expect(ramp[i]!, scheme).toBeGreaterThan(ramp[i - 1]!);
          expect(contrast(ramp.at(-1)!, ramp[0]!), scheme).toBeGreaterThan(1.4);
        }
        // Each map marks its lowest point, and the mark sits in the map's darkest colour.
        expect(r.minima).toEqual(r.ramps.map(() => true));
        expect(r.legends.length).toBeGreaterThan(0);
        for (const l of r.legends) {
          expect(l.swatches).toBeGreaterThan(4);
          expect(l.ticks.length).toBe(3);
          const values = l.ticks.map((t) => Number(t.replace('−', '-')));
          expect(values.every(Number.isFinite)).toBe(true);
          expect(values[0]!).toBeLessThan(values[1]!);
          expect(values[1]!).toBeLessThan(values[2]!);
          expect(l.label).toMatch(/darker the lower/);
        }
        expect(r.worst.length).toBeGreaterThan(0);
        const below = r.worst.filter((w) => w.contrast < 3);
        expect(below, `${scheme}: ${JSON.stringify(below)}`).toEqual([]);
      }
      await context.close();
    },
  );
});

function contrast(a: number, b: number) {
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}
